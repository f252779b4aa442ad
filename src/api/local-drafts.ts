import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { JourneyDraft } from './contract.ts';

/**
 * The editor's unconfirmed work, kept in the browser until the server has it: closing the tab in
 * the middle of a save (or while offline) loses nothing, the next load finds it here.
 */
export interface LocalDraft {
  journeyId: string;
  journey: JourneyDraft;
  /** the ETag of the server revision this draft was edited from */
  baseEtag: string;
  editedAt: string;
}

export interface DraftStore {
  get(journeyId: string): Promise<LocalDraft | undefined>;
  put(draft: LocalDraft): Promise<void>;
  delete(journeyId: string): Promise<void>;
}

/** For tests and for browsers without IndexedDB (private windows of some browsers). */
export function createMemoryDraftStore(): DraftStore {
  const drafts = new Map<string, LocalDraft>();
  return {
    get: async (journeyId) => {
      const draft = drafts.get(journeyId);
      return draft && structuredClone(draft);
    },
    put: async (draft) => {
      drafts.set(draft.journeyId, structuredClone(draft));
    },
    delete: async (journeyId) => {
      drafts.delete(journeyId);
    },
  };
}

interface DraftDb extends DBSchema {
  drafts: { key: string; value: LocalDraft };
}

/** Separate from the embedded backend's database: with a real backend this one is still needed. */
export const DRAFTS_DB_NAME = 'journey-canvas-local-drafts';

export function createIdbDraftStore(name = DRAFTS_DB_NAME): DraftStore {
  let opened: Promise<IDBPDatabase<DraftDb>> | null = null;
  const db = () =>
    (opened ??= openDB<DraftDb>(name, 1, {
      upgrade(database) {
        database.createObjectStore('drafts', { keyPath: 'journeyId' });
      },
    }));
  return {
    get: async (journeyId) => (await db()).get('drafts', journeyId),
    put: async (draft) => {
      await (await db()).put('drafts', draft);
    },
    delete: async (journeyId) => {
      await (await db()).delete('drafts', journeyId);
    },
  };
}
