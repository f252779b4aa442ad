import { describe, expect, it } from 'vitest';
import type { LoadedJourney } from '../../api/get-journey.ts';
import { createMemoryDraftStore } from '../../api/local-drafts.ts';
import { winbackJourney } from '../../api/api.test-support.ts';
import { openJourney } from './open-journey.ts';

const journey = winbackJourney();
const loaded: LoadedJourney = {
  id: journey.id,
  name: journey.name,
  status: 'draft',
  updatedAt: '2026-11-23T10:00:00.000Z',
  revision: 4,
  latestVersion: null,
  hasUnpublishedChanges: true,
  deletedAt: null,
  journey,
  etag: '"r4"',
};
const editedAt = '2026-11-23T10:05:00.000Z';

describe('openJourney', () => {
  it("opens the server's journey when this browser holds no unsaved edits", async () => {
    expect(await openJourney(createMemoryDraftStore(), loaded)).toEqual({
      ok: true,
      journey,
      etag: '"r4"',
      recovered: null,
    });
  });

  it('resumes a local draft edited from the current revision', async () => {
    const drafts = createMemoryDraftStore();
    const mine = { ...journey, name: 'Mine' };
    await drafts.put({
      journeyId: journey.id,
      writerId: 'closed-tab',
      journey: mine,
      baseEtag: '"r4"',
      editedAt,
    });
    expect(await openJourney(drafts, loaded)).toEqual({
      ok: true,
      journey: mine,
      etag: '"r4"',
      recovered: { editedAt, conflicting: false, writerId: 'closed-tab' },
    });
  });

  it('opens a draft edited from an older revision on that revision, so its save meets the conflict dialog', async () => {
    const drafts = createMemoryDraftStore();
    const mine = { ...journey, name: 'Mine' };
    await drafts.put({
      journeyId: journey.id,
      writerId: 'closed-tab',
      journey: mine,
      baseEtag: '"r2"',
      editedAt,
    });
    expect(await openJourney(drafts, loaded)).toEqual({
      ok: true,
      journey: mine,
      etag: '"r2"',
      recovered: { editedAt, conflicting: true, writerId: 'closed-tab' },
    });
  });

  it('drops a local draft the server already has', async () => {
    const drafts = createMemoryDraftStore();
    await drafts.put({ journeyId: journey.id, writerId: 'closed-tab', journey, baseEtag: '"r3"', editedAt });
    expect((await openJourney(drafts, loaded)).ok).toBe(true);
    expect(await drafts.get(journey.id)).toBeUndefined();
  });

  it('reports a server draft that is not a valid journey instead of opening it', async () => {
    const opened = await openJourney(createMemoryDraftStore(), {
      ...loaded,
      journey: { format: 'journey-canvas', name: 'Half drawn' },
    });
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.problems.length).toBeGreaterThan(0);
  });
});
