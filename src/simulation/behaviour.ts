import type { CohortColumns } from '../cohort/columns.ts';
import { NO_INDEX } from '../cohort/columns.ts';
import type { EventName } from '../primitives/domain.ts';

/**
 * Behaviour defaults for customers whose cohort leaves the behaviour columns empty. Every number
 * here is explained in docs/simulation.md ("Customer behaviour defaults"); keep the two in step.
 * Arrays are indexed by lifecycle stage: new, active, loyal, at_risk, dormant, churned.
 */
export const DEFAULT_FREQUENCY_BY_STAGE = [1, 6, 12, 3, 1, 0.5];
/** past frequency overstates the current pace of customers who are drifting away */
export const PURCHASE_PACE_BY_STAGE = [1, 1, 1, 0.6, 0.3, 0.1];
export const DEFAULT_ORDER_VALUE_BY_TIER = [600, 250, 120, 150];
export const FALLBACK_ORDER_VALUE = 150;
export const MAX_DEFAULT_DAILY_PURCHASE = 0.5;

/** Daily rate at which each event happens on its own, by stage (same order as above). */
export const EVENT_RATE_BY_STAGE: Record<EventName, number[]> = {
  purchase: [0, 0, 0, 0, 0, 0], // purchases come from the organic purchase process, not this table
  first_purchase: [0, 0, 0, 0, 0, 0],
  click: [0.05, 0.08, 0.1, 0.03, 0.01, 0.005],
  signup: [0, 0, 0, 0, 0, 0],
  cart_abandoned: [0.03, 0.04, 0.05, 0.02, 0.005, 0.002],
  browse_no_purchase: [0.08, 0.1, 0.08, 0.05, 0.02, 0.01],
  order_unpaid: [0.01, 0.01, 0.01, 0.005, 0.002, 0.001],
  points_threshold: [0, 0.003, 0.005, 0.002, 0.001, 0],
};
/** stage used when a customer's lifecycleStage is empty: "active" */
const UNKNOWN_STAGE = 1;

export function stageOf(cohort: CohortColumns, customer: number): number {
  const stage = cohort.lifecycleStage[customer]!;
  return stage === NO_INDEX ? UNKNOWN_STAGE : stage;
}

/** Organic purchases per day for one customer: the column when given, else frequency/365 × pace. */
export function dailyPurchaseProbability(cohort: CohortColumns, customer: number): number {
  const given = cohort.dailyPurchaseProbability[customer]!;
  if (!Number.isNaN(given)) return given;
  const stage = stageOf(cohort, customer);
  const recorded = cohort.frequency[customer]!;
  const frequency = Number.isNaN(recorded) ? DEFAULT_FREQUENCY_BY_STAGE[stage]! : recorded;
  return Math.min(MAX_DEFAULT_DAILY_PURCHASE, (frequency / 365) * PURCHASE_PACE_BY_STAGE[stage]!);
}

/** Value of one order: the customer's average order (monetary / frequency), else a tier default. */
export function orderValue(cohort: CohortColumns, customer: number): number {
  const monetary = cohort.monetary[customer]!;
  const frequency = cohort.frequency[customer]!;
  if (monetary > 0 && frequency > 0) return monetary / frequency;
  const tier = cohort.tier[customer]!;
  return tier === NO_INDEX ? FALLBACK_ORDER_VALUE : DEFAULT_ORDER_VALUE_BY_TIER[tier]!;
}

export function responsivenessOf(cohort: CohortColumns, customer: number): number {
  const given = cohort.responsiveness[customer]!;
  return Number.isNaN(given) ? 1 : given;
}
