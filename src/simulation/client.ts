import type { Journey } from '../journey/schema.ts';
import { createTraceCalls, type TraceClient } from './client-trace.ts';
import type { SimulationResult } from './result.ts';
import type {
  CohortFileProblem,
  CohortSource,
  CohortSummary,
  RunOptions,
  WorkerRequest,
  WorkerResponse,
} from './worker-protocol.ts';

/** The part of a Worker the client uses, so tests can drive the worker's handler in-process. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export class SimulationCancelledError extends Error {
  constructor() {
    super('The simulation was cancelled.');
    this.name = 'SimulationCancelledError';
  }
}

export interface Progress {
  share: number;
  phase: 'cohort' | 'simulate' | 'read' | 'parse';
}

export interface RunRequest {
  journey: Journey;
  cohort: CohortSource;
  options: RunOptions;
  seeds: number[];
}

export type ParseOutcome =
  { ok: true; summary: CohortSummary } | { ok: false; fileName: string; problems: CohortFileProblem[] };

interface Pending {
  onProgress?: (progress: Progress) => void;
  onMessage(message: WorkerResponse): void;
  reject(error: Error): void;
}

export interface SimulationClient extends TraceClient {
  run(request: RunRequest, onProgress?: (progress: Progress) => void): Promise<SimulationResult[]>;
  parseCohort(
    file: Blob | string,
    fileName: string,
    onProgress?: (progress: Progress) => void,
  ): Promise<ParseOutcome>;
  forgetCohort(key: string): void;
  /** stops whatever runs at once: the worker is terminated, pending calls reject, a new one starts on demand */
  cancel(): void;
  dispose(): void;
}

function spawnModuleWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'simulation' });
}

/** A typed client over the simulation worker (protocol in worker-protocol.ts). */
export function createSimulationClient(spawn: () => WorkerLike = spawnModuleWorker): SimulationClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let nextFileKey = 1;
  const pending = new Map<number, Pending>();
  // Files the page parsed, kept as references so a respawned worker can parse them again.
  const files = new Map<string, { file: Blob | string; fileName: string }>();
  const loadedInWorker = new Set<string>();

  function failAll(error: Error): void {
    const waiting = [...pending.values()];
    pending.clear();
    for (const entry of waiting) entry.reject(error);
  }

  function ensureWorker(): WorkerLike {
    if (worker) return worker;
    const created = spawn();
    created.onmessage = (event) => {
      const message = event.data;
      if (!('requestId' in message)) return;
      const entry = pending.get(message.requestId);
      if (!entry) return; // a message from a request that was already settled
      if (message.type === 'progress') entry.onProgress?.({ share: message.share, phase: message.phase });
      else entry.onMessage(message);
    };
    created.onerror = (event) => {
      // The worker itself broke (e.g. it could not load): nothing it was doing can finish.
      worker?.terminate();
      worker = null;
      loadedInWorker.clear();
      failAll(new Error(`The simulation worker stopped: ${event.message || 'unknown error'}`));
    };
    worker = created;
    return created;
  }

  function request<T>(
    build: (requestId: number) => WorkerRequest,
    settle: (message: WorkerResponse, resolve: (value: T) => void, reject: (error: Error) => void) => void,
    onProgress?: (progress: Progress) => void,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const requestId = nextId++;
      const done = (fn: () => void) => {
        pending.delete(requestId);
        fn();
      };
      pending.set(requestId, {
        onProgress,
        reject,
        onMessage: (message) =>
          settle(
            message,
            (value) => done(() => resolve(value)),
            (error) => done(() => reject(error)),
          ),
      });
      ensureWorker().postMessage(build(requestId));
    });
  }

  function parseInWorker(key: string, onProgress?: (progress: Progress) => void): Promise<ParseOutcome> {
    const kept = files.get(key);
    if (!kept) return Promise.reject(new Error(`No cohort file was loaded under ${key}.`));
    return request<ParseOutcome>(
      (requestId) => ({ type: 'parse-cohort', requestId, key, fileName: kept.fileName, file: kept.file }),
      (message, resolve, reject) => {
        if (message.type === 'cohort-parsed') {
          loadedInWorker.add(key);
          resolve({ ok: true, summary: message.summary });
        } else if (message.type === 'cohort-problems')
          resolve({ ok: false, fileName: message.fileName, problems: message.problems });
        else if (message.type === 'error') reject(new Error(message.message));
      },
      onProgress,
    );
  }

  async function run(
    runRequest: RunRequest,
    onProgress?: (progress: Progress) => void,
  ): Promise<SimulationResult[]> {
    const { cohort } = runRequest;
    if (cohort.kind === 'file' && !loadedInWorker.has(cohort.key)) {
      const reparsed = await parseInWorker(cohort.key, onProgress);
      if (!reparsed.ok) throw new Error(`The cohort file ${reparsed.fileName} can no longer be read.`);
    }
    const results: SimulationResult[] = [];
    return request<SimulationResult[]>(
      (requestId) => ({ type: 'run', requestId, ...runRequest }),
      (message, resolve, reject) => {
        if (message.type === 'seed-result') results[message.index] = message.result;
        else if (message.type === 'run-done') resolve(results);
        else if (message.type === 'error') reject(new Error(message.message));
      },
      onProgress,
    );
  }

  function cancel(): void {
    worker?.terminate();
    worker = null;
    loadedInWorker.clear();
    failAll(new SimulationCancelledError());
  }

  return {
    run,
    cancel,
    ...createTraceCalls(request),
    parseCohort(file, fileName, onProgress) {
      const key = `file-${nextFileKey++}`;
      files.set(key, { file, fileName });
      return parseInWorker(key, onProgress).then((outcome) => {
        if (!outcome.ok) files.delete(key);
        return outcome;
      });
    },
    forgetCohort(key) {
      files.delete(key);
      if (loadedInWorker.delete(key)) worker?.postMessage({ type: 'forget-cohort', key });
    },
    dispose() {
      cancel();
      files.clear();
    },
  };
}
