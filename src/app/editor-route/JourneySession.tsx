import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { DraftStore } from '../../api/local-drafts.ts';
import { useRestoreVersion } from '../../api/restore-version.ts';
import type { SaveQueueOptions } from '../../api/save-queue.ts';
import { useSaveQueue } from '../../api/use-save-queue.ts';
import { Editor } from '../../editor/Editor.tsx';
import { useSimulation } from '../../editor/simulate/use-simulation.tsx';
import { useTrace } from '../../editor/trace/use-trace.tsx';
import type { Journey } from '../../journey/index.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fill } from '../../i18n/fill.ts';
import { ConflictDialog, type ConflictChoice } from './ConflictDialog.tsx';
import { formatClockTime } from './format-time.ts';
import { GettingStartedGuide } from './GettingStartedGuide.tsx';
import { Notice, type NoticeMessage } from './Notice.tsx';
import type { RecoveredDraft } from './open-journey.ts';
import { preferredCohortOf } from './preferred-cohort.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { useSaveShortcut, useWarnBeforeUnload } from './save-shortcut.ts';
import { journeyOf, useDocumentReplacement } from './use-document-replacement.ts';
import { usePublishFlow } from './use-publish-flow.ts';
import { VersionsDialog } from './VersionsDialog.tsx';

export interface JourneySessionProps {
  journeyId: string;
  journey: Journey;
  etag: string;
  recovered: RecoveredDraft | null;
  drafts: DraftStore;
  /** open another journey (the copy made by "keep mine as a copy") */
  onOpenJourney(id: string): void;
  /** the journey's name changed (the page header shows it) */
  onNameChange(name: string): void;
  saveOptions?: Partial<Pick<SaveQueueOptions, 'idleMs' | 'backoff'>>;
  /** set to "send what is unsaved now" for the page's Back link */
  flushRef?: RefObject<(() => Promise<unknown>) | null>;
}

/**
 * One open journey: the editor, autosave through the save queue, the save status, the conflict
 * dialog, publish and versions. Every edit reaches the local draft store at once, so nothing is lost
 * whatever the network does; the server gets it when the user pauses or presses Ctrl/Cmd+S.
 */
