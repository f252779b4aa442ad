import { useCallback, useState } from 'react';
import { ApiError } from '../../api/errors.ts';
import { usePublishJourney } from '../../api/publish-journey.ts';
import type { SaveQueue } from '../../api/save-queue.ts';
import type { Journey, Problem } from '../../journey/index.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { apiErrorReason } from '../journeys/api-error-text.ts';
import { fill } from '../../i18n/fill.ts';
import { serverProblemsOf } from './server-problems.ts';

export interface PublishFlow {
  publish(): Promise<void>;
  busy: boolean;
  /** the outcome in words: published version, refused with N problems, or why it failed */
  message: { tone: 'success' | 'error'; text: string } | null;
  /** the server's reasons for refusing, for the editor's problems list; cleared by the next edit */
  problems: Problem[];
  clearProblems(): void;
  dismissMessage(): void;
}

/**
 * Publish = save every edit first (the server publishes its draft, which must be the one on screen),
 * then POST …/publish with that revision's ETag. A 422 turns into problems on the canvas.
 */
export function usePublishFlow(journeyId: string, queue: SaveQueue, current: () => Journey): PublishFlow {
  const { t, locale } = useI18n();
  const words = t.route.publish;
  const mutation = usePublishJourney();
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<PublishFlow['message']>(null);
  const [problems, setProblems] = useState<Problem[]>([]);

  const publish = async () => {
    setMessage(null);
    setSaving(true);
    const saved = await queue.saveNow().finally(() => setSaving(false));
    if (saved.status !== 'saved' || saved.dirty) {
      setMessage({ tone: 'error', text: words.notSaved });
      return;
    }
    try {
      const version = await mutation.mutateAsync({ id: journeyId, etag: saved.etag });
      setProblems([]);
      setMessage({ tone: 'success', text: fill(words.published, { version: version.version }) });
    } catch (error) {
      console.error('Publishing failed', error);
      const refused = serverProblemsOf(error, current(), t, locale);
      setProblems(refused);
      const blocked = error instanceof ApiError && error.code === 'publish-blocked';
      setMessage({
        tone: 'error',
        text: blocked
          ? fill(words.blocked, { count: refused.length })
          : fill(words.failed, { reason: apiErrorReason(error, t.api.errors) }),
      });
    }
  };

  return {
    publish,
    busy: saving || mutation.isPending,
    message,
    problems,
    clearProblems: useCallback(() => setProblems((previous) => (previous.length === 0 ? previous : [])), []),
    dismissMessage: () => setMessage(null),
  };
}
