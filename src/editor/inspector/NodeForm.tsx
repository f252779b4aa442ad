import { useI18n } from '../../i18n/I18nProvider.tsx';
import { outputHandles, type Journey, type JourneyNode, type Lint } from '../../journey/index.ts';
import { outputLabel } from '../summary.ts';
import { DraftField, SelectField } from './controls.tsx';
import { LintList } from './LintList.tsx';
import { ConditionForm } from './forms/ConditionForm.tsx';
import { SplitForm } from './forms/SplitForm.tsx';
import { TouchForm } from './forms/TouchForm.tsx';
import { TriggerForm } from './forms/TriggerForm.tsx';
import { WaitForm } from './forms/WaitForm.tsx';
import { sameText, useNodeEditor, type NodeChange } from './use-node-editor.ts';

export type ConnectChange = (source: string, sourceHandle: string, target: string | null) => void;

interface NodeFormProps {
  journey: Journey;
  node: JourneyNode;
  lints: readonly Lint[];
  onNodeChange: NodeChange;
  onConnect?: ConnectChange | undefined;
}

/** The selected step: its label, its type's settings, where each output leads, and its lints. */
export function NodeForm({ journey, node, lints, onNodeChange, onConnect }: NodeFormProps) {
  const { t } = useI18n();
  const words = t.inspector;
  const editor = useNodeEditor(node, onNodeChange);
  const headingId = `inspector-node-${node.id}`;
  return (
    <section className="insp-section" aria-labelledby={headingId}>
      <h2 className="insp-heading" id={headingId}>
        <span className={`insp-type insp-type--${node.type}`}>{words.nodeTypes[node.type]}</span>
        <span className="insp-id">{node.id}</span>
      </h2>
      <DraftField
        label={words.node.label}
        value={node.label}
        format={sameText}
        parse={sameText}
        commit={editor.field('label', (draft, value: string) => {
          draft.label = value;
        })}
      />
      {node.type === 'trigger' ? <TriggerForm node={node} onNodeChange={onNodeChange} /> : null}
      {node.type === 'condition' ? <ConditionForm node={node} onNodeChange={onNodeChange} /> : null}
      {node.type === 'wait' ? <WaitForm node={node} onNodeChange={onNodeChange} /> : null}
      {node.type === 'touch' ? <TouchForm node={node} onNodeChange={onNodeChange} /> : null}
      {node.type === 'split' ? <SplitForm node={node} onNodeChange={onNodeChange} /> : null}
      {node.type === 'exit' ? <p className="insp-note">{words.exit.none}</p> : null}
      {onConnect ? <NextSteps journey={journey} node={node} onConnect={onConnect} /> : null}
      <LintList title={words.node.problems} lints={lints} />
    </section>
  );
}

const NOT_CONNECTED = '';

/** A select per output naming the step it leads to: connecting without a pointer. */
function NextSteps({
  journey,
  node,
  onConnect,
}: {
  journey: Journey;
  node: JourneyNode;
  onConnect: ConnectChange;
}) {
  const { t } = useI18n();
  const words = t.inspector.node;
  const handles = outputHandles(node);
  if (handles.length === 0) return null;
  // a connection may not lead into a trigger or back into the step itself
  const targets = journey.nodes.filter(
    (candidate) => candidate.type !== 'trigger' && candidate.id !== node.id,
  );
  const options = [
    { value: NOT_CONNECTED, label: words.notConnected },
    ...targets.map((target) => ({
      value: target.id,
      label:
        target.label.trim() === ''
          ? words.unlabelled(t.inspector.nodeTypes[target.type], target.id)
          : `${target.label} (${target.id})`,
    })),
  ];
  return (
    <div className="insp-connections">
      <h3 className="insp-subheading">{words.connections}</h3>
      {handles.map((handle) => {
        const edge = journey.edges.find(
          (candidate) => candidate.source === node.id && candidate.sourceHandle === handle,
        );
        return (
          <SelectField
            key={handle}
            label={
              handles.length === 1
                ? words.nextStep
                : words.nextStepAfter(outputLabel(node, handle, t.summary))
            }
            value={edge?.target ?? NOT_CONNECTED}
            options={options}
            onChange={(target) => onConnect(node.id, handle, target === NOT_CONNECTED ? null : target)}
          />
        );
      })}
    </div>
  );
}
