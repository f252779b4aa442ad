import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node.ts';
import { createMemoryStore } from '../../mocks/db/memory-store.ts';
import { seededRandom } from '../../mocks/faults.ts';
import type { JourneyDraft } from './contract.ts';
import { createJourney } from './create-journey.ts';
import { recoverDraft } from './draft-recovery.ts';
import { getJourney, type LoadedJourney } from './get-journey.ts';
import { createMemoryDraftStore, type DraftStore } from './local-drafts.ts';
import { SaveQueue } from './save-queue.ts';
import { updateJourney } from './update-journey.ts';
import { winbackJourney } from './api.test-support.ts';

const { server, backend, faults } = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  backend.context.store = createMemoryStore();
  faults.rate = 0;
});
afterAll(() => server.close());

const fastBackoff = { baseMs: 1, maxMs: 8 };

async function openJourney(): Promise<{ loaded: LoadedJourney; drafts: DraftStore; queue: SaveQueue }> {
  const loaded = await createJourney({ source: 'import', journey: winbackJourney() });
  const drafts = createMemoryDraftStore();
  const queue = new SaveQueue({
    journeyId: loaded.id,
    etag: loaded.etag,
    drafts,
    idleMs: 0,
    backoff: fastBackoff,
  });
  return { loaded, drafts, queue };
}

const named = (journey: JourneyDraft, name: string): JourneyDraft => ({ ...journey, name });

