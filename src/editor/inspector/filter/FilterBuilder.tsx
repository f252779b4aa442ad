import type { Draft } from 'immer';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import {
  customerFieldNames,
  filterFieldNames,
  filterFieldSpecs,
  type FilterFieldName,
} from '../../../cohort/fields.ts';
import { operatorsForField, ruleProblemOf, type Filter, type FilterRule } from '../../../journey/index.ts';
import { capitalize } from '../../summary.ts';
import { FieldGroup, SelectField, type OptionGroup } from '../controls.tsx';
import { RuleValueInput } from './RuleValueInput.tsx';
import { newRule, opFamily, todayIso, withField, withOp, type RuleValue } from './rule-values.ts';

export interface FilterBuilderProps {
  legend: string;
  filter: Filter;
  /** journey facts mean nothing before a customer has entered, so triggers do not offer them */
  journeyFacts: boolean;
  /**
   * `typedPart` names a typed value (e.g. `rules.2.value`), so a typing burst there is one undo
   * step; choices and buttons leave it out and are a step each.
   */
  onChange(recipe: (filter: Draft<Filter>) => void, typedPart?: string): void;
}

const customerFieldSet = new Set<string>(customerFieldNames);

/**
 * Rows of field / operator / value under a match all / any choice. Each row offers only the
 * operators and the value control that fit its field; a value that does not fit is explained
 * beside it and kept out of the journey.
 */
export function FilterBuilder({ legend, filter, journeyFacts, onChange }: FilterBuilderProps) {
  const { t } = useI18n();
  const words = t.inspector.filter;
  const today = todayIso();

  const fieldName = (field: FilterFieldName) => capitalize(t.summary.fields[field]);
  const fieldGroups = (current: FilterFieldName): OptionGroup<FilterFieldName>[] => {
    const facts = filterFieldNames.filter(
      (field) => !customerFieldSet.has(field) && (journeyFacts || field === current),
    );
    const option = (field: FilterFieldName) => ({ value: field, label: fieldName(field) });
    const groups: OptionGroup<FilterFieldName>[] = [
      { label: words.customerFields, options: customerFieldNames.map(option) },
    ];
    if (facts.length > 0) groups.push({ label: words.journeyFacts, options: facts.map(option) });
    return groups;
  };

  const replaceRule = (index: number, next: FilterRule, typedPart?: string) =>
    onChange((draft) => {
      draft.rules[index] = next;
    }, typedPart);

  const commitValue = (index: number, rule: FilterRule) => (value: RuleValue) => {
    const problem = ruleProblemOf({ ...rule, value });
    if (problem) return words.ruleProblem(problem);
    replaceRule(index, { ...rule, value }, `rules.${index}.value`);
    return null;
  };

  return (
    <FieldGroup legend={legend}>
      <SelectField
        label={words.match}
        value={filter.match}
        options={[
          { value: 'all', label: words.matchAll },
          { value: 'any', label: words.matchAny },
        ]}
        onChange={(match) =>
          onChange((draft) => {
            draft.match = match;
          })
        }
      />
      {filter.rules.length === 0 ? (
        <p className="insp-note">{filter.match === 'all' ? words.emptyAll : words.emptyAny}</p>
      ) : (
        <ol className="insp-rules">
          {filter.rules.map((rule, index) => {
            const family = words.ops[opFamily(filterFieldSpecs[rule.field].kind)] as Record<
              string,
              string | undefined
            >;
            return (
              // rules have no ids; a row is its position, and a removed row remounts those after it
              <li key={`${index}-${filter.rules.length}`} className="insp-rule">
                <fieldset className="insp-rule__fields">
                  <legend className="insp-rule__legend">{words.rule(index + 1)}</legend>
                  <SelectField
                    label={words.field}
                    value={rule.field}
                    options={fieldGroups(rule.field)}
                    onChange={(field) => replaceRule(index, withField(rule, field, today))}
                  />
                  <SelectField
                    label={words.op}
                    value={rule.op}
                    options={operatorsForField(rule.field).map((op) => ({
                      value: op,
                      label: family[op] ?? op,
                    }))}
                    onChange={(op) => replaceRule(index, withOp(rule, op, today))}
                  />
                  <RuleValueInput
                    key={`${rule.field}-${rule.op}`}
                    rule={rule}
                    commit={commitValue(index, rule)}
                  />
                  <button
                    type="button"
                    className="insp-button insp-button--quiet"
                    onClick={() =>
                      onChange((draft) => {
                        draft.rules.splice(index, 1);
                      })
                    }
                  >
                    {words.remove(index + 1)}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <button
        type="button"
        className="insp-button"
        onClick={() =>
          onChange((draft) => {
            draft.rules.push(newRule(today));
          })
        }
      >
        {words.add}
      </button>
    </FieldGroup>
  );
}
