import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { journeyKeys } from './keys.ts';
import { createIdbDraftStore, type DraftStore } from './local-drafts.ts';
import { SaveQueue, type SaveQueueOptions, type SaveSnapshot } from './save-queue.ts';

/** The drafts of this browser, shared by the save queue and the recovery on opening a journey. */
export const browserDrafts = createIdbDraftStore();

export interface UseSaveQueueOptions extends Partial<Pick<SaveQueueOptions, 'idleMs' | 'backoff'>> {
  drafts?: DraftStore;
}

/**
 * The save coordinator for the journey open in the editor: one queue per journey (`etag` is the
 * revision it was opened at; later saves move it on inside the queue), confirmed saves written into
 * react-query's cache, a retry as soon as the browser is back online. Returns the queue (edit,
 * saveNow, reset, conflict choices) and its current snapshot for the save indicator.
 */
export function useSaveQueue(
  journeyId: string,
  etag: string,
  { drafts = browserDrafts, idleMs, backoff }: UseSaveQueueOptions = {},
): { queue: SaveQueue; snapshot: SaveSnapshot } {
  const queryClient = useQueryClient();
  const makeQueue = () =>
    new SaveQueue({
      journeyId,
      etag,
      drafts,
      ...(idleMs !== undefined ? { idleMs } : {}),
      ...(backoff ? { backoff } : {}),
      onSaved: (saved) => {
        queryClient.setQueryData(journeyKeys.detail(saved.id), saved);
        void queryClient.invalidateQueries({ queryKey: journeyKeys.lists() });
      },
    });
  const [current, setCurrent] = useState(() => ({ journeyId, queue: makeQueue() }));
  // Opening another journey gets a fresh queue (adjusting state during render, as React recommends).
  if (current.journeyId !== journeyId) setCurrent({ journeyId, queue: makeQueue() });
  const { queue } = current;

  useEffect(() => {
    queue.start();
    const online = () => queue.retryNow();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      queue.stop();
    };
  }, [queue]);

  const snapshot = useSyncExternalStore(queue.subscribe, queue.getSnapshot);
  return { queue, snapshot };
}
