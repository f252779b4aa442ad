import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { JourneyRow, MockStore, VersionRow } from './store.ts';

interface BackendDb extends DBSchema {
  journeys: { key: string; value: JourneyRow };
  versions: { key: [string, number]; value: VersionRow; indexes: { byJourney: string } };
}

export const BACKEND_DB_NAME = 'journey-canvas-embedded-backend';
const DB_VERSION = 1;

/**
 * The browser's store: IndexedDB, so journeys, drafts and versions survive a reload (node tests
 * run it over fake-indexeddb).
 */
export async function createIdbStore(name = BACKEND_DB_NAME): Promise<MockStore & { close(): void }> {
  const db: IDBPDatabase<BackendDb> = await openDB<BackendDb>(name, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('journeys', { keyPath: 'id' });
      const versions = db.createObjectStore('versions', { keyPath: ['journeyId', 'version'] });
      versions.createIndex('byJourney', 'journeyId');
    },
  });
  return {
    listJourneys: () => db.getAll('journeys'),
    getJourney: (id) => db.get('journeys', id),
    putJourney: async (row) => {
      await db.put('journeys', row);
    },
    purgeJourney: async (id) => {
      const tx = db.transaction(['journeys', 'versions'], 'readwrite');
      const versionKeys = await tx.objectStore('versions').index('byJourney').getAllKeys(id);
      await Promise.all([
        tx.objectStore('journeys').delete(id),
        ...versionKeys.map((key) => tx.objectStore('versions').delete(key)),
        tx.done,
      ]);
    },
    listVersions: async (journeyId) => {
      const rows = await db.getAllFromIndex('versions', 'byJourney', journeyId);
      return rows.sort((a, b) => a.version - b.version);
    },
    getVersion: (journeyId, version) => db.get('versions', [journeyId, version]),
    putVersion: async (row) => {
      await db.put('versions', row);
    },
    close: () => db.close(),
  };
}
