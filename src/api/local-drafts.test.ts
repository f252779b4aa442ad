import { describe, expect, it } from 'vitest';
import { createMemoryDraftStore, type LocalDraft } from './local-drafts.ts';
import { winbackJourney } from './api.test-support.ts';

const draft = (writerId: string, name: string, editedAt: string): LocalDraft => ({
  journeyId: 'winback',
  writerId,
  journey: { ...winbackJourney(), name },
  baseEtag: '"r1"',
  editedAt,
});

describe('the draft store', () => {
  it('keeps one draft per journey and tab: a tab replaces and removes only its own', async () => {
    const drafts = createMemoryDraftStore();
    await drafts.put(draft('tab-a', 'A1', '2026-11-23T10:00:00.000Z'));
    await drafts.put(draft('tab-b', 'B1', '2026-11-23T10:01:00.000Z'));
    await drafts.put(draft('tab-a', 'A2', '2026-11-23T10:02:00.000Z'));
    expect((await drafts.list('winback')).map((d) => d.journey.name)).toEqual(['A2', 'B1']);
    expect((await drafts.get('winback'))?.journey.name).toBe('A2');
    await drafts.delete('winback', 'tab-a');
    expect((await drafts.list('winback')).map((d) => d.journey.name)).toEqual(['B1']);
    expect(await drafts.list('other-journey')).toEqual([]);
  });

  it('hands out copies: changing what it returned does not change what it keeps', async () => {
    const drafts = createMemoryDraftStore();
    await drafts.put(draft('tab-a', 'Kept', '2026-11-23T10:00:00.000Z'));
    const read = await drafts.get('winback');
    if (read) read.journey.name = 'Changed outside';
    expect((await drafts.get('winback'))?.journey.name).toBe('Kept');
  });
});
