import type { SimulationResult } from '../../simulation/result.ts';

export const headlineKeys = [
  'entered',
  'holdout',
  'reach',
  'sends',
  'cost',
  'conversions',
  'incremental',
  'revenue',
  'roi',
  'costPerIncremental',
] as const;
export type HeadlineKey = (typeof headlineKeys)[number];

/** null: the figure has no meaning for this run (ROI without cost, cost per incremental without lift) */
export type Headline = Record<HeadlineKey, number | null>;

/** Which way a change is good news: cost going up is not, reach going up is; counts of who entered are neither. */
export const betterWhen: Record<HeadlineKey, 'higher' | 'lower' | null> = {
  entered: null,
  holdout: null,
  reach: 'higher',
  sends: null,
  cost: 'lower',
  conversions: 'higher',
  incremental: 'higher',
  revenue: 'higher',
  roi: 'higher',
  costPerIncremental: 'lower',
};

export type FigureKind = 'count' | 'money' | 'ratio' | 'decimal';
export const figureKinds: Record<HeadlineKey, FigureKind> = {
  entered: 'count',
  holdout: 'count',
  reach: 'count',
  sends: 'count',
  cost: 'money',
  conversions: 'count',
  incremental: 'decimal',
  revenue: 'money',
  roi: 'ratio',
  costPerIncremental: 'money',
};

/**
 * The figures a marketer judges a run by. `sends` are messages that went out (delivered or failed,
 * the ones providers bill); suppressed touches are not sends. ROI counts only the revenue the journey
 * added: revenue × incremental / treated conversions (the share of buyers the holdout says would not
 * have bought anyway), so organic purchases never make a journey look profitable.
 */
export function headlineOf(result: SimulationResult): Headline {
  const touches = Object.values(result.touches);
  const sends = touches.reduce((sum, touch) => sum + touch.delivered + touch.failed, 0);
  const cost = touches.reduce((sum, touch) => sum + touch.cost, 0);
  const { treated, incremental, revenue } = result.conversions;
  const incrementalRevenue = treated > 0 ? (revenue * Math.max(0, incremental)) / treated : 0;
  return {
    entered: result.entered,
    holdout: result.holdout,
    reach: result.reach,
    sends,
    cost,
    conversions: treated,
    incremental,
    revenue,
    roi: cost > 0 ? (incrementalRevenue - cost) / cost : null,
    costPerIncremental: incremental > 0 ? cost / incremental : null,
  };
}

export interface Interval {
  mean: number;
  low: number;
  high: number;
  /** how many runs had the figure at all */
  runs: number;
}

/** Linear-interpolated quantile of sorted values (the common "type 7" definition). */
function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/** Mean and the 90% interval (5th to 95th percentile) of each figure over runs with different seeds. */
export function intervalsOf(headlines: readonly Headline[]): Record<HeadlineKey, Interval | null> {
  const entries = headlineKeys.map((key) => {
    const values = headlines.flatMap((headline) => (headline[key] === null ? [] : [headline[key]]));
    if (values.length === 0) return [key, null] as const;
    const sorted = [...values].sort((a, b) => a - b);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    return [
      key,
      { mean, low: quantile(sorted, 0.05), high: quantile(sorted, 0.95), runs: values.length },
    ] as const;
  });
  return Object.fromEntries(entries) as Record<HeadlineKey, Interval | null>;
}

export interface Change {
  difference: number;
  /** relative change, null when the baseline is 0 */
  relative: number | null;
}

/** How a figure moved from the baseline run; null when either run lacks the figure. */
export function changeOf(current: number | null, baseline: number | null): Change | null {
  if (current === null || baseline === null) return null;
  const difference = current - baseline;
  return { difference, relative: baseline === 0 ? null : difference / Math.abs(baseline) };
}
