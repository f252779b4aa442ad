import {
  DEFAULT_SAMPLE_START_DATE,
  formatCohortProblem,
  generateSampleCohort,
  isSampleCohortId,
  MAX_SAMPLE_SIZE,
  MIN_SAMPLE_SIZE,
  parseCohortFile,
  sampleCohortIds,
  type CohortColumns,
} from '../../cohort/index.ts';
import { hasLintErrors, lintJourney, parseJourney, type Journey } from '../../journey/index.ts';
import { parseStartDate } from '../../simulation/calendar.ts';
import type { SimulationOptions } from '../../simulation/options.ts';
import type { CommandOptions } from '../command.ts';
import type { CliIo } from '../io.ts';
import { formatLint } from './validate.ts';

/**
 * What `simulate` and `trace` both need: a journey that may be simulated, a cohort (a sample or a
 * file) and the run options, read from the command line with every mistake told in words.
 */
export const runOptionSpecs = {
  cohort: { type: 'string' },
  size: { type: 'string' },
  seed: { type: 'string' },
  horizon: { type: 'string' },
  start: { type: 'string' },
  format: { type: 'string' },
} satisfies CommandOptions;

export const DEFAULT_SAMPLE_SIZE = 10_000;
export const DEFAULT_SEED = 1;
export const DEFAULT_HORIZON_DAYS = 30;

export type Outcome<T> = { ok: true; value: T } | { ok: false; usage: boolean; message: string };

const usageProblem = <T>(message: string): Outcome<T> => ({ ok: false, usage: true, message });
const inputProblem = <T>(message: string): Outcome<T> => ({ ok: false, usage: false, message });

function integerOption(
  text: string | undefined,
  name: string,
  fallback: number,
  min: number,
  max: number,
): Outcome<number> {
  if (text === undefined) return { ok: true, value: fallback };
  const value = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    return inputProblem(
      `--${name} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}, not "${text}"`,
    );
  }
  return { ok: true, value };
}

export interface RunRequest {
  journeyFile: string;
  cohortArg: string;
  size: number | undefined;
  options: SimulationOptions;
}

/**
 * Options of a run from the parsed command line; files are read later. A missing argument is a
 * usage problem (exit 2), a value out of its range is bad input (exit 1), as a bad file is.
 */
export function runRequestOf(
  values: Record<string, string | boolean | undefined>,
  positionals: string[],
): Outcome<RunRequest> {
  if (positionals.length !== 1) return usageProblem('give exactly one journey file');
  const cohortArg = values.cohort;
  if (typeof cohortArg !== 'string' || cohortArg === '')
    return usageProblem(
      `--cohort is required: a sample (${sampleCohortIds.join(', ')}) or a .csv/.json file`,
    );
  const seed = integerOption(
    values.seed as string | undefined,
    'seed',
    DEFAULT_SEED,
    -(2 ** 31),
    2 ** 31 - 1,
  );
  if (!seed.ok) return seed;
  const horizon = integerOption(
    values.horizon as string | undefined,
    'horizon',
    DEFAULT_HORIZON_DAYS,
    1,
    365,
  );
  if (!horizon.ok) return horizon;
  const size = integerOption(
    values.size as string | undefined,
    'size',
    DEFAULT_SAMPLE_SIZE,
    MIN_SAMPLE_SIZE,
    MAX_SAMPLE_SIZE,
  );
  if (!size.ok) return size;
  if (values.size !== undefined && !isSampleCohortId(cohortArg))
    return inputProblem('--size applies to a sample cohort only; a cohort file has the customers it has');
  const startDate = (values.start as string | undefined) ?? DEFAULT_SAMPLE_START_DATE;
  try {
    parseStartDate(startDate);
  } catch (error) {
    return inputProblem(`--start: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    ok: true,
    value: {
      journeyFile: positionals[0]!,
      cohortArg,
      size: isSampleCohortId(cohortArg) ? size.value : undefined,
      options: { seed: seed.value, horizonDays: horizon.value, startDate },
    },
  };
}

function readFailure(file: string, error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return `${file}: cannot be read: there is no such file`;
  if (code === 'EISDIR') return `${file}: cannot be read: it is a folder, not a file`;
  return `${file}: cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}

/** The journey file, parsed and free of lint errors (a journey with errors is not simulated). */
export async function loadJourney(file: string, io: CliIo): Promise<Outcome<Journey>> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    return inputProblem(readFailure(file, error));
  }
  const parsed = parseJourney(text);
  if (!parsed.ok)
    return inputProblem(
      parsed.problems.map((problem) => `${file}: ${problem.path}: ${problem.message}`).join('\n'),
    );
  const lints = lintJourney(parsed.journey);
  if (hasLintErrors(lints)) {
    const errors = lints.filter((lint) => lint.severity === 'error').map((lint) => formatLint(file, lint));
    return inputProblem(`${errors.join('\n')}\n${file}: fix the errors above before simulating`);
  }
  return { ok: true, value: parsed.journey };
}

/** A sample cohort by id (generated with the run's seed, seen from its start date) or a cohort file. */
export async function loadCohort(request: RunRequest, io: CliIo): Promise<Outcome<CohortColumns>> {
  const { cohortArg, size, options } = request;
  if (isSampleCohortId(cohortArg)) {
    const cohort = generateSampleCohort(cohortArg, {
      size: size ?? DEFAULT_SAMPLE_SIZE,
      seed: options.seed,
      startDate: options.startDate,
    });
    return { ok: true, value: cohort };
  }
  let text: string;
  try {
    text = await io.readFile(cohortArg);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT' && !/[./\\]/.test(cohortArg))
      return inputProblem(
        `--cohort ${cohortArg}: not a sample cohort (${sampleCohortIds.join(', ')}) and there is no such file`,
      );
    return inputProblem(readFailure(cohortArg, error));
  }
  const parsed = parseCohortFile(text, cohortArg);
  if (!parsed.ok)
    return inputProblem(
      parsed.problems.map((problem) => `${cohortArg}: ${formatCohortProblem(problem)}`).join('\n'),
    );
  return { ok: true, value: parsed.cohort };
}

/** Both inputs, or the first thing wrong with them. */
export async function loadRunInputs(
  request: RunRequest,
  io: CliIo,
): Promise<Outcome<{ journey: Journey; cohort: CohortColumns }>> {
  const journey = await loadJourney(request.journeyFile, io);
  if (!journey.ok) return journey;
  const cohort = await loadCohort(request, io);
  if (!cohort.ok) return cohort;
  return { ok: true, value: { journey: journey.value, cohort: cohort.value } };
}
