// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node.ts';
import { createMemoryStore } from '../../mocks/db/memory-store.ts';
import { createJourney } from './create-journey.ts';
import { getJourney } from './get-journey.ts';
import { journeyKeys } from './keys.ts';
import { createMemoryDraftStore } from './local-drafts.ts';
import { createQueryClient } from './query-client.ts';
import { useSaveQueue } from './use-save-queue.ts';
import { winbackJourney } from './api.test-support.ts';

const { server, backend, faults } = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  backend.context.store = createMemoryStore();
  faults.rate = 0;
});
afterAll(() => server.close());

describe('useSaveQueue', () => {
  it('saves through the queue under StrictMode, updates the cached journey, and retries when back online', async () => {
    const loaded = await createJourney({ source: 'import', journey: winbackJourney() });
    const queryClient = createQueryClient({ baseMs: 60_000, maxMs: 60_000 });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <StrictMode>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </StrictMode>
    );
    const drafts = createMemoryDraftStore();
    const { result } = renderHook(
      () =>
        useSaveQueue(loaded.id, loaded.etag, {
          drafts,
          idleMs: 0,
          backoff: { baseMs: 60_000, maxMs: 60_000 },
        }),
      {
        wrapper,
      },
    );

    act(() => result.current.queue.edit({ ...loaded.journey, name: 'Saved by the hook' }));
    await waitFor(() => expect(result.current.snapshot).toMatchObject({ status: 'saved', dirty: false }));
    expect(queryClient.getQueryData(journeyKeys.detail(loaded.id))).toMatchObject({
      name: 'Saved by the hook',
      revision: 2,
    });

    faults.rate = 1;
    faults.random = () => 0.3; // the request is lost
    act(() => result.current.queue.edit({ ...loaded.journey, name: 'Saved once online' }));
    await waitFor(() => expect(result.current.snapshot.status).toBe('offline'));
    faults.rate = 0;
    // the backoff wait is a minute: only the online event can bring the save through in time
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(result.current.snapshot.status).toBe('saved'));
    expect((await getJourney(loaded.id)).name).toBe('Saved once online');
  });
});
