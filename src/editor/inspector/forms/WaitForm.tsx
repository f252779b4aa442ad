import type { Draft } from 'immer';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { eventNames, waitUnits, type NodeOf, type WaitConfig } from '../../../journey/index.ts';
import { CheckboxField, ClockTimeField, DraftField, FieldGroup, SelectField } from '../controls.tsx';
import {
  numberText,
  parseNumber,
  type NodeChange,
  type NodeEditor,
  useNodeEditor,
} from '../use-node-editor.ts';

type WaitKind = WaitConfig['kind'];
const waitKinds: readonly WaitKind[] = ['duration', 'until', 'event'];

/** What a wait becomes when its kind changes: a valid config of the new kind (documented in docs/inspector.md). */
const waitStart: Record<WaitKind, WaitConfig> = {
  duration: { kind: 'duration', amount: 1, unit: 'days' },
  until: { kind: 'until', at: '09:00' },
  event: { kind: 'event', event: 'purchase', timeoutHours: 48 },
};

type Editor = NodeEditor<NodeOf<'wait'>>;
/** Each kind's form edits a config it knows to be of its kind. */
const configOf = <K extends WaitKind>(draft: Draft<NodeOf<'wait'>>, kind: K) =>
  draft.config.kind === kind ? (draft.config as Draft<Extract<WaitConfig, { kind: K }>>) : null;

export function WaitForm({ node, onNodeChange }: { node: NodeOf<'wait'>; onNodeChange: NodeChange }) {
  const editor = useNodeEditor(node, onNodeChange);
  const { t } = useI18n();
  const words = t.inspector.wait;
  const config = editor.node.config;
  return (
    <>
      <SelectField
        label={words.kind}
        value={config.kind}
        options={waitKinds.map((kind) => ({ value: kind, label: words.kinds[kind] }))}
        onChange={(kind) =>
          editor.set((draft) => {
            if (draft.config.kind !== kind) draft.config = { ...waitStart[kind] };
          })
        }
      />
      {config.kind === 'duration' ? <DurationFields editor={editor} config={config} /> : null}
      {config.kind === 'until' ? <UntilFields editor={editor} config={config} /> : null}
      {config.kind === 'event' ? (
        <>
          <SelectField
            label={words.event}
            value={config.event}
            options={eventNames.map((event) => ({ value: event, label: t.summary.events[event] }))}
            onChange={(event) =>
              editor.set((draft) => {
                const target = configOf(draft, 'event');
                if (target) target.event = event;
              })
            }
          />
          <DraftField
            label={words.timeoutHours}
            input="decimal"
            value={config.timeoutHours as number | undefined}
            format={numberText}
            parse={parseNumber}
            commit={editor.field('config.timeoutHours', (draft, value: number | undefined) => {
              const target = configOf(draft, 'event');
              if (target) target.timeoutHours = value as number;
            })}
          />
        </>
      ) : null}
    </>
  );
}

function DurationFields({
  editor,
  config,
}: {
  editor: Editor;
  config: Extract<WaitConfig, { kind: 'duration' }>;
}) {
  const { t } = useI18n();
  const words = t.inspector.wait;
  return (
    <>
      <DraftField
        label={words.amount}
        input="decimal"
        value={config.amount as number | undefined}
        format={numberText}
        parse={parseNumber}
        commit={editor.field('config.amount', (draft, value: number | undefined) => {
          const target = configOf(draft, 'duration');
          if (target) target.amount = value as number;
        })}
      />
      <SelectField
        label={words.unit}
        value={config.unit}
        options={waitUnits.map((unit) => ({ value: unit, label: words.units[unit] }))}
        onChange={(unit) =>
          editor.set((draft) => {
            const target = configOf(draft, 'duration');
            if (target) target.unit = unit;
          })
        }
      />
    </>
  );
}

function UntilFields({ editor, config }: { editor: Editor; config: Extract<WaitConfig, { kind: 'until' }> }) {
  const { t } = useI18n();
  const words = t.inspector.wait;
  const chosen = new Set(config.weekdays ?? []);
  const toggle = (day: number, on: boolean) =>
    editor.set((draft) => {
      const target = configOf(draft, 'until');
      if (!target) return;
      const days = new Set(target.weekdays ?? []);
      if (on) days.add(day);
      else days.delete(day);
      // no day ticked means every day: the file leaves `weekdays` out rather than listing none
      if (days.size === 0) delete target.weekdays;
      else target.weekdays = [...days].sort((a, b) => a - b);
    });
  return (
    <>
      <ClockTimeField
        label={words.at}
        value={config.at}
        commit={editor.field(
          'config.at',
          (draft, value: string) => {
            const target = configOf(draft, 'until');
            if (target) target.at = value;
          },
          'time',
        )}
      />
      <FieldGroup legend={words.weekdays}>
        <div className="insp-weekdays">
          {words.weekdayNames.map((name, day) => (
            <CheckboxField
              key={name}
              label={name}
              checked={chosen.has(day)}
              onChange={(on) => toggle(day, on)}
            />
          ))}
        </div>
      </FieldGroup>
    </>
  );
}
