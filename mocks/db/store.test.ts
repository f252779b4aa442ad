import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createIdbStore } from './idb-store.ts';
import { createMemoryStore } from './memory-store.ts';
import type { JourneyRow, MockStore, VersionRow } from './store.ts';

const row = (id: string, revision = 1): JourneyRow => ({
  id,
  draft: { format: 'journey-canvas', name: id },
  revision,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  deletedAt: null,
  latestVersion: null,
  publishedRevision: null,
});
const version = (journeyId: string, n: number): VersionRow => ({
  journeyId,
  version: n,
  publishedAt: '2026-11-02T00:00:00.000Z',
  revision: n,
  name: journeyId,
  canonical: `{"v":${n}}\n`,
});

let dbCount = 0;
const stores: [string, () => Promise<MockStore>][] = [
  ['memory', async () => createMemoryStore()],
  ['IndexedDB', () => createIdbStore(`test-db-${(dbCount += 1)}`)],
];

describe.each(stores)('%s store', (_name, open) => {
  it('keeps journeys and versions, returns copies, and purges a journey with its versions', async () => {
    const store = await open();
    await store.putJourney(row('a'));
    await store.putJourney(row('b'));
    await store.putJourney(row('a', 2));
    await store.putVersion(version('a', 2));
    await store.putVersion(version('a', 1));
    await store.putVersion(version('b', 1));
    expect((await store.listJourneys()).map((r) => [r.id, r.revision]).sort()).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    const copy = await store.getJourney('a');
    if (copy) copy.revision = 99;
    expect((await store.getJourney('a'))?.revision).toBe(2);
    expect((await store.listVersions('a')).map((v) => v.version)).toEqual([1, 2]);
    expect((await store.getVersion('a', 2))?.canonical).toBe('{"v":2}\n');
    await store.purgeJourney('a');
    expect(await store.getJourney('a')).toBeUndefined();
    expect(await store.listVersions('a')).toEqual([]);
    expect(await store.listVersions('b')).toHaveLength(1);
  });
});

describe('IndexedDB store', () => {
  it('keeps everything across a reopen, as across a page reload', async () => {
    const first = await createIdbStore('reload-test');
    await first.putJourney(row('kept', 3));
    await first.putVersion(version('kept', 1));
    first.close();
    const second = await createIdbStore('reload-test');
    expect((await second.getJourney('kept'))?.revision).toBe(3);
    expect(await second.listVersions('kept')).toHaveLength(1);
  });
});
