import { createSimulationClient, type SimulationClient, type WorkerLike } from './client.ts';
import { createWorkerHandler, type CohortLibrary } from './worker-handler.ts';
import { cohortLibrary } from './worker-library.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';

/** jsdom's File can neither be cloned nor read with `text()`: a file goes across as its text. */
async function copyOf(message: WorkerRequest): Promise<WorkerRequest> {
  if (message.type !== 'parse-cohort' || typeof message.file === 'string') return structuredClone(message);
  const blob = message.file;
  const text = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(blob);
  });
  return { ...message, file: text };
}

/**
 * A simulation client whose "worker" runs in this thread, for component tests in jsdom (which has no
 * Web Worker). Messages are cloned both ways, as a real worker would, so nothing shares references.
 */
export function createInProcessSimulationClient(library: CohortLibrary = cohortLibrary): SimulationClient {
  return createSimulationClient(() => {
    let terminated = false;
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(message) {
        void copyOf(message).then((copy) => {
          if (!terminated) void handler.receive(copy);
        });
      },
      terminate() {
        terminated = true;
      },
    };
    const handler = createWorkerHandler(library, (response: WorkerResponse) => {
      if (!terminated)
        worker.onmessage?.({ data: structuredClone(response) } as MessageEvent<WorkerResponse>);
    });
    return worker;
  });
}
