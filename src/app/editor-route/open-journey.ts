import type { LoadedJourney } from '../../api/get-journey.ts';
import { recoverDraft } from '../../api/draft-recovery.ts';
import type { DraftStore } from '../../api/local-drafts.ts';
import { parseJourney, type Journey, type Problem } from '../../journey/index.ts';

/** A draft a closed tab left: the editor adopts it, then removes the closed tab's copy. */
export interface RecoveredDraft {
  editedAt: string;
  /** the server moved on since the draft's base revision */
  conflicting: boolean;
  /** whose draft it was in the store */
  writerId: string;
}

/** What the editor page opens once the journey has loaded and any local draft has been looked at. */
export type OpenedJourney =
  | {
      ok: true;
      journey: Journey;
      /** the server revision the editor's edits build on */
      etag: string;
      /**
       * unsaved local edits found on opening: the editor shows them and the page sends them at once.
       * `conflicting`: the server moved on meanwhile, so that first save ends in the conflict dialog.
       */
      recovered: RecoveredDraft | null;
    }
  | { ok: false; problems: Problem[] };

/**
 * Decides what to open: the server's journey, or a newer local draft left by a closed tab. A draft
 * edited from an older revision is opened on that old revision's ETag, so its first save meets the
 * server's newer copy and the ordinary conflict dialog lets the user choose — nothing is lost.
 */
export async function openJourney(drafts: DraftStore, loaded: LoadedJourney): Promise<OpenedJourney> {
  const recovery = await recoverDraft(drafts, loaded);
  if (recovery.kind === 'none') return opened(loaded.journey, loaded.etag, null);
  const { local } = recovery;
  const recovered = { editedAt: local.editedAt, writerId: local.writerId };
  if (recovery.kind === 'resume') {
    return opened(recovery.journey, recovery.etag, { ...recovered, conflicting: false });
  }
  return opened(local.journey, local.baseEtag, { ...recovered, conflicting: true });
}

function opened(draft: unknown, etag: string, recovered: RecoveredDraft | null): OpenedJourney {
  // Drafts are stored as sent and may come from another client: the editor needs a valid journey.
  const parsed = parseJourney(draft);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return { ok: true, journey: parsed.journey, etag, recovered };
}
