import type { CohortColumns } from '../cohort/columns.ts';
import type { Journey } from '../journey/schema.ts';
import { buildResult } from './counters.ts';
import { parseSimulationOptions, type SimulationOptionsInput } from './options.ts';
import type { SimulationResult } from './result.ts';
import { CustomerRunner, type RunnerHooks } from './runner.ts';

export { MAX_VISITS_PER_INSTANT } from './runner.ts';

export interface SimulationHooks extends RunnerHooks {
  /** called every `progressEvery` customers and at the end */
  onProgress?: (done: number, total: number) => void;
  /** checked every chunk; returning true stops the run with a SimulationCancelled error */
  shouldCancel?: () => boolean;
  progressEvery?: number;
}

export class SimulationCancelled extends Error {
  constructor() {
    super('The simulation was cancelled.');
  }
}

/** Simulate a journey against a cohort (CONTRACT §3; model in docs/simulation.md). */
export function simulate(
  journey: Journey,
  cohort: CohortColumns,
  optionsInput: SimulationOptionsInput,
  hooks: SimulationHooks = {},
): SimulationResult {
  const options = parseSimulationOptions(optionsInput);
  const runner = new CustomerRunner(journey, cohort, options, hooks);
  const total = cohort.size;
  const progressEvery = Math.max(1, hooks.progressEvery ?? 50_000);
  for (let customer = 0; customer < total; customer++) {
    if (customer % progressEvery === 0 && customer > 0) {
      if (hooks.shouldCancel?.()) throw new SimulationCancelled();
      hooks.onProgress?.(customer, total);
    }
    runner.run(customer);
  }
  hooks.onProgress?.(total, total);
  return buildResult(
    {
      journey,
      cohortId: cohort.id,
      cohortSize: cohort.size,
      seed: options.seed,
      horizonDays: options.horizonDays,
      startDate: options.startDate,
    },
    runner.compiled,
    runner.counters,
  );
}
