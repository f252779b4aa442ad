import { setupWorker } from 'msw/browser';
import type { CohortSummary } from '../src/api/contract.ts';
import { createBackend } from './backend/backend.ts';
import { createIdbStore } from './db/idb-store.ts';
import { createMemoryStore } from './db/memory-store.ts';
import type { MockStore } from './db/store.ts';
import { faultRateFromSearch, type FaultPolicy } from './faults.ts';
import { createHandlers } from './handlers.ts';

/** How long the network seems to take: enough to see spinners and races, not enough to annoy. */
const MIN_LATENCY_MS = 80;
const MAX_LATENCY_MS = 250;
/** A timed-out request hangs this long before the connection drops. */
const TIMEOUT_MS = 4000;

async function openStore(): Promise<MockStore> {
  try {
    return await createIdbStore();
  } catch (error) {
    // Some private windows refuse IndexedDB: the app still works, it just forgets on reload.
    console.warn('Embedded backend: IndexedDB is unavailable, journeys will not survive a reload.', error);
    return createMemoryStore();
  }
}

/**
 * Starts the embedded backend: msw's service worker answers /api/* from a database in IndexedDB.
 * Call it before the first request when no VITE_API_BASE_URL is set (docs/api.md).
 */
export async function startEmbeddedBackend({ cohorts = [] }: { cohorts?: CohortSummary[] } = {}) {
  const faults: FaultPolicy = {
    rate: faultRateFromSearch(location.search),
    timeoutMs: TIMEOUT_MS,
    random: Math.random,
  };
  const backend = createBackend({ store: await openStore(), cohorts: () => cohorts });
  const latency = () => MIN_LATENCY_MS + Math.random() * (MAX_LATENCY_MS - MIN_LATENCY_MS);
  const worker = setupWorker(...createHandlers({ backend, origin: location.origin, faults, latency }));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  if (faults.rate > 0) console.info(`Embedded backend: ${faults.rate * 100}% of saves will fail on purpose.`);
  return worker;
}
