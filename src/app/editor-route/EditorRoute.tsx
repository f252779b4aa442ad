import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../../api/errors.ts';
import type { DraftStore } from '../../api/local-drafts.ts';
import type { SaveQueueOptions } from '../../api/save-queue.ts';
import { browserDrafts } from '../../api/use-save-queue.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { apiErrorReason } from '../journeys/api-error-text.ts';
import { fill } from '../../i18n/fill.ts';
import { JourneySession } from './JourneySession.tsx';
import { useOpenedJourney } from './use-opened-journey.ts';
import './route.css';

export interface EditorRouteProps {
  journeyId: string;
  onBack(): void;
  onOpenJourney(id: string): void;
  /** tests pass a memory store; the app uses this browser's IndexedDB */
  drafts?: DraftStore;
  saveOptions?: Partial<Pick<SaveQueueOptions, 'idleMs' | 'backoff'>>;
}

/** How long "Back to journeys" waits for unsaved edits to reach the server. */
const LEAVE_WAIT_MS = 3_000;

/** `#/journeys/<id>`: loads the journey (or a newer local draft of it) and hosts the editor on it. */
export function EditorRoute({
  journeyId,
  onBack,
  onOpenJourney,
  drafts = browserDrafts,
  saveOptions,
}: EditorRouteProps) {
  const { t, formatNumber } = useI18n();
  const words = t.route;
  const opening = useOpenedJourney(journeyId, drafts);
  const [name, setName] = useState<string | null>(null);
  const onNameChange = useCallback((next: string) => setName(next), []);
  const flush = useRef<(() => Promise<unknown>) | null>(null);
  const [leaving, setLeaving] = useState(false);
  // Leaving sends what is unsaved first (briefly: offline, the local draft keeps it for next time).
  const leave = async () => {
    setLeaving(true);
    await Promise.race([flush.current?.(), new Promise((resolve) => setTimeout(resolve, LEAVE_WAIT_MS))]);
    onBack();
  };
  const shownName =
    name ?? (opening.phase === 'opened' && opening.opened.ok ? opening.opened.journey.name : '');

  let body;
  if (opening.phase === 'loading') body = <p className="jc-route__message">{words.loading}</p>;
  else if (opening.phase === 'failed')
    body = <LoadFailure journeyId={journeyId} error={opening.error} onRetry={opening.retry} />;
  else if (!opening.opened.ok)
    body = (
      <div className="jc-route__message" role="alert">
        <p>{fill(words.unreadable, { count: opening.opened.problems.length })}</p>
        <ul className="jc-problems">
          {opening.opened.problems.map((problem, index) => (
            <li key={index}>
              <code>{problem.path}</code> {t.journeyProblems.text(problem, formatNumber)}
            </li>
          ))}
        </ul>
      </div>
    );
  else
    body = (
      <JourneySession
        key={journeyId}
        journeyId={journeyId}
        journey={opening.opened.journey}
        etag={opening.opened.etag}
        recovered={opening.opened.recovered}
        drafts={drafts}
        onOpenJourney={onOpenJourney}
        onNameChange={onNameChange}
        flushRef={flush}
        {...(saveOptions ? { saveOptions } : {})}
      />
    );

  return (
    <section className="jc-route" aria-labelledby="jc-route-title">
      <header className="jc-route__header">
        <a
          href="#/"
          className="jc-route__back"
          onClick={(event) => {
            event.preventDefault();
            if (!leaving) void leave();
          }}
        >
          ← {words.back}
          {leaving && <span className="jc-visually-hidden"> ({words.save.saving})</span>}
        </a>
        <h2 id="jc-route-title" className="jc-route__title">
          {shownName || journeyId}
        </h2>
      </header>
      {body}
    </section>
  );
}

function LoadFailure({ journeyId, error, onRetry }: { journeyId: string; error: unknown; onRetry(): void }) {
  const { t } = useI18n();
  const words = t.route;
  if (error instanceof ApiError && error.code === 'not-found')
    return (
      <p className="jc-route__message" role="alert">
        {fill(words.notFound, { id: journeyId })}
      </p>
    );
  if (error instanceof ApiError && error.code === 'deleted')
    return (
      <p className="jc-route__message" role="alert">
        {words.deleted}
      </p>
    );
  return (
    <div className="jc-route__message" role="alert">
      <p>{fill(words.loadFailed, { reason: apiErrorReason(error, t.api.errors) })}</p>
      <button type="button" onClick={onRetry}>
        {words.retry}
      </button>
    </div>
  );
}
