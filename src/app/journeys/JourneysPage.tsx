import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { JourneyListQuery, JourneyStatus, JourneySummary } from '../../api/contract.ts';
import { useCreateJourney } from '../../api/create-journey.ts';
import { useDeleteJourney } from '../../api/delete-journey.ts';
import { useDuplicateJourney } from '../../api/duplicate-journey.ts';
import { ApiError } from '../../api/errors.ts';
import { journeysQueryOptions } from '../../api/list-journeys.ts';
import { useRestoreJourney } from '../../api/restore-journey.ts';
import { TemplateGallery } from '../../editor/gallery/TemplateGallery.tsx';
import type { Problem } from '../../journey/index.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { apiErrorReason } from './api-error-text.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { fill } from '../../i18n/fill.ts';
import { ImportButton } from './ImportButton.tsx';
import { ImportProblemsDialog } from './ImportProblemsDialog.tsx';
import { JourneyFilters } from './JourneyFilters.tsx';
import { JourneyTable } from './JourneyTable.tsx';
import { NewJourneyDialog } from './NewJourneyDialog.tsx';
import { UndoToast, type ToastMessage } from './UndoToast.tsx';
import { useDebouncedValue } from './use-debounced-value.ts';
import { useTemplateJourney } from './use-template-journey.ts';
import './journeys.css';

export const SEARCH_DEBOUNCE_MS = 250;

interface JourneysPageProps {
  /** open a journey in the editor */
  onOpen(id: string): void;
}

/** The journeys list: search, filter, open, new, import, duplicate, delete with undo. */
export function JourneysPage({ onOpen }: JourneysPageProps) {
  const { t } = useI18n();
  const words = t.api.journeys;
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<JourneyStatus | 'all'>('all');
  /** "New journey" opens the gallery first; its blank card then asks for a name */
  const [creating, setCreating] = useState<'gallery' | 'blank' | null>(null);
  const [firstVisitClosed, setFirstVisitClosed] = useState(false);
  const [importProblems, setImportProblems] = useState<{ fileName: string; problems: Problem[] } | null>(
    null,
  );
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const toastId = useRef(0);

  const q = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const query: JourneyListQuery = { ...(q ? { q } : {}), ...(status !== 'all' ? { status } : {}) };
  const journeys = useQuery({ ...journeysQueryOptions(query), placeholderData: keepPreviousData });
  const create = useCreateJourney();
  const duplicate = useDuplicateJourney();
  const remove = useDeleteJourney();
  const restore = useRestoreJourney();
  const fromTemplate = useTemplateJourney();

  const show = useCallback((text: string, undo?: () => void) => {
    toastId.current += 1;
    setToast({ id: toastId.current, text, ...(undo ? { undo } : {}) });
  }, []);
  const dismiss = useCallback(() => setToast(null), []);
  const failed = (error: unknown) =>
    show(fill(words.actionFailed, { reason: apiErrorReason(error, t.api.errors) }));

  const createBlank = (name: string) =>
    create.mutate(
      { source: 'blank', name, timezone: Intl.DateTimeFormat().resolvedOptions().timeZone },
      { onSuccess: (created) => onOpen(created.id), onError: failed, onSettled: () => setCreating(null) },
    );

  const createFromTemplate = async (templateId: string) => {
    if (fromTemplate.busy) return; // a double click must not make two journeys
    try {
      onOpen(await fromTemplate.create(templateId));
    } catch (error) {
      console.error(`Creating a journey from the playbook "${templateId}" failed`, error);
      failed(error);
    } finally {
      setCreating(null);
    }
  };
  const unfiltered = query.q === undefined && query.status === undefined;
  // A newcomer (no journeys at all) lands on the playbooks rather than on an empty table.
  const firstVisit = unfiltered && journeys.isSuccess && journeys.data.length === 0 && !firstVisitClosed;

  const importJourney = async (journey: unknown, fileName: string) => {
    try {
      const created = await create.mutateAsync({ source: 'import', journey });
      onOpen(created.id);
    } catch (error) {
      if (error instanceof ApiError && error.problems.length > 0)
        setImportProblems({ fileName, problems: error.problems });
      else failed(error);
    }
  };

  const duplicateJourney = (journey: JourneySummary) =>
    duplicate.mutate(
      { id: journey.id, name: fill(words.copyName, { name: journey.name }) },
      { onError: failed },
    );

  const deleteJourney = (journey: JourneySummary) =>
    remove.mutate(journey.id, {
      onError: failed,
      onSuccess: () =>
        show(fill(words.deleted, { name: journey.name }), () => {
          dismiss();
          restore.mutate(journey.id, {
            onError: failed,
            onSuccess: () => show(fill(words.restored, { name: journey.name })),
          });
        }),
    });

  return (
    <section className="jc-journeys" aria-labelledby="jc-journeys-title">
      <header className="jc-journeys__header">
        <h2 id="jc-journeys-title">{words.title}</h2>
        <div className="jc-journeys__commands">
          <button type="button" className="jc-button--primary" onClick={() => setCreating('gallery')}>
            {words.newJourney}
          </button>
          <ImportButton
            onJourney={(journey, fileName) => importJourney(journey, fileName)}
            onProblems={(fileName, problems) => setImportProblems({ fileName, problems })}
          />
        </div>
      </header>
      {firstVisit && creating === null && (
        <div className="jc-journeys__first-visit">
          <TemplateGallery
            onChoose={(templateId) => void createFromTemplate(templateId)}
            onBlank={() => setCreating('blank')}
            onClose={() => setFirstVisitClosed(true)}
          />
        </div>
      )}
      <JourneyFilters search={search} status={status} onSearch={setSearch} onStatus={setStatus} />
      <JourneyTable
        journeys={journeys}
        filtered={!unfiltered}
        onOpen={onOpen}
        onDuplicate={duplicateJourney}
        onDelete={deleteJourney}
      />
      {creating === 'gallery' && (
        <Dialog title={words.newJourneyTitle} onClose={() => setCreating(null)} className="jc-dialog--wide">
          <TemplateGallery
            onChoose={(templateId) => void createFromTemplate(templateId)}
            onBlank={() => setCreating('blank')}
            onClose={() => setCreating(null)}
          />
        </Dialog>
      )}
      {creating === 'blank' && (
        <NewJourneyDialog busy={create.isPending} onCreate={createBlank} onClose={() => setCreating(null)} />
      )}
      {importProblems && <ImportProblemsDialog {...importProblems} onClose={() => setImportProblems(null)} />}
      <UndoToast toast={toast} onDismiss={dismiss} />
    </section>
  );
}
