import { lifecycleStages, tiers } from './fields.ts';
import { valueMessages } from './values.ts';

/**
 * Every kind of cohort-file problem as a code with params, and its English words. The parsers
 * build each problem's `message` from these functions, so the English UI can never word a problem
 * differently; another language fills `CohortProblemMessages` (src/i18n/<locale>/cohort-problems.ts).
 */

/** What a refused value had to be: the rules of values.ts, the enums, and the file's own fields. */
export const valueRuleText = {
  ...valueMessages,
  stage: `must be one of ${lifecycleStages.join(', ')}`,
  tier: `must be one of ${tiers.join(', ')}`,
  format: 'must be "journey-canvas-cohort"',
  schemaVersion: 'must be 1',
  cohortIdEmpty: 'must not be empty',
  cohortIdLength: 'must be at most 64 characters',
  cohortIdChars: 'may use only letters, digits, "-" and "_"',
  nameLength: 'must be at most 120 characters',
  customersList: 'must be a list of customers',
  customersEmpty: 'must list at least one customer',
} as const;
export type ValueRule = keyof typeof valueRuleText;

/** The rule whose English words a schema message is, if any (zod reports the words, not the rule). */
const ruleOfText = new Map<string, ValueRule>(
  (Object.entries(valueRuleText) as [ValueRule, string][]).map(([rule, text]) => [text, rule]),
);
export const valueRuleOf = (text: string): ValueRule | undefined => ruleOfText.get(text);

export interface CohortProblemParams {
  emptyFile: Record<string, never>;
  noCustomers: Record<string, never>;
  unnamedColumn: { position: number };
  unknownColumn: { name: string; columns: string };
  columnCase: { name: string; suggestion: string };
  repeatedColumn: { name: string };
  missingIdColumn: { found: string };
  rowLength: { values: number; columns: number };
  unclosedQuote: Record<string, never>;
  malformedQuote: Record<string, never>;
  csvSyntax: { detail: string };
  duplicateIdRow: { id: string; firstRow: number };
  duplicateIdCustomer: { id: string; first: number };
  /** a customer's value; `found` is the CSV cell as written (JSON values are not repeated) */
  invalidValue: { rule: ValueRule; found?: string };
  /** a value whose schema message has no rule above: English only, kept rather than lost */
  otherValue: { detail: string };
  /** the file's own field (format, schemaVersion, id, name, customers) when the problem has no column */
  invalidFile: { rule: ValueRule };
  tooManyTags: { max: number };
  tooManyCities: { max: number };
  notJson: { detail: string };
  notCohortObject: Record<string, never>;
  notCustomerObject: Record<string, never>;
  unknownFileField: { name: string };
  unknownCustomerField: { name: string };
  moreProblems: { count: number };
}
export type CohortProblemCode = keyof CohortProblemParams;
export type CohortProblemMessages = {
  [C in CohortProblemCode]: (params: CohortProblemParams[C], ruleText: Record<ValueRule, string>) => string;
};

export const cohortProblemMessages: CohortProblemMessages = {
  emptyFile: () => 'The file is empty.',
  noCustomers: () => 'The file has a header but no customers under it.',
  unnamedColumn: ({ position }) => `Column ${position} of the header has no name.`,
  unknownColumn: ({ name, columns }) => `"${name}" is not a cohort column. The columns are: ${columns}.`,
  columnCase: ({ name, suggestion }) =>
    `"${name}" is not a cohort column: did you mean "${suggestion}"? (names are case-sensitive)`,
  repeatedColumn: ({ name }) => `The header names "${name}" twice.`,
  missingIdColumn: ({ found }) =>
    `The first row must be the header naming the columns, and it must include "id" (found: ${found}).`,
  rowLength: ({ values, columns }) =>
    `This row has ${values} value${values === 1 ? '' : 's'} but the header has ${columns} columns.`,
  unclosedQuote: () =>
    'A quoted value is never closed: a closing " is missing, so the rest of the file was read as one value.',
  malformedQuote: () => 'A quoted value has text after its closing ": write a quote inside a value as "".',
  csvSyntax: ({ detail }) => `${detail}.`,
  duplicateIdRow: ({ id, firstRow }) => `The id "${id}" is already used on row ${firstRow}.`,
  duplicateIdCustomer: ({ id, first }) => `The id "${id}" is already used by customer ${first}.`,
  invalidValue: ({ rule, found }, text) =>
    found === undefined ? text[rule] : `${text[rule]} (found "${found}")`,
  otherValue: ({ detail }) => detail,
  invalidFile: ({ rule }, text) => `The file ${text[rule]}`,
  tooManyTags: ({ max }) => `the cohort has more than ${max} different tags`,
  tooManyCities: ({ max }) => `the cohort has more than ${max} different cities`,
  notJson: ({ detail }) => `The file is not valid JSON: ${detail}`,
  notCohortObject: () =>
    'A JSON cohort must be an object with format, schemaVersion, id, name and customers.',
  notCustomerObject: () => 'must be an object with the customer’s columns',
  unknownFileField: ({ name }) => `"${name}" is not a field of a cohort file: remove it`,
  unknownCustomerField: ({ name }) => `"${name}" is not a cohort column: remove it`,
  moreProblems: ({ count }) => `… and ${count} more problem${count === 1 ? '' : 's'} not listed`,
};

/** A problem's words in a language, from its code and params; English is exactly `problem.message`. */
export function cohortProblemText<C extends CohortProblemCode>(
  messages: CohortProblemMessages,
  ruleText: Record<ValueRule, string>,
  problem: { code: C; params: CohortProblemParams[C] },
): string {
  return messages[problem.code](problem.params, ruleText);
}
