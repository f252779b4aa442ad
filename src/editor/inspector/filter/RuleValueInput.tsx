import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { filterFieldSpecs } from '../../../cohort/fields.ts';
import type { FilterRule } from '../../../journey/index.ts';
import { CheckboxField, DraftField, FieldGroup, SelectField } from '../controls.tsx';
import { isListOp, parseNumberList, splitList, type RuleValue } from './rule-values.ts';

interface RuleValueInputProps {
  rule: FilterRule;
  /** hands a value over; returns why it does not fit the rule, or null when it was taken */
  commit(value: RuleValue): string | null;
}

/** Typed text that is not yet a value of the field's kind: kept in the field with a message. */
class NotANumber {
  constructor(readonly text: string) {}
}

/**
 * The value control that fits the rule's field and operator: yes/no for a boolean, a select or
 * tick boxes for a fixed set of choices, a number, a date, a month-day, or a comma-separated list.
 */
export function RuleValueInput({ rule, commit }: RuleValueInputProps) {
  const { t } = useI18n();
  const words = t.inspector.filter;
  const spec = filterFieldSpecs[rule.field];
  const list = isListOp(rule.op);
  const value = rule.value;

  if (spec.kind === 'boolean') {
    return (
      <SelectField
        label={words.value}
        value={value === false ? 'no' : 'yes'}
        options={[
          { value: 'yes', label: t.summary.yes },
          { value: 'no', label: t.summary.no },
        ]}
        onChange={(choice) => commit(choice === 'yes')}
      />
    );
  }

  if (spec.kind === 'enum') {
    const choices = spec.values ?? [];
    const label = (choice: string) =>
      (t.summary.enumValues as Record<string, string | undefined>)[choice] ?? choice;
    if (!list) {
      return (
        <SelectField
          label={words.value}
          value={String(value)}
          options={choices.map((choice) => ({ value: choice, label: label(choice) }))}
          onChange={(choice) => commit(choice)}
        />
      );
    }
    const chosen = new Set(Array.isArray(value) ? value.map(String) : []);
    return (
      <FieldGroup legend={words.values}>
        <div className="insp-choices">
          {choices.map((choice) => (
            <CheckboxField
              key={choice}
              label={label(choice)}
              checked={chosen.has(choice)}
              onChange={(on) => commit(choices.filter((item) => (item === choice ? on : chosen.has(item))))}
            />
          ))}
        </div>
      </FieldGroup>
    );
  }

  if (spec.kind === 'number') {
    const check = (parsed: RuleValue | NotANumber) =>
      parsed instanceof NotANumber ? words.notANumber(parsed.text) : commit(parsed);
    if (list) {
      return (
        <DraftField<RuleValue | NotANumber>
          label={words.values}
          hint={words.listHint}
          value={value}
          format={(current) => (Array.isArray(current) ? current.join(', ') : String(current))}
          parse={(text) => {
            const result = parseNumberList(text);
            return result.ok ? result.values : new NotANumber(result.bad);
          }}
          commit={check}
        />
      );
    }
    return (
      <DraftField<RuleValue | NotANumber>
        label={words.value}
        input="decimal"
        value={value}
        format={String}
        parse={(text) => {
          const number = Number(text.trim());
          return text.trim() === '' || !Number.isFinite(number) ? new NotANumber(text) : number;
        }}
        commit={check}
      />
    );
  }

  if (list) {
    return (
      <DraftField<RuleValue>
        label={words.values}
        hint={words.listHint}
        value={value}
        format={(current) => (Array.isArray(current) ? current.join(', ') : String(current))}
        parse={splitList}
        commit={commit}
      />
    );
  }
  return (
    <DraftField<RuleValue>
      label={words.value}
      input={spec.kind === 'date' ? 'date' : 'text'}
      hint={spec.kind === 'monthDay' ? words.monthDayHint : undefined}
      placeholder={spec.kind === 'monthDay' ? 'MM-DD' : undefined}
      value={value}
      format={String}
      parse={(text) => text.trim()}
      commit={commit}
    />
  );
}