describe('SaveQueue', () => {
  it('saves an edit and removes the local draft once the server confirms it', async () => {
    const { loaded, drafts, queue } = await openJourney();
    queue.edit(named(loaded.journey, 'Edited'));
    expect(queue.getSnapshot()).toMatchObject({ dirty: true });
    const settled = await queue.saveNow();
    await queue.localDraftWritten();
    expect(settled).toMatchObject({ status: 'saved', dirty: false, etag: '"r2"' });
    expect((await getJourney(loaded.id)).name).toBe('Edited');
    expect(await drafts.get(loaded.id)).toBeUndefined();
  });

  it('keeps the local draft while the server cannot be reached, and delivers it when it can', async () => {
    const { loaded, drafts, queue } = await openJourney();
    faults.rate = 1;
    faults.random = () => 0.3; // every mutating request: fault, kind 1 of 4 = the request is lost
    const statuses: string[] = [];
    queue.subscribe(() => statuses.push(queue.getSnapshot().status));
    queue.edit(named(loaded.journey, 'Written offline'));
    await new Promise((resolve) => setTimeout(resolve, 40));
    await queue.localDraftWritten();
    expect(queue.getSnapshot()).toMatchObject({ status: 'offline', dirty: true });
    expect(await drafts.get(loaded.id)).toMatchObject({
      journey: { name: 'Written offline' },
      baseEtag: loaded.etag,
    });
    expect((await getJourney(loaded.id)).name).toBe('Dormant win-back');

    faults.rate = 0;
    queue.retryNow();
    expect(await queue.settled()).toMatchObject({ status: 'saved', dirty: false });
    await queue.localDraftWritten();
    expect((await getJourney(loaded.id)).name).toBe('Written offline');
    expect(await drafts.get(loaded.id)).toBeUndefined();
    expect(statuses).toContain('offline');
  });

  it('sends one save at a time, the newest edit replacing those not yet sent', async () => {
    const { loaded, queue } = await openJourney();
    const sent: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PUT')
        void request
          .clone()
          .json()
          .then((body: { journey: { name: string } }) => sent.push(body.journey.name));
    });
    for (const name of ['a', 'b', 'c', 'd']) queue.edit(named(loaded.journey, name));
    await queue.saveNow();
    server.events.removeAllListeners();
    expect(sent).toEqual(['a', 'd']);
    expect((await getJourney(loaded.id)).name).toBe('d');
  });

  it('stops on a real conflict, keeps my draft, and lets me take theirs, overwrite, or keep mine as a copy', async () => {
    const { loaded, drafts, queue } = await openJourney();
    await updateJourney({ id: loaded.id, etag: loaded.etag, journey: named(loaded.journey, 'Theirs') });
    queue.edit(named(loaded.journey, 'Mine'));
    const stopped = await queue.settled();
    await queue.localDraftWritten();
    expect(stopped).toMatchObject({
      status: 'conflict',
      dirty: true,
      conflict: { name: 'Theirs', revision: 2 },
    });
    expect((await drafts.get(loaded.id))?.journey.name).toBe('Mine');

    expect(await queue.overwrite()).toMatchObject({ status: 'saved', etag: '"r3"' });
    expect((await getJourney(loaded.id)).name).toBe('Mine');

    await updateJourney({ id: loaded.id, etag: '"r3"', journey: named(loaded.journey, 'Theirs again') });
    queue.edit(named(loaded.journey, 'Mine again'));
    await queue.settled();
    const { copy, theirs } = await queue.keepMineAsCopy('Mine again (my copy)');
    expect(copy.journey).toMatchObject({ name: 'Mine again (my copy)', nodes: loaded.journey.nodes });
    expect(theirs?.name).toBe('Theirs again');
    expect(queue.getSnapshot()).toMatchObject({ status: 'saved', dirty: false, etag: '"r4"' });
    await queue.localDraftWritten();
    expect(await drafts.get(loaded.id)).toBeUndefined();
  });

  it('reports a save the server refuses for good as an error, and keeps the draft', async () => {
    const { loaded, drafts, queue } = await openJourney();
    await fetch(`http://localhost/api/journeys/${loaded.id}`, { method: 'DELETE' });
    queue.edit(named(loaded.journey, 'After delete'));
    const stopped = await queue.settled();
    await queue.localDraftWritten();
    expect(stopped.status).toBe('error');
    expect(stopped.error?.status).toBe(410);
    expect((await drafts.get(loaded.id))?.journey.name).toBe('After delete');
  });

  it('keeps edits made while stopped in the local draft, and sends them on start', async () => {
    const { loaded, drafts, queue } = await openJourney();
    queue.stop();
    queue.edit(named(loaded.journey, 'While stopped'));
    await queue.localDraftWritten();
    expect((await drafts.get(loaded.id))?.journey.name).toBe('While stopped');
    expect((await getJourney(loaded.id)).name).toBe('Dormant win-back');
    queue.start();
    expect(await queue.settled()).toMatchObject({ status: 'saved', dirty: false });
    expect((await getJourney(loaded.id)).name).toBe('While stopped');
  });

  it('reset drops unsaved edits and continues from the given revision (after restoring a version)', async () => {
    const { loaded, drafts, queue } = await openJourney();
    queue.stop();
    queue.edit(named(loaded.journey, 'Abandoned'));
    const moved = await updateJourney({
      id: loaded.id,
      etag: loaded.etag,
      journey: named(loaded.journey, 'Restored'),
    });
    queue.reset(moved.etag);
    queue.start();
    await queue.localDraftWritten();
    expect(await drafts.get(loaded.id)).toBeUndefined();
    queue.edit(named(loaded.journey, 'After reset'));
    expect(await queue.saveNow()).toMatchObject({ status: 'saved', etag: '"r3"' });
  });

  it('delivers 20 edits made under 30% faults, all of them, in order', async () => {
    const { loaded, drafts, queue } = await openJourney();
    const stored: number[] = [];
    const store = backend.context.store;
    const putJourney = store.putJourney.bind(store);
    store.putJourney = async (row) => {
      stored.push(String(row.draft.description).split(',').length);
      return putJourney(row);
    };
    const requests = new Set<string>();
    const answered = new Map<string, number>();
    server.events.on('request:start', ({ requestId }) => requests.add(requestId));
    server.events.on('response:mocked', ({ requestId, response }) =>
      answered.set(requestId, response.status),
    );
    faults.random = seededRandom(2026);
    faults.rate = 0.3;
    const pause = seededRandom(9);
    const edits: string[] = [];
    for (let n = 1; n <= 20; n += 1) {
      edits.push(String(n));
      queue.edit({ ...loaded.journey, description: edits.join(',') });
      await new Promise((resolve) => setTimeout(resolve, Math.floor(pause() * 6)));
    }
    const done = await queue.saveNow();
    await queue.localDraftWritten();
    server.events.removeAllListeners();
    const failures = [...requests]
      .map((id) => answered.get(id) ?? 0)
      .filter((status) => status === 0 || status >= 409);
    expect(failures.length).toBeGreaterThan(2);
    expect(done).toMatchObject({ status: 'saved', dirty: false });
    expect((await getJourney(loaded.id)).journey.description).toBe(edits.join(','));
    expect(stored.at(-1)).toBe(20);
    expect(stored).toEqual([...stored].sort((a, b) => a - b));
    expect(await drafts.get(loaded.id)).toBeUndefined();
  });
});

