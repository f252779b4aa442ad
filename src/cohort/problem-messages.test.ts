import { describe, expect, it } from 'vitest';
import { parseCohortFile } from './parse.ts';
import { cohortProblemMessages, cohortProblemText, valueRuleText } from './problem-messages.ts';
import type { CohortProblem } from './problems.ts';

const csvHeaderProblems = 'Id,monetary,monetary,,nickname\nA,1,2,3,4\n';
const csvRowProblems = [
  'id,lifecycleStage,tier,monetary,churnRisk,consentSms,birthday,signupDate,tags',
  'A,active,vip,1,0.5,yes,01-31,2024-02-29,x',
  'A,sleepy,gold,-1,2,maybe,02-30,2023-02-29,y',
  ',active,vip,1,0.5,yes,01-31,2024-02-29',
  'B,"active',
].join('\n');
const json = (document: unknown) => JSON.stringify(document);
const jsonFile = (customers: unknown[]) =>
  json({ format: 'journey-canvas-cohort', schemaVersion: 1, id: 'c', name: 'C', customers });

/** Bad files that, together, raise every kind of problem a marketer can cause. */
const badFiles: [string, string][] = [
  ['', 'empty.csv'],
  ['id,points\n', 'header-only.csv'],
  [csvHeaderProblems, 'header.csv'],
  [csvRowProblems, 'rows.csv'],
  ['{"format": ', 'broken.json'],
  ['[]', 'array.json'],
  [json({ format: 'x', schemaVersion: 2, id: 'bad id', name: '', customers: [], extra: 1 }), 'file.json'],
  [
    jsonFile([
      {
        id: 'A',
        tier: 'gold',
        churnRisk: 3,
        consentSms: 'yes',
        tags: [' a'],
        birthday: '13-01',
        nickname: 1,
      },
      { id: 'A', signupDate: '2023-02-29', lifecycleStage: 'x', monetary: -1, city: '' },
      7,
      {},
    ]),
    'customers.json',
  ],
];
const problems: CohortProblem[] = badFiles.flatMap(([text, name]) => {
  const result = parseCohortFile(text, name);
  if (result.ok) throw new Error(`${name} should have been refused`);
  return result.problems;
});

describe('cohort problem codes', () => {
  it('every problem has a code, and its English message is written from the code and params', () => {
    for (const problem of problems)
      expect(cohortProblemText(cohortProblemMessages, valueRuleText, problem)).toBe(problem.message);
  });

  it('names the rule a value broke, in CSV and JSON alike, rather than only English words', () => {
    const codes = new Set(problems.map((problem) => problem.code));
    for (const code of [
      'emptyFile',
      'noCustomers',
      'columnCase',
      'repeatedColumn',
      'unnamedColumn',
      'unknownColumn',
      'missingIdColumn',
      'duplicateIdRow',
      'duplicateIdCustomer',
      'invalidValue',
      'unclosedQuote',
      'notJson',
      'notCohortObject',
      'notCustomerObject',
      'unknownFileField',
      'unknownCustomerField',
    ] as const)
      expect(codes.has(code), code).toBe(true);
    // every schema message of a customer or the file maps back to a rule: nothing is left English-only
    expect(problems.filter((problem) => problem.code === 'otherValue')).toEqual([]);
    const rules = new Set(
      problems.flatMap((problem) => (problem.code === 'invalidValue' ? [problem.params.rule] : [])),
    );
    for (const rule of [
      'stage',
      'tier',
      'nonNegative',
      'share',
      'csvBoolean',
      'boolean',
      'monthDay',
      'date',
      'tag',
      'required',
      'emptyText',
      'format',
      'schemaVersion',
      'cohortIdChars',
      'customersEmpty',
    ] as const)
      expect(rules.has(rule), rule).toBe(true);
  });

  it('keeps what the CSV cell held, so the reader can find it', () => {
    const stage = problems.find(
      (problem) => problem.code === 'invalidValue' && problem.params.rule === 'stage' && problem.row === 3,
    );
    expect(stage).toMatchObject({
      row: 3,
      column: 'lifecycleStage',
      params: { rule: 'stage', found: 'sleepy' },
    });
  });
});
