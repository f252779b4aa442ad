import {
  RESTORE_WINDOW_DAYS,
  etagOf,
  type JourneyRecord,
  type JourneySummary,
} from '../../src/api/contract.ts';
import type { JourneyRow, MockStore } from '../db/store.ts';

export interface BackendContext {
  store: MockStore;
  now: () => Date;
  /** a short random suffix for ids the server makes up (blank journeys) */
  randomSuffix: () => string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function summaryOf(row: JourneyRow): JourneySummary {
  return {
    id: row.id,
    name: typeof row.draft.name === 'string' ? row.draft.name : '',
    status: row.latestVersion === null ? 'draft' : 'published',
    updatedAt: row.updatedAt,
    revision: row.revision,
    latestVersion: row.latestVersion,
    hasUnpublishedChanges: row.publishedRevision !== row.revision,
    deletedAt: row.deletedAt,
  };
}

export const recordOf = (row: JourneyRow): JourneyRecord => ({
  ...summaryOf(row),
  journey: row.draft as JourneyRecord['journey'],
});

export const etagHeader = (row: JourneyRow) => ({ ETag: etagOf(row.revision) });

export function restoreExpired(row: JourneyRow, now: Date): boolean {
  return row.deletedAt !== null && now.getTime() - Date.parse(row.deletedAt) > RESTORE_WINDOW_DAYS * DAY_MS;
}

/** Rows past the restore window are purged whenever the list is read: the trash empties itself. */
export async function liveRows(context: BackendContext): Promise<JourneyRow[]> {
  const now = context.now();
  const rows = await context.store.listJourneys();
  const kept: JourneyRow[] = [];
  for (const row of rows) {
    if (restoreExpired(row, now)) await context.store.purgeJourney(row.id);
    else kept.push(row);
  }
  return kept;
}

/**
 * `wanted`, or `wanted-2`, `wanted-3`… : the first id no journey (trash included) uses. Ids stay
 * within the journey id limit of 64 characters.
 */
export async function unusedId(context: BackendContext, wanted: string): Promise<string> {
  const taken = new Set((await context.store.listJourneys()).map((row) => row.id));
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${wanted.slice(0, 64 - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A freshly created row at revision 1. */
export function newRow(id: string, draft: Record<string, unknown>, at: string): JourneyRow {
  return {
    id,
    draft: { ...draft, id },
    revision: 1,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    latestVersion: null,
    publishedRevision: null,
  };
}
