/**
 * Fault injection for the embedded backend: a share of mutating requests fails the way networks and
 * servers do, so the app's retries and save queue are exercised in development and in tests.
 */
export type FaultKind = 'server-error' | 'timeout-before' | 'timeout-after' | 'spurious-conflict';

export interface FaultPolicy {
  /** share of mutating requests that fail, 0–1 */
  rate: number;
  /** how long a timed-out request hangs before the connection drops */
  timeoutMs: number;
  random: () => number;
}

export const MAX_FAULT_RATE = 1;

/** `?faults=0.3` → 0.3; anything that is not a number from 0 to 1 means no faults. */
export function faultRateFromSearch(search: string): number {
  const raw = new URLSearchParams(search).get('faults');
  if (raw === null) return 0;
  const rate = Number(raw);
  return Number.isFinite(rate) && rate >= 0 && rate <= MAX_FAULT_RATE ? rate : 0;
}

/**
 * Which fault, if any, this request gets. A timeout loses the request (`before`) or only its answer
 * (`after`: the server did the work, the client never hears): both happen on real networks, and the
 * second is the one that tempts a client into saving twice. A spurious 409 is only for requests that
 * carry If-Match, the only ones a conflict can answer.
 */
export function pickFault(policy: FaultPolicy, hasIfMatch: boolean): FaultKind | null {
  if (policy.rate <= 0 || policy.random() >= policy.rate) return null;
  const kinds: FaultKind[] = ['server-error', 'timeout-before', 'timeout-after'];
  if (hasIfMatch) kinds.push('spurious-conflict');
  return kinds[Math.floor(policy.random() * kinds.length)] ?? 'server-error';
}

/** A small seeded generator, so a test with faults fails the same way every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
