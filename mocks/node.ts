import { setupServer } from 'msw/node';
import type { CohortSummary } from '../src/api/contract.ts';
import { apiBaseUrl } from '../src/api/client.ts';
import { createBackend, type Backend } from './backend/backend.ts';
import { createMemoryStore } from './db/memory-store.ts';
import type { MockStore } from './db/store.ts';
import { seededRandom, type FaultPolicy } from './faults.ts';
import { createHandlers } from './handlers.ts';

export interface MockServerOptions {
  cohorts?: CohortSummary[];
  store?: MockStore;
  /** share of mutating requests that fail; a test can also change `faults.rate` later */
  faultRate?: number;
  seed?: number;
  now?: () => Date;
}

/**
 * The embedded backend for node tests: memory store, no latency, no hang before a timeout, seeded
 * faults. Call `server.listen({ onUnhandledRequest: 'error' })` so an unmocked request fails the test.
 */
export function createMockServer(options: MockServerOptions = {}): {
  server: ReturnType<typeof setupServer>;
  backend: Backend;
  faults: FaultPolicy;
} {
  const cohorts = options.cohorts ?? [];
  const backend = createBackend({
    store: options.store ?? createMemoryStore(),
    cohorts: () => cohorts,
    ...(options.now ? { now: options.now } : {}),
  });
  const faults: FaultPolicy = {
    rate: options.faultRate ?? 0,
    timeoutMs: 0,
    random: seededRandom(options.seed ?? 1),
  };
  const handlers = createHandlers({ backend, origin: apiBaseUrl(), faults, latency: () => 0 });
  return { server: setupServer(...handlers), backend, faults };
}
