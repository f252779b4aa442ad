import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { journeyQueryOptions } from '../../api/get-journey.ts';
import type { DraftStore } from '../../api/local-drafts.ts';
import { openJourney, type OpenedJourney } from './open-journey.ts';

export type OpeningState =
  | { phase: 'loading' }
  | { phase: 'failed'; error: unknown; retry(): void }
  | { phase: 'opened'; opened: OpenedJourney };

/**
 * Loads the journey once and decides what the editor starts from (server copy or recovered draft).
 * Later refreshes of the cached record (every confirmed save writes it) do not reopen the editor:
 * from mount on the editor owns the document and the save queue tracks the server's revision.
 */
export function useOpenedJourney(journeyId: string, drafts: DraftStore): OpeningState {
  // Always ask the server on opening (the cache may hold a copy another tab has since changed);
  // a cached copy is used only when the server cannot be reached.
  const query = useQuery({
    ...journeyQueryOptions(journeyId),
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
  });
  const [result, setResult] = useState<{ journeyId: string; opened: OpenedJourney } | null>(null);
  const [recoveryError, setRecoveryError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const settled = (query.isFetchedAfterMount && !query.isFetching) || query.isError;
  const loaded = settled ? query.data : undefined;
  const needsOpening = loaded !== undefined && result?.journeyId !== journeyId;

  useEffect(() => {
    if (!needsOpening) return;
    let cancelled = false;
    openJourney(drafts, loaded)
      .then((opened) => {
        if (!cancelled) setResult({ journeyId, opened });
      })
      .catch((error: unknown) => {
        console.error('Could not look for a local draft of the journey', error);
        if (!cancelled) setRecoveryError(error);
      });
    return () => {
      cancelled = true;
    };
  }, [needsOpening, loaded, journeyId, drafts, attempt]);

  if (result?.journeyId === journeyId) return { phase: 'opened', opened: result.opened };
  if (query.isError && query.data === undefined)
    return { phase: 'failed', error: query.error, retry: () => void query.refetch() };
  if (recoveryError !== null) {
    return {
      phase: 'failed',
      error: recoveryError,
      retry: () => {
        setRecoveryError(null);
        setAttempt((count) => count + 1);
      },
    };
  }
  return { phase: 'loading' };
}
