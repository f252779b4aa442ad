import { QueryClient } from '@tanstack/react-query';
import { backoffDelay, defaultBackoff, shouldRetry, type BackoffOptions } from './retry.ts';

/**
 * The app's react-query client: retries with backoff for 5xx and lost connections (never for 4xx),
 * for reads and writes alike; writes are safe to repeat (If-Match, Idempotency-Key: docs/api.md).
 */
export function createQueryClient(backoff: BackoffOptions = defaultBackoff): QueryClient {
  const retryDelay = (attempt: number) => backoffDelay(attempt, backoff);
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, retryDelay, staleTime: 10_000 },
      mutations: { retry: shouldRetry, retryDelay },
    },
  });
}
