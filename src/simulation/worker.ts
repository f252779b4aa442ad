/// <reference lib="webworker" />
import { createWorkerHandler } from './worker-handler.ts';
import { cohortLibrary } from './worker-library.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';

/**
 * The simulation worker: generates and parses cohorts and runs the engine off the main thread.
 * Cohorts stay here; only results, progress, summaries and problems go back to the page.
 */
declare const self: DedicatedWorkerGlobalScope;

const handler = createWorkerHandler(cohortLibrary, (message: WorkerResponse) => self.postMessage(message));

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  void handler.receive(event.data);
};
