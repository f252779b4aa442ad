import { useState } from 'react';
import type { LoadedJourney } from '../../api/get-journey.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { apiErrorReason } from '../journeys/api-error-text.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { fill } from '../../i18n/fill.ts';
import { formatClockTime } from './format-time.ts';

export type ConflictChoice = 'overwrite' | 'take-theirs' | 'keep-copy';

interface ConflictDialogProps {
  /** the name of the journey as the user has it */
  name: string;
  theirs: LoadedJourney;
  /** resolves when the choice is done; a rejection is shown in the dialog and the choice offered again */
  onChoose(choice: ConflictChoice): Promise<void>;
}

/**
 * Someone else's save is on the server. The dialog cannot be dismissed without a choice: until then
 * the user's edits stay in the local draft store and nothing is sent.
 */
export function ConflictDialog({ name, theirs, onChoose }: ConflictDialogProps) {
  const { t, locale } = useI18n();
  const words = t.route.conflict;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const choose = async (choice: ConflictChoice) => {
    setBusy(true);
    setFailure(null);
    try {
      await onChoose(choice);
    } catch (error) {
      console.error(`The conflict choice "${choice}" failed`, error);
      setFailure(fill(words.failed, { reason: apiErrorReason(error, t.api.errors) }));
    } finally {
      setBusy(false);
    }
  };
  const options: { choice: ConflictChoice; label: string; hint: string }[] = [
    { choice: 'keep-copy', label: words.keepCopy, hint: words.keepCopyHint },
    { choice: 'take-theirs', label: words.takeTheirs, hint: words.takeTheirsHint },
    { choice: 'overwrite', label: words.overwrite, hint: words.overwriteHint },
  ];
  return (
    // Escape must not silently pick an answer: the dialog stays until the user chooses.
    <Dialog title={words.title} onClose={() => undefined}>
      <p>{fill(words.intro, { name })}</p>
      <p>
        {fill(words.theirs, {
          revision: theirs.revision,
          time: formatClockTime(theirs.updatedAt, locale),
        })}
      </p>
      <ul className="jc-conflict__choices">
        {options.map(({ choice, label, hint }) => (
          <li key={choice}>
            <button
              type="button"
              disabled={busy}
              aria-describedby={`jc-conflict-${choice}`}
              onClick={() => void choose(choice)}
            >
              {label}
            </button>
            <span id={`jc-conflict-${choice}`} className="jc-conflict__hint">
              {hint}
            </span>
          </li>
        ))}
      </ul>
      {busy && <p role="status">{words.working}</p>}
      {failure && <p role="alert">{failure}</p>}
    </Dialog>
  );
}
