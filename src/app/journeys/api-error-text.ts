import { ApiError } from '../../api/errors.ts';
import type { Catalog } from '../../i18n/catalog.ts';
import { fill } from '../../i18n/fill.ts';

/** Why a request failed, in the user's language (the server's own message is for logs and developers). */
export function apiErrorReason(error: unknown, words: Catalog['api']['errors']): string {
  if (!(error instanceof ApiError)) return words.server;
  if (error.code === 'timeout') return words.timeout;
  if (error.status === 0) return words.network;
  if (error.status >= 500) return words.server;
  switch (error.code) {
    case 'not-found':
      return words.notFound;
    case 'deleted':
      return words.deleted;
    case 'conflict':
      return words.conflict;
    case 'invalid-journey':
    case 'publish-blocked':
      return words.invalid;
    case 'restore-expired':
      return words.restoreExpired;
    default:
      return fill(words.other, { status: error.status });
  }
}
