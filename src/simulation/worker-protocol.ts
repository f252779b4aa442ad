import type { CohortProblem } from '../cohort/problems.ts';
import type { Journey } from '../journey/schema.ts';
import type { SimulationResult } from './result.ts';
import type { RunOptions } from './options.ts';
import type { TraceWorkerRequest, TraceWorkerResponse } from './worker-trace-protocol.ts';

export type { RunOptions };

/**
 * The messages between the page and the simulation worker. Cohorts stay in the worker: the page
 * names a cohort (a sample by id and size, or a file it asked the worker to parse earlier by
 * key) and receives only results, summaries and problems, never a million rows.
 */
export type CohortSource =
  /** a sample is drawn with each run's seed and start date, as the CLI's `simulate` draws it */
  { kind: 'sample'; sampleId: string; size: number } | { kind: 'file'; key: string };

export interface CohortSummary {
  /** the worker-side handle of a parsed file cohort, used as `{ kind: 'file', key }` */
  key: string;
  id: string;
  name: string;
  size: number;
  fileName: string;
}

/** A bad row or column of a cohort file: a code and params, so the page can word it in the user's language. */
export type CohortFileProblem = CohortProblem;

export type WorkerRequest =
  | {
      type: 'run';
      requestId: number;
      journey: Journey;
      cohort: CohortSource;
      options: RunOptions;
      /** one run per seed, in order; a single run is a list of one */
      seeds: number[];
    }
  | {
      type: 'parse-cohort';
      requestId: number;
      /** the key the parsed cohort is kept under, chosen by the page so it can re-parse after a respawn */
      key: string;
      fileName: string;
      /** a File (a reference to the user's file, read inside the worker) or its text */
      file: Blob | string;
    }
  | { type: 'forget-cohort'; key: string }
  /** "Show customers" and customer traces (worker-trace-protocol.ts) */
  | TraceWorkerRequest;

export type WorkerResponse =
  | {
      type: 'progress';
      requestId: number;
      /** share done, 0–1, over the whole request (all seeds, or the whole file) */
      share: number;
      phase: 'cohort' | 'simulate' | 'read' | 'parse';
    }
  | { type: 'seed-result'; requestId: number; index: number; result: SimulationResult }
  | { type: 'run-done'; requestId: number }
  | { type: 'cohort-parsed'; requestId: number; summary: CohortSummary }
  | { type: 'cohort-problems'; requestId: number; fileName: string; problems: CohortFileProblem[] }
  | { type: 'error'; requestId: number; message: string; code: WorkerErrorCode }
  | TraceWorkerResponse;

/**
 * `cohort-missing`: the page named a file cohort this worker does not hold (it was respawned after a
 * cancel); the client re-parses the file it kept and retries once.
 */
export type WorkerErrorCode = 'cohort-missing' | 'failed';
