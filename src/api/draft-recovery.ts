import type { JourneyDraft } from './contract.ts';
import type { LoadedJourney } from './get-journey.ts';
import type { DraftStore, LocalDraft } from './local-drafts.ts';
import { sameJson } from './same-json.ts';

export type DraftRecovery =
  /** nothing unconfirmed: open the server's journey */
  | { kind: 'none' }
  /** unconfirmed edits on top of the server's current revision: open them and save them */
  | { kind: 'resume'; journey: JourneyDraft; etag: string }
  /** unconfirmed edits, but the server moved on meanwhile: the user chooses (the conflict dialog) */
  | { kind: 'conflict'; local: LocalDraft; server: LoadedJourney };

/**
 * What to open when the editor loads a journey that may have a local draft left by a closed tab.
 * A local draft the server already holds (its save landed, the answer was lost) is simply removed.
 */
export async function recoverDraft(drafts: DraftStore, server: LoadedJourney): Promise<DraftRecovery> {
  const local = await drafts.get(server.id);
  if (!local) return { kind: 'none' };
  if (sameJson(local.journey, server.journey)) {
    await drafts.delete(server.id);
    return { kind: 'none' };
  }
  if (local.baseEtag === server.etag) return { kind: 'resume', journey: local.journey, etag: server.etag };
  return { kind: 'conflict', local, server };
}
