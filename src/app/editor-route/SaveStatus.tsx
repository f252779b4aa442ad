import type { SaveSnapshot } from '../../api/save-queue.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { apiErrorReason } from '../journeys/api-error-text.ts';
import { fill } from '../../i18n/fill.ts';
import { formatClockTime } from './format-time.ts';

interface SaveStatusProps {
  snapshot: SaveSnapshot;
  onSaveNow(): void;
  onRetry(): void;
}

/**
 * Saved / Saving… / Offline – kept locally / Conflict / Not saved, as a polite live region, with a
 * Save button (same as Ctrl/Cmd+S) and, after a refusal, a way to try again.
 */
export function SaveStatus({ snapshot, onSaveNow, onRetry }: SaveStatusProps) {
  const { t, locale } = useI18n();
  const words = t.route.save;
  const { status, lastSavedAt } = snapshot;
  let text: string;
  if (status === 'saved' && snapshot.dirty) text = words.pending;
  else if (status === 'saved')
    text = lastSavedAt ? fill(words.savedAt, { time: formatClockTime(lastSavedAt, locale) }) : words.saved;
  else if (status === 'error')
    text = fill(words.error, { reason: apiErrorReason(snapshot.error, t.api.errors) });
  else text = words[status];
  return (
    <div className="jc-save">
      <span
        className={`jc-save__status jc-save__status--${status}`}
        role="status"
        aria-live="polite"
        aria-label={words.label}
        data-save-status={status}
      >
        {text}
      </span>
      {status === 'error' ? (
        <button type="button" onClick={onRetry}>
          {words.retry}
        </button>
      ) : (
        <button
          type="button"
          onClick={onSaveNow}
          disabled={status === 'conflict'}
          aria-keyshortcuts="Control+S Meta+S"
        >
          {words.saveNow}
        </button>
      )}
      {snapshot.localCopyFailed && (
        <p className="jc-save__warning" role="alert">
          {words.localCopyFailed}
        </p>
      )}
    </div>
  );
}
