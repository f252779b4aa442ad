import { isRetryable } from './errors.ts';

/** Attempts after the first, for a failure worth retrying (5xx, no answer). */
export const MAX_RETRIES = 4;

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  random?: () => number;
}

export const defaultBackoff: BackoffOptions = { baseMs: 400, maxMs: 8_000 };

/**
 * Exponential backoff with jitter: attempt 0 waits about `baseMs`, each next one twice as long, up
 * to `maxMs`. The jitter (half to all of the step) keeps many tabs from retrying in lockstep.
 */
export function backoffDelay(
  attempt: number,
  { baseMs, maxMs, random = Math.random }: BackoffOptions,
): number {
  const step = Math.min(maxMs, baseMs * 2 ** attempt);
  return step / 2 + (random() * step) / 2;
}

/** react-query's `retry`: only what may succeed next time, at most MAX_RETRIES times. */
export const shouldRetry = (failureCount: number, error: unknown): boolean =>
  failureCount < MAX_RETRIES && isRetryable(error);
