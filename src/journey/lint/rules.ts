import {
  filterFieldSpecs,
  type FieldKind,
  type FieldSpec,
  type FilterFieldName,
} from '../../cohort/fields.ts';
import type { FilterOp, FilterRule } from '../filter.ts';
import { isCalendarDate, isMonthDay } from './calendar.ts';
import { englishFormat } from './format.ts';
import type { RuleProblem } from './params.ts';
import { ruleProblemMessage } from './rule-messages.ts';

const comparisons = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'] as const satisfies readonly FilterOp[];
const equality = ['eq', 'neq'] as const satisfies readonly FilterOp[];
const membership = ['in', 'notIn'] as const satisfies readonly FilterOp[];

/** Which operators make sense for each kind of field, in the order a filter builder offers them. */
export const operatorsByKind: Readonly<Record<FieldKind, readonly FilterOp[]>> = {
  number: [...comparisons, ...membership],
  boolean: equality,
  enum: [...equality, ...membership],
  text: [...equality, ...membership],
  tags: ['has', 'notHas'],
  monthDay: comparisons,
  date: comparisons,
};

/** The operators a rule on `field` may use; the editor offers only these. */
export function operatorsForField(field: FilterFieldName): readonly FilterOp[] {
  return operatorsByKind[filterFieldSpecs[field].kind];
}

const show = (value: unknown) => JSON.stringify(value);

/** Why one value does not fit a field of this kind, or null when it fits. */
function scalarProblem(field: FilterFieldName, spec: FieldSpec, value: unknown): RuleProblem | null {
  const wrong = (fieldKind: Extract<RuleProblem, { kind: 'wrong-value' }>['fieldKind']): RuleProblem => ({
    kind: 'wrong-value',
    field,
    fieldKind,
    value: show(value),
  });
  switch (spec.kind) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrong('number');
      const outside =
        (spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max);
      return outside
        ? { kind: 'out-of-range', field, value, min: spec.min ?? null, max: spec.max ?? null }
        : null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : wrong('boolean');
    case 'enum': {
      const choices = spec.values ?? [];
      if (typeof value === 'string' && choices.includes(value)) return null;
      return { kind: 'not-a-choice', field, value: show(value), choices: [...choices] };
    }
    case 'text':
      return typeof value === 'string' ? null : wrong('text');
    case 'tags':
      return typeof value === 'string' && value.trim() !== '' ? null : wrong('tags');
    case 'monthDay':
      return typeof value === 'string' && isMonthDay(value) ? null : wrong('monthDay');
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? null : wrong('date');
  }
}

/**
 * What makes a rule's field, operator and value not fit together, or null when the rule is sound.
 * The `rule-mismatch` lint carries it, so each language can word it.
 */
export function ruleProblemOf(rule: FilterRule): RuleProblem | null {
  const { field, op } = rule;
  const spec = filterFieldSpecs[field];
  const allowed = operatorsByKind[spec.kind];
  if (!allowed.includes(op)) {
    return { kind: 'operator', field, op, fieldKind: spec.kind, allowed: [...allowed] };
  }
  if (op === 'in' || op === 'notIn') {
    if (!Array.isArray(rule.value)) return { kind: 'not-a-list', field, op, value: show(rule.value) };
    if (rule.value.length === 0) return { kind: 'empty-list', field, op };
    for (const item of rule.value) {
      const problem = scalarProblem(field, spec, item);
      if (problem) return problem;
    }
    return null;
  }
  if (Array.isArray(rule.value)) {
    return { kind: 'list-not-allowed', field, op, listOperators: allowed.includes('in') };
  }
  return scalarProblem(field, spec, rule.value);
}

/** `ruleProblemOf` as one English sentence a marketer can act on, or null when the rule is sound. */
export function ruleProblem(rule: FilterRule): string | null {
  const problem = ruleProblemOf(rule);
  return problem && ruleProblemMessage(problem, englishFormat);
}