describe('SaveQueue in two tabs on one journey', () => {
  it("keeps each tab's unsaved draft: one tab's confirmed save never removes the other's", async () => {
    const loaded = await createJourney({ source: 'import', journey: winbackJourney() });
    const drafts = createMemoryDraftStore();
    const tab = (writerId: string, idleMs: number) =>
      new SaveQueue({
        journeyId: loaded.id,
        etag: loaded.etag,
        drafts,
        idleMs,
        backoff: fastBackoff,
        writerId,
      });
    const first = tab('tab-a', 0);
    const second = tab('tab-b', 60_000);
    second.edit(named(loaded.journey, 'Second, not sent yet'));
    first.edit(named(loaded.journey, 'First'));
    await first.settled();
    await Promise.all([first.localDraftWritten(), second.localDraftWritten()]);
    expect((await drafts.list(loaded.id)).map((draft) => [draft.writerId, draft.journey.name])).toEqual([
      ['tab-b', 'Second, not sent yet'],
    ]);
    second.stop();
  });
});

describe('recoverDraft', () => {
  it("offers the newest of several closed tabs' drafts and keeps the others for the next opening", async () => {
    const loaded = await createJourney({ source: 'import', journey: winbackJourney() });
    const drafts = createMemoryDraftStore();
    const left = (writerId: string, name: string, editedAt: string) =>
      drafts.put({
        journeyId: loaded.id,
        writerId,
        journey: named(loaded.journey, name),
        baseEtag: loaded.etag,
        editedAt,
      });
    await left('tab-a', 'Older', '2026-11-23T10:00:00.000Z');
    await left('tab-b', 'Newer', '2026-11-23T10:05:00.000Z');
    expect(await recoverDraft(drafts, loaded)).toMatchObject({ kind: 'resume', journey: { name: 'Newer' } });
    expect((await drafts.list(loaded.id)).map((draft) => draft.writerId)).toEqual(['tab-b', 'tab-a']);
  });

  it('resumes a draft edited on the current revision, and flags one the server has moved past', async () => {
    const loaded = await createJourney({ source: 'import', journey: winbackJourney() });
    const drafts = createMemoryDraftStore();
    expect(await recoverDraft(drafts, loaded)).toEqual({ kind: 'none' });
    const local = {
      journeyId: loaded.id,
      writerId: 'closed-tab',
      journey: named(loaded.journey, 'Unsaved'),
      baseEtag: loaded.etag,
      editedAt: '',
    };
    await drafts.put(local);
    expect(await recoverDraft(drafts, loaded)).toMatchObject({
      kind: 'resume',
      journey: { name: 'Unsaved' },
    });
    const moved = await updateJourney({
      id: loaded.id,
      etag: loaded.etag,
      journey: named(loaded.journey, 'Theirs'),
    });
    expect(await recoverDraft(drafts, moved)).toMatchObject({
      kind: 'conflict',
      local,
      server: { name: 'Theirs' },
    });
  });

  it('drops a draft the server already holds (its save landed, the answer was lost)', async () => {
    const loaded = await createJourney({ source: 'import', journey: winbackJourney() });
    const drafts = createMemoryDraftStore();
    const saved = await updateJourney({
      id: loaded.id,
      etag: loaded.etag,
      journey: named(loaded.journey, 'Landed'),
    });
    await drafts.put({
      journeyId: loaded.id,
      writerId: 'closed-tab',
      journey: saved.journey,
      baseEtag: loaded.etag,
      editedAt: '',
    });
    expect(await recoverDraft(drafts, saved)).toEqual({ kind: 'none' });
    expect(await drafts.get(loaded.id)).toBeUndefined();
  });
});
