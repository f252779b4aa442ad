import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { JourneyDraft } from './contract.ts';

/**
 * The editor's unconfirmed work, kept in the browser until the server has it: closing the tab in
 * the middle of a save (or while offline) loses nothing, the next load finds it here. Each editor
 * (each tab) keeps its own draft of a journey, so two tabs on one journey never overwrite or delete
 * each other's unsaved work.
 */
export interface LocalDraft {
  journeyId: string;
  /** the editor (save queue) that wrote it: one per tab and opened journey */
  writerId: string;
  journey: JourneyDraft;
  /** the ETag of the server revision this draft was edited from */
  baseEtag: string;
  editedAt: string;
}

export interface DraftStore {
  /** the newest draft of the journey, whichever tab wrote it */
  get(journeyId: string): Promise<LocalDraft | undefined>;
  /** every draft of the journey, newest first */
  list(journeyId: string): Promise<LocalDraft[]>;
  /** replaces the draft of the same journey and writer */
  put(draft: LocalDraft): Promise<void>;
  delete(journeyId: string, writerId: string): Promise<void>;
}

const newestFirst = (drafts: LocalDraft[]) =>
  drafts.sort((a, b) => b.editedAt.localeCompare(a.editedAt) || a.writerId.localeCompare(b.writerId));

/** For tests and for browsers without IndexedDB (private windows of some browsers). */
export function createMemoryDraftStore(): DraftStore {
  const drafts = new Map<string, LocalDraft>();
  const keyOf = (journeyId: string, writerId: string) => JSON.stringify([journeyId, writerId]);
  const list = async (journeyId: string) =>
    newestFirst(
      [...drafts.values()]
        .filter((draft) => draft.journeyId === journeyId)
        .map((draft) => structuredClone(draft)),
    );
  return {
    get: async (journeyId) => (await list(journeyId))[0],
    list,
    put: async (draft) => {
      drafts.set(keyOf(draft.journeyId, draft.writerId), structuredClone(draft));
    },
    delete: async (journeyId, writerId) => {
      drafts.delete(keyOf(journeyId, writerId));
    },
  };
}

interface DraftDb extends DBSchema {
  'writer-drafts': { key: [string, string]; value: LocalDraft; indexes: { journeyId: string } };
}

/** Separate from the embedded backend's database: with a real backend this one is still needed. */
export const DRAFTS_DB_NAME = 'journey-canvas-local-drafts';

/** Drafts of version 1 (one per journey, before drafts were kept per tab) get this writer id. */
export const LEGACY_WRITER_ID = 'before-per-tab-drafts';

export function createIdbDraftStore(name = DRAFTS_DB_NAME): DraftStore {
  let opened: Promise<IDBPDatabase<DraftDb>> | null = null;
  const db = () =>
    (opened ??= openDB<DraftDb>(name, 2, {
      async upgrade(database, oldVersion, _newVersion, transaction) {
        const store = database.createObjectStore('writer-drafts', { keyPath: ['journeyId', 'writerId'] });
        store.createIndex('journeyId', 'journeyId');
        if (oldVersion < 1) return;
        // Version 1 kept one draft per journey in "drafts": carry each over, then drop that store.
        const legacyName = 'drafts' as unknown as 'writer-drafts';
        const legacy = (await transaction.objectStore(legacyName).getAll()) as Omit<LocalDraft, 'writerId'>[];
        for (const draft of legacy) await store.put({ ...draft, writerId: LEGACY_WRITER_ID });
        database.deleteObjectStore(legacyName);
      },
    }));
  const list = async (journeyId: string) =>
    newestFirst(await (await db()).getAllFromIndex('writer-drafts', 'journeyId', journeyId));
  return {
    get: async (journeyId) => (await list(journeyId))[0],
    list,
    put: async (draft) => {
      await (await db()).put('writer-drafts', draft);
    },
    delete: async (journeyId, writerId) => {
      await (await db()).delete('writer-drafts', [journeyId, writerId]);
    },
  };
}
