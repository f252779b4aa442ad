import { applyPatches, type Patch } from 'immer';
import type { Journey } from '../schema.ts';

/** One undo step: the patches that made it and the inverse patches that take it back. */
export interface HistoryEntry {
  patches: Patch[];
  inversePatches: Patch[];
  /** changes with the same key close together in time merge into one step (a typing burst) */
  mergeKey: string | null;
  /** when the step last grew, in ms */
  at: number;
}

export interface History {
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
}

export const emptyHistory: History = { past: [], future: [] };

/** Consecutive changes with one merge key within this many ms are one undo step. */
export const MERGE_WINDOW_MS = 1000;
/** Older steps are forgotten beyond this, so a long session does not grow without bound. */
export const HISTORY_LIMIT = 500;

/** Records a change as a new step, or grows the last step when it is the same gesture. */
export function record(history: History, entry: HistoryEntry): History {
  if (entry.patches.length === 0) return history;
  const last = history.past.at(-1);
  if (
    last &&
    entry.mergeKey !== null &&
    last.mergeKey === entry.mergeKey &&
    entry.at - last.at <= MERGE_WINDOW_MS
  ) {
    const merged: HistoryEntry = {
      patches: [...last.patches, ...entry.patches],
      inversePatches: [...entry.inversePatches, ...last.inversePatches],
      mergeKey: entry.mergeKey,
      at: entry.at,
    };
    return { past: [...history.past.slice(0, -1), merged], future: [] };
  }
  return { past: [...history.past, entry].slice(-HISTORY_LIMIT), future: [] };
}

/** Takes back the last step; null when there is nothing to undo. */
export function undo(history: History, journey: Journey): { history: History; journey: Journey } | null {
  const last = history.past.at(-1);
  if (!last) return null;
  return {
    journey: applyPatches(journey, last.inversePatches),
    // an undone step never merges with what comes next
    history: { past: history.past.slice(0, -1), future: [{ ...last, mergeKey: null }, ...history.future] },
  };
}

/** Re-applies the last undone step; null when there is nothing to redo. */
export function redo(history: History, journey: Journey): { history: History; journey: Journey } | null {
  const next = history.future[0];
  if (!next) return null;
  return {
    journey: applyPatches(journey, next.patches),
    history: { past: [...history.past, next], future: history.future.slice(1) },
  };
}
