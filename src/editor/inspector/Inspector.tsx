import type { Draft } from 'immer';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { lintJourney, type Journey, type JourneyNode, type Lint } from '../../journey/index.ts';
import { LintList } from './LintList.tsx';
import { NodeForm, type ConnectChange } from './NodeForm.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import './inspector.css';

export interface InspectorProps {
  journey: Journey;
  selectedNodeIds: readonly string[];
  /** `mergeKey` (`<nodeId>:<field>`) makes a burst of typing in one field a single undo step */
  onNodeChange(nodeId: string, recipe: (node: Draft<JourneyNode>) => void, mergeKey?: string): void;
  onSettingsChange(recipe: (settings: Draft<Journey['settings']>) => void, mergeKey?: string): void;
  /** name and description */
  onMetaChange(recipe: (journey: Draft<Journey>) => void, mergeKey?: string): void;
  /**
   * Connects an output of a step to another step (null: disconnects it). When given, the form shows
   * a "Next step" select per output, so connecting works from the keyboard.
   */
  onConnect?: ConnectChange;
  /**
   * The journey's live lints when the editor already has them (its problems panel does): saves
   * linting twice per keystroke, ~13 ms on a 500-step journey. Computed here when left out.
   */
  lints?: readonly Lint[];
}

/** The lints about the settings rather than about a step or a connection. */
const settingsLintCodes = new Set<Lint['code']>([
  'timezone-invalid',
  'frequency-cap-invalid',
  'quiet-hours-same-start-end',
  'goal-attribution-not-positive',
  'goal-attribution-long',
]);

/**
 * The right-hand panel: the selected step's form; with nothing selected, the journey's name,
 * description and settings; with several steps selected, a short note.
 */
export function Inspector({
  journey,
  selectedNodeIds,
  onNodeChange,
  onSettingsChange,
  onMetaChange,
  onConnect,
  lints: givenLints,
}: InspectorProps) {
  const { t, formatNumber } = useI18n();
  const lints = useMemo(() => givenLints ?? lintJourney(journey), [givenLints, journey]);
  const selected =
    selectedNodeIds.length === 1 ? journey.nodes.find((node) => node.id === selectedNodeIds[0]) : undefined;

  let body;
  if (selectedNodeIds.length > 1) {
    body = (
      <section className="insp-section">
        <h2 className="insp-heading">
          {t.inspector.multiple(selectedNodeIds.length, (value) => formatNumber(value))}
        </h2>
        <p className="insp-note">{t.inspector.multipleHint}</p>
      </section>
    );
  } else if (selected) {
    body = (
      <NodeForm
        // a new selection starts with fresh fields, never with another step's half-typed text
        key={selected.id}
        journey={journey}
        node={selected}
        lints={lints.filter((lint) => lint.nodeId === selected.id)}
        onNodeChange={onNodeChange}
        onConnect={onConnect}
      />
    );
  } else {
    const settingsLints = lints.filter((lint) => settingsLintCodes.has(lint.code));
    body = (
      <>
        <SettingsForm journey={journey} onSettingsChange={onSettingsChange} onMetaChange={onMetaChange} />
        <LintList title={t.inspector.journey.problems} lints={settingsLints} />
      </>
    );
  }
  return (
    <aside className="insp" aria-label={t.inspector.panelLabel}>
      {body}
    </aside>
  );
}
