import type { Lint, Problem } from '../journey/index.ts';
import type { JourneyRecord } from './contract.ts';

/**
 * A request that did not succeed. `status` 0 means no answer at all (offline, timeout, connection
 * dropped); `code` is the contract's error code (docs/api.md), which the UI turns into words.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problems: Problem[];
  readonly lints: Lint[];

  constructor(
    status: number,
    code: string,
    message: string,
    details: { problems?: Problem[]; lints?: Lint[] } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.problems = details.problems ?? [];
    this.lints = details.lints ?? [];
  }
}

/** 409: the server's copy moved on since the revision the client edited; `current` is that copy. */
export class ConflictError extends ApiError {
  readonly current: JourneyRecord & { etag: string };

  constructor(message: string, current: JourneyRecord & { etag: string }) {
    super(409, 'conflict', message);
    this.name = 'ConflictError';
    this.current = current;
  }
}

export const isNetworkError = (error: unknown): boolean => error instanceof ApiError && error.status === 0;

/** Worth trying again: no answer, or the server failed. A 4xx will fail the same way every time. */
export const isRetryable = (error: unknown): boolean =>
  error instanceof ApiError && (error.status === 0 || error.status >= 500);
