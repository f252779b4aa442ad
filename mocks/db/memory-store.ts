import type { JourneyRow, MockStore, VersionRow } from './store.ts';

const versionKey = (journeyId: string, version: number) => `${journeyId}\u0000${version}`;

/** The store for node tests: same behaviour as IndexedDB, gone when the process ends. */
export function createMemoryStore(): MockStore {
  const journeys = new Map<string, JourneyRow>();
  const versions = new Map<string, VersionRow>();
  return {
    listJourneys: async () => [...journeys.values()].map((row) => structuredClone(row)),
    getJourney: async (id) => {
      const row = journeys.get(id);
      return row && structuredClone(row);
    },
    putJourney: async (row) => {
      journeys.set(row.id, structuredClone(row));
    },
    purgeJourney: async (id) => {
      journeys.delete(id);
      for (const [key, row] of versions) if (row.journeyId === id) versions.delete(key);
    },
    listVersions: async (journeyId) =>
      [...versions.values()]
        .filter((row) => row.journeyId === journeyId)
        .sort((a, b) => a.version - b.version)
        .map((row) => structuredClone(row)),
    getVersion: async (journeyId, version) => {
      const row = versions.get(versionKey(journeyId, version));
      return row && structuredClone(row);
    },
    putVersion: async (row) => {
      versions.set(versionKey(row.journeyId, row.version), structuredClone(row));
    },
  };
}
