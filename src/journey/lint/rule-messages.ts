import type { FilterOp } from '../filter.ts';
import type { MessageFormat } from './format.ts';
import type { RuleProblem } from './params.ts';

const kindWords: Record<Extract<RuleProblem, { kind: 'operator' }>['fieldKind'], string> = {
  number: 'a number',
  boolean: 'true or false',
  enum: 'one of a fixed list of choices',
  text: 'text',
  tags: 'a set of tags',
  monthDay: 'a month and day written MM-DD',
  date: 'a date written YYYY-MM-DD',
};

const quoted = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ');
const opList = (ops: readonly FilterOp[]) => quoted(ops);

function rangeWords(min: number | null, max: number | null, format: MessageFormat): string {
  if (min !== null && max !== null) return `from ${format.number(min)} to ${format.number(max)}`;
  if (min !== null) return `${format.number(min)} or more`;
  if (max !== null) return `${format.number(max)} or less`;
  return 'limited to a range'; // a field without bounds is never out of range
}

function wrongValue(problem: Extract<RuleProblem, { kind: 'wrong-value' }>): string {
  const { field, value } = problem;
  switch (problem.fieldKind) {
    case 'number':
      return `${field} needs a number, not ${value}.`;
    case 'boolean':
      return `${field} needs true or false, not ${value}.`;
    case 'text':
      return `${field} needs text, not ${value}.`;
    case 'tags':
      return `${field} needs the name of one tag, not ${value}.`;
    case 'monthDay':
      return `${field} needs a day of the year written MM-DD (for example "02-14"), not ${value}.`;
    case 'date':
      return `${field} needs a calendar date written YYYY-MM-DD (for example "2026-03-01"), not ${value}.`;
  }
}

/** One English sentence a marketer can act on: the `rule-mismatch` message and the filter builder's hint. */
export function ruleProblemMessage(problem: RuleProblem, format: MessageFormat): string {
  switch (problem.kind) {
    case 'operator':
      return `${problem.field} holds ${kindWords[problem.fieldKind]}, so the operator "${problem.op}" does not apply; use ${opList(problem.allowed)}.`;
    case 'not-a-list':
      return `"${problem.op}" compares ${problem.field} with a list of values, but the value ${problem.value} is not a list.`;
    case 'empty-list':
      return `"${problem.op}" needs at least one value to compare ${problem.field} with.`;
    case 'list-not-allowed': {
      const listHint = problem.listOperators ? '; use "in" or "notIn" to compare with a list' : '';
      return `"${problem.op}" compares ${problem.field} with one value, not a list${listHint}.`;
    }
    case 'wrong-value':
      return wrongValue(problem);
    case 'out-of-range':
      return `${problem.field} is always ${rangeWords(problem.min, problem.max, format)}, so ${format.number(problem.value)} is outside its range.`;
    case 'not-a-choice':
      return `${problem.field} is one of ${quoted(problem.choices)}; ${problem.value} is not one of them.`;
  }
}