export function JourneySession(props: JourneySessionProps) {
  const { journeyId, etag, recovered, drafts, onOpenJourney, onNameChange, saveOptions, flushRef } = props;
  const { t, locale } = useI18n();
  const words = t.route;
  const { queue, snapshot } = useSaveQueue(journeyId, etag, { drafts, ...saveOptions });
  const { mounted, replaceWith } = useDocumentReplacement(props.journey);
  const live = useRef(props.journey);
  // The same document as `live`, as state: the simulation marks its counts stale when it changes.
  const [journey, setJourney] = useState(props.journey);
  const [preferredCohortId] = useState(() => preferredCohortOf(journeyId));
  const simulation = useSimulation(journey, {
    preferredCohortId,
    runOnFirstOpen: preferredCohortId !== null,
  });
  const trace = useTrace(journey, simulation.simulation, simulation.client);
  const [notice, setNotice] = useState<NoticeMessage | null>(() =>
    recovered
      ? {
          tone: 'info',
          text: fill(recovered.conflicting ? words.recoveredConflict : words.recovered, {
            time: formatClockTime(recovered.editedAt, locale),
          }),
        }
      : null,
  );
  const [showVersions, setShowVersions] = useState(false);
  const publish = usePublishFlow(journeyId, queue, () => live.current);
  const restoreVersion = useRestoreVersion();
  const { clearProblems } = publish;

  // Recovered edits are not on the server yet: send them now (a conflicting one meets the dialog).
  // Once this editor keeps its own local copy, the closed tab's copy is removed.
  useEffect(() => {
    if (!recovered) return;
    queue.edit(live.current);
    void queue
      .localDraftWritten()
      .then(() => drafts.delete(journeyId, recovered.writerId))
      .catch((error: unknown) => console.error('Could not remove the recovered local draft', error));
  }, [queue, recovered, drafts, journeyId]);

  const onDocumentChange = useCallback(
    (journey: Journey) => {
      live.current = journey;
      setJourney(journey);
      queue.edit(journey);
      onNameChange(journey.name);
      clearProblems();
    },
    [queue, onNameChange, clearProblems],
  );
  const saveNow = useCallback(() => void queue.saveNow(), [queue]);
  useSaveShortcut(saveNow);
  useWarnBeforeUnload(snapshot.dirty && snapshot.localCopyFailed);
  useEffect(() => {
    if (!flushRef) return;
    flushRef.current = () => queue.saveNow();
    return () => {
      flushRef.current = null;
    };
  }, [flushRef, queue]);

  const showDocument = (journey: Journey) => {
    live.current = journey;
    setJourney(journey);
    onNameChange(journey.name);
    clearProblems();
  };

  const resolveConflict = async (choice: ConflictChoice) => {
    const theirs = snapshot.conflict;
    if (!theirs) return;
    if (choice === 'overwrite') {
      await queue.overwrite();
      return;
    }
    const theirJourney = journeyOf(theirs); // throws before anything is dropped if theirs cannot open
    if (choice === 'take-theirs') {
      queue.takeTheirs();
    } else {
      const copyName = fill(words.conflict.copyName, { name: live.current.name });
      const { copy } = await queue.keepMineAsCopy(copyName.slice(0, 120));
      setNotice({
        tone: 'success',
        text: fill(words.conflict.copied, { name: copy.name }),
        action: { label: words.conflict.openCopy, run: () => onOpenJourney(copy.id) },
      });
    }
    replaceWith(theirs);
    showDocument(theirJourney);
  };

  const restore = async (version: number) => {
    const saved = await queue.saveNow();
    if (saved.status !== 'saved' || saved.dirty) throw new Error(words.publish.notSaved);
    const restored = await restoreVersion.mutateAsync({ id: journeyId, version, etag: saved.etag });
    const journey = journeyOf(restored);
    queue.reset(restored.etag);
    replaceWith(restored);
    showDocument(journey);
    setShowVersions(false);
    setNotice({ tone: 'success', text: fill(words.versions.restored, { version }) });
  };

  const toolbarExtras = (
    <div className="jc-session__extras">
      <SaveStatus snapshot={snapshot} onSaveNow={saveNow} onRetry={() => queue.retryNow()} />
      <button
        type="button"
        className="jc-button--primary"
        disabled={publish.busy || snapshot.status === 'conflict'}
        onClick={() => void publish.publish()}
      >
        {publish.busy ? words.publish.publishing : words.publish.button}
      </button>
      <button type="button" onClick={() => setShowVersions(true)}>
        {words.versions.button}
      </button>
      {simulation.toolbarButton}
    </div>
  );

  const publishNotice: NoticeMessage | null = publish.message
    ? { tone: publish.message.tone, text: publish.message.text }
    : null;
  return (
    <div className="jc-session">
      <div className="jc-session__notices">
        {notice && <Notice notice={notice} onDismiss={() => setNotice(null)} />}
        {publishNotice && <Notice notice={publishNotice} onDismiss={publish.dismissMessage} />}
        <GettingStartedGuide />
      </div>
      <div className="jc-session__editor">
        <Editor
          key={`${journeyId}:${mounted.generation}`}
          journey={mounted.journey}
          onDocumentChange={onDocumentChange}
          toolbarExtras={toolbarExtras}
          sidePanel={
            <>
              {simulation.panel}
              {trace.panel}
            </>
          }
          simulation={simulation.simulation}
          onShowCustomers={trace.onShowCustomers}
          highlightedPath={trace.highlightedPath}
          externalProblems={publish.problems}
        />
      </div>
      {snapshot.status === 'conflict' && snapshot.conflict && (
        <ConflictDialog name={live.current.name} theirs={snapshot.conflict} onChoose={resolveConflict} />
      )}
      {showVersions && (
        <VersionsDialog journeyId={journeyId} onRestore={restore} onClose={() => setShowVersions(false)} />
      )}
    </div>
  );
}
