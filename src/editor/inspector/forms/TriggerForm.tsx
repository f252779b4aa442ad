import type { Draft } from 'immer';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { eventNames, type Filter, type NodeOf, type TriggerConfig } from '../../../journey/index.ts';
import { ClockTimeField, DraftField, SelectField } from '../controls.tsx';
import { FilterBuilder } from '../filter/FilterBuilder.tsx';
import { numberText, parseNumber, type NodeChange, useNodeEditor } from '../use-node-editor.ts';

type TriggerKind = TriggerConfig['kind'];
const triggerKinds: readonly TriggerKind[] = ['segment', 'event', 'date'];
const dateFields = ['birthday', 'signupAnniversary'] as const;
const noRules: Filter = { match: 'all', rules: [] };

/** A trigger of another kind keeps the audience filter it had; the rest starts at the defaults in docs/inspector.md. */
function triggerOfKind(kind: TriggerKind, filter: Filter | undefined): TriggerConfig {
  const kept = filter && filter.rules.length > 0 ? { filter } : {};
  switch (kind) {
    case 'segment':
      return { kind, filter: filter ?? noRules };
    case 'event':
      return { kind, event: 'cart_abandoned', ...kept };
    case 'date':
      return { kind, field: 'birthday', offsetDays: 0, at: '10:00', ...kept };
  }
}

const configOf = <K extends TriggerKind>(draft: Draft<NodeOf<'trigger'>>, kind: K) =>
  draft.config.kind === kind ? (draft.config as Draft<Extract<TriggerConfig, { kind: K }>>) : null;

export function TriggerForm({ node, onNodeChange }: { node: NodeOf<'trigger'>; onNodeChange: NodeChange }) {
  const editor = useNodeEditor(node, onNodeChange);
  const { t } = useI18n();
  const words = t.inspector.trigger;
  const config = editor.node.config;

  /** Event and date triggers leave an empty filter out of the file: it would match everyone anyway. */
  const changeFilter = (recipe: (filter: Draft<Filter>) => void, typedPart?: string) =>
    editor.set(
      (draft) => {
        const target = draft.config;
        target.filter ??= { match: 'all', rules: [] };
        recipe(target.filter);
        if (target.kind !== 'segment' && target.filter.rules.length === 0) delete target.filter;
      },
      typedPart === undefined ? undefined : `config.filter.${typedPart}`,
    );

  return (
    <>
      <SelectField
        label={words.kind}
        value={config.kind}
        options={triggerKinds.map((kind) => ({ value: kind, label: words.kinds[kind] }))}
        onChange={(kind) =>
          editor.set((draft) => {
            if (draft.config.kind !== kind) draft.config = triggerOfKind(kind, editor.node.config.filter);
          })
        }
      />
      {config.kind === 'event' ? (
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
      ) : null}
      {config.kind === 'date' ? (
        <>
          <SelectField
            label={words.dateField}
            value={config.field}
            options={dateFields.map((field) => ({ value: field, label: words.dateFields[field] }))}
            onChange={(field) =>
              editor.set((draft) => {
                const target = configOf(draft, 'date');
                if (target) target.field = field;
              })
            }
          />
          <DraftField
            label={words.offsetDays}
            input="numeric"
            value={config.offsetDays as number | undefined}
            format={numberText}
            parse={(text) => parseNumber(text.replace('−', '-'))}
            commit={editor.field('config.offsetDays', (draft, value: number | undefined) => {
              const target = configOf(draft, 'date');
              if (target) target.offsetDays = value as number;
            })}
          />
          <ClockTimeField
            label={words.at}
            value={config.at}
            commit={editor.field(
              'config.at',
              (draft, value: string) => {
                const target = configOf(draft, 'date');
                if (target) target.at = value;
              },
              'time',
            )}
          />
        </>
      ) : null}
      <FilterBuilder
        legend={config.kind === 'segment' ? words.segmentFilter : words.optionalFilter}
        filter={config.filter ?? noRules}
        journeyFacts={false}
        onChange={changeFilter}
      />
    </>
  );
}
