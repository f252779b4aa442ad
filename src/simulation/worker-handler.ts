import type { CohortColumns } from '../cohort/columns.ts';
import { simulate } from './engine.ts';
import type { CohortFileProblem, CohortSource, WorkerRequest, WorkerResponse } from './worker-protocol.ts';
import { createTraceRequests, isTraceRequest } from './worker-trace-handler.ts';

/** Where the worker gets cohorts from: the cohort package in the app, small fakes in tests. */
export interface CohortLibrary {
  /** the sample as seen from the run's start date (recency and sign-up dates count back from it) */
  generateSample(sampleId: string, size: number, seed: number, startDate: string): CohortColumns;
  parseFile(
    text: string,
    fileName: string,
    onProgress: (share: number) => void,
  ): { ok: true; cohort: CohortColumns } | { ok: false; problems: CohortFileProblem[] };
}

class CohortMissing extends Error {}

/** About 50 progress messages per run: smooth bar, negligible cost (one postMessage each). */
const PROGRESS_STEPS = 50;

/**
 * The worker's logic, apart from the `self.onmessage` wiring so it can be driven in-process by tests.
 * Requests run one after another (a parse reads its file asynchronously; a run must not overtake it).
 */
export function createWorkerHandler(library: CohortLibrary, post: (message: WorkerResponse) => void) {
  const fileCohorts = new Map<string, CohortColumns>();
  // One sample kept: re-runs with the same seed reuse it; a 1M-customer cohort is too big to keep several.
  let cachedSample: { key: string; cohort: CohortColumns } | null = null;
  let queue: Promise<void> = Promise.resolve();

  function cohortOf(
    source: CohortSource,
    seed: number,
    startDate: string,
    report: () => void,
  ): CohortColumns {
    if (source.kind === 'file') {
      const cohort = fileCohorts.get(source.key);
      if (!cohort) throw new CohortMissing(`The cohort file ${source.key} is no longer loaded.`);
      return cohort;
    }
    const key = `${source.sampleId}:${source.size}:${seed}:${startDate}`;
    if (cachedSample?.key === key) return cachedSample.cohort;
    cachedSample = null;
    report();
    const cohort = library.generateSample(source.sampleId, source.size, seed, startDate);
    cachedSample = { key, cohort };
    return cohort;
  }

  const traces = createTraceRequests({
    cohortOf: (source, seed, startDate) => cohortOf(source, seed, startDate, () => {}),
    post,
  });

  function run(request: Extract<WorkerRequest, { type: 'run' }>): void {
    const { requestId, seeds } = request;
    const { startDate } = request.options;
    seeds.forEach((seed, index) => {
      const cohort = cohortOf(request.cohort, seed, startDate, () =>
        post({ type: 'progress', requestId, share: index / seeds.length, phase: 'cohort' }),
      );
      const progressEvery = Math.max(1000, Math.ceil(cohort.size / PROGRESS_STEPS));
      const result = simulate(
        request.journey,
        cohort,
        { seed, ...request.options },
        {
          progressEvery,
          onProgress: (done, total) =>
            post({
              type: 'progress',
              requestId,
              share: (index + (total === 0 ? 1 : done / total)) / seeds.length,
              phase: 'simulate',
            }),
        },
      );
      post({ type: 'seed-result', requestId, index, result });
      traces.remember(request.journey, request.cohort, request.options, seed, cohort);
    });
    post({ type: 'run-done', requestId });
  }

  async function parse(request: Extract<WorkerRequest, { type: 'parse-cohort' }>): Promise<void> {
    const { requestId, key, fileName } = request;
    fileCohorts.delete(key);
    post({ type: 'progress', requestId, share: 0, phase: 'read' });
    const text = typeof request.file === 'string' ? request.file : await request.file.text();
    const outcome = library.parseFile(text, fileName, (share) =>
      post({ type: 'progress', requestId, share, phase: 'parse' }),
    );
    if (!outcome.ok) {
      post({ type: 'cohort-problems', requestId, fileName, problems: outcome.problems });
      return;
    }
    const { cohort } = outcome;
    fileCohorts.set(key, cohort);
    post({
      type: 'cohort-parsed',
      requestId,
      summary: { key, id: cohort.id, name: cohort.name, size: cohort.size, fileName },
    });
  }

  async function handle(request: WorkerRequest): Promise<void> {
    if (request.type === 'forget-cohort') {
      fileCohorts.delete(request.key);
      traces.forgetCohort(request.key);
      return;
    }
    try {
      if (isTraceRequest(request)) traces.handle(request);
      else if (request.type === 'run') run(request);
      else await parse(request);
    } catch (error) {
      // Every failure goes back to the page, which shows it in words; nothing fails silently here.
      const message = error instanceof Error ? error.message : String(error);
      const code = error instanceof CohortMissing ? 'cohort-missing' : 'failed';
      post({ type: 'error', requestId: request.requestId, message, code });
    }
  }

  return {
    receive(request: WorkerRequest): Promise<void> {
      queue = queue.then(() => handle(request));
      return queue;
    },
  };
}
