/**
 * How the filter builder keeps a rule's operator and value fitting its field: what a rule starts
 * with, what its value becomes when the field or operator changes, and how typed lists are read.
 */
import { filterFieldSpecs, type FieldKind, type FilterFieldName } from '../../../cohort/fields.ts';
import { operatorsForField, type FilterOp, type FilterRule } from '../../../journey/index.ts';

export type RuleValue = FilterRule['value'];
type ListItem = string | number;

export const isListOp = (op: FilterOp) => op === 'in' || op === 'notIn';

/** Which word set names the operators of a field of this kind. */
export function opFamily(kind: FieldKind): 'number' | 'choice' | 'calendar' | 'tags' {
  if (kind === 'number') return 'number';
  if (kind === 'tags') return 'tags';
  if (kind === 'date' || kind === 'monthDay') return 'calendar';
  return 'choice';
}

/** A value of the field's kind that fits it, so a rule is sound as soon as it is added or changed. */
export function startValue(field: FilterFieldName, today: string): string | number | boolean {
  const spec = filterFieldSpecs[field];
  switch (spec.kind) {
    case 'number':
      return spec.min ?? 0;
    case 'boolean':
      return true;
    case 'enum':
      return spec.values?.[0] ?? '';
    case 'monthDay':
      return today.slice(5, 10);
    case 'date':
      return today;
    case 'text':
    case 'tags':
      return '';
  }
}

/** The rule a filter gains from "Add rule". */
export function newRule(today: string): FilterRule {
  return { field: 'lifecycleStage', op: 'eq', value: startValue('lifecycleStage', today) };
}

/** The rule after choosing another field: its operator kept when it still fits, its value restarted. */
export function withField(rule: FilterRule, field: FilterFieldName, today: string): FilterRule {
  if (field === rule.field) return rule;
  const ops = operatorsForField(field);
  const op = ops.includes(rule.op) ? rule.op : (ops[0] ?? 'eq');
  const value = startValue(field, today);
  return { field, op, value: isListOp(op) ? listOf(field, value) : value };
}

/** A list value needs list items; booleans never are (no boolean field offers in / notIn). */
function listOf(field: FilterFieldName, value: string | number | boolean): ListItem[] {
  if (typeof value === 'boolean') return [];
  return filterFieldSpecs[field].kind === 'text' && value === '' ? [] : [value];
}

/** The rule after choosing another operator: a single value becomes a list of one, and back. */
export function withOp(rule: FilterRule, op: FilterOp, today: string): FilterRule {
  const list = Array.isArray(rule.value);
  if (isListOp(op) && !list)
    return { ...rule, op, value: listOf(rule.field, rule.value as string | number | boolean) };
  if (!isListOp(op) && Array.isArray(rule.value)) {
    return { ...rule, op, value: rule.value[0] ?? startValue(rule.field, today) };
  }
  return { ...rule, op };
}

/** "a, b，c、d" → ["a", "b", "c", "d"]: Chinese commas count too, blanks are dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Numbers of a typed list, or the first item that is not a number. */
export function parseNumberList(text: string): { ok: true; values: number[] } | { ok: false; bad: string } {
  const values: number[] = [];
  for (const item of splitList(text)) {
    const value = Number(item);
    if (!Number.isFinite(value)) return { ok: false, bad: item };
    values.push(value);
  }
  return { ok: true, values };
}

/** Today as YYYY-MM-DD in the browser's calendar: where a new date rule starts. */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
