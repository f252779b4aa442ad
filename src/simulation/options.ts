import { z } from 'zod';
import { formatPath } from '../journey/problems.ts';

/** Run options (CONTRACT §3). */
export const SimulationOptionsSchema = z.strictObject({
  seed: z.int({ error: 'must be a whole number' }),
  horizonDays: z
    .int({ error: 'must be a whole number of days' })
    .min(1, { error: 'must be between 1 and 365' })
    .max(365, { error: 'must be between 1 and 365' })
    .default(30),
  startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' }),
});
export type SimulationOptionsInput = z.input<typeof SimulationOptionsSchema>;
export type SimulationOptions = z.output<typeof SimulationOptionsSchema>;
/** what a run request fixes besides the seeds: the same for every seed of a multi-seed run */
export type RunOptions = Omit<SimulationOptions, 'seed'>;

export function parseSimulationOptions(input: SimulationOptionsInput): SimulationOptions {
  const parsed = SimulationOptionsSchema.safeParse(input);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
      .join('; ');
    throw new Error(`Simulation options are not valid: ${message}`);
  }
  return parsed.data;
}
