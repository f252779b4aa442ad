import type { Journey } from '../../journey/schema.ts';
import type { CohortSource, CohortSummary } from '../../simulation/worker-protocol.ts';

export const sampleSizes = [1_000, 10_000, 100_000, 1_000_000] as const;
export const DEFAULT_SAMPLE_SIZE = 10_000;
export const SEED_RUNS = 20;

export type CohortChoice =
  { kind: 'sample'; sampleId: string; size: number } | { kind: 'file'; summary: CohortSummary | null };

export interface RunSettings {
  cohort: CohortChoice;
  horizonDays: number;
  startDate: string;
  seed: number;
}

export function todayIso(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function randomSeed(): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return (buffer[0]! % 2_147_483_646) + 1;
}

/**
 * null while a file cohort is chosen but not (yet, or successfully) parsed: nothing to run on. A sample
 * is drawn with the run's seed (as `npm run journey -- simulate --cohort <sample> --seed N` does), so
 * "Run 20 seeds" varies both who the sample's customers are and how they behave.
 */
export function cohortSourceOf(choice: CohortChoice): CohortSource | null {
  if (choice.kind === 'sample') return { kind: 'sample', sampleId: choice.sampleId, size: choice.size };
  return choice.summary ? { kind: 'file', key: choice.summary.key } : null;
}

/** Whole numbers of days 1–365 and a real calendar date: the options CONTRACT §3 accepts. */
export function settingsProblems(settings: RunSettings): {
  horizon: boolean;
  startDate: boolean;
  seed: boolean;
} {
  const { horizonDays, startDate, seed } = settings;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(startDate) ? new Date(`${startDate}T00:00:00Z`) : null;
  return {
    horizon: !Number.isInteger(horizonDays) || horizonDays < 1 || horizonDays > 365,
    startDate: !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== startDate,
    seed: !Number.isSafeInteger(seed),
  };
}

/**
 * What the counts depend on: everything but where nodes sit on the canvas. Moving a node keeps the
 * overlay fresh; any other edit (a rate, a label, a wire) marks it stale.
 */
export function simulatedShapeOf(journey: Journey): string {
  return JSON.stringify({ ...journey, nodes: journey.nodes.map(({ position: _position, ...node }) => node) });
}
