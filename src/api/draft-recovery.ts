import type { JourneyDraft } from './contract.ts';
import type { LoadedJourney } from './get-journey.ts';
import type { DraftStore, LocalDraft } from './local-drafts.ts';
import { sameJson } from './same-json.ts';

export type DraftRecovery =
  /** nothing unconfirmed: open the server's journey */
  | { kind: 'none' }
  /** unconfirmed edits on top of the server's current revision: open them and save them */
  | { kind: 'resume'; journey: JourneyDraft; etag: string; local: LocalDraft }
  /** unconfirmed edits, but the server moved on meanwhile: the user chooses (the conflict dialog) */
  | { kind: 'conflict'; local: LocalDraft; server: LoadedJourney };

/**
 * What to open when the editor loads a journey that may have local drafts left by closed tabs.
 * Drafts the server already holds (their save landed, the answer was lost) are removed; of the
 * others the newest is offered. The rest stay in the store and are offered on the next opening,
 * once this one is saved, so that no tab's unsaved work is dropped unseen.
 */
export async function recoverDraft(drafts: DraftStore, server: LoadedJourney): Promise<DraftRecovery> {
  const pending: LocalDraft[] = [];
  for (const draft of await drafts.list(server.id)) {
    if (sameJson(draft.journey, server.journey)) await drafts.delete(server.id, draft.writerId);
    else pending.push(draft);
  }
  const local = pending[0];
  if (!local) return { kind: 'none' };
  if (local.baseEtag === server.etag)
    return { kind: 'resume', journey: local.journey, etag: server.etag, local };
  return { kind: 'conflict', local, server };
}
