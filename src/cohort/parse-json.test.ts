import { describe, expect, it } from 'vitest';
import { parseCohortJson } from './parse-json.ts';
import type { CohortParseResult } from './problems.ts';

const file = (customers: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'journey-canvas-cohort',
    schemaVersion: 1,
    id: 'vip-q4',
    name: 'VIP Q4',
    customers,
    ...extra,
  });

/** Where and what, in English (the code and params are checked in problem-messages.test.ts). */
function problemsOf(result: CohortParseResult) {
  if (result.ok) throw new Error('expected problems, got a cohort');
  return result.problems.map(({ row, column, message }) => ({ row, column, message }));
}

describe('parseCohortJson', () => {
  it('reads a cohort file with its own id and name', () => {
    const result = parseCohortJson(
      file([
        {
          id: 'A',
          lifecycleStage: 'loyal',
          tags: ['vip', 'wecom_friend'],
          consentWecom: true,
          birthday: '12-24',
          signupDate: '2020-02-29',
        },
        { id: 'B', monetary: 0 },
      ]),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const cohort = result.cohort;
    expect(cohort).toMatchObject({ id: 'vip-q4', name: 'VIP Q4', size: 2 });
    expect([...cohort.ids]).toEqual(['A', 'B']);
    expect(cohort.lifecycleStage[0]).toBe(2);
    expect(cohort.tagNames).toEqual(['vip', 'wecom_friend']);
    expect(cohort.consent[0]).toBe(1 << 4);
    expect(cohort.birthday[0]).toBe(1224);
    expect(cohort.monetary[1]).toBe(0);
  });

  it('accepts a byte-order mark', () => {
    expect(parseCohortJson(`\uFEFF${file([{ id: 'A' }])}`).ok).toBe(true);
  });

  it('refuses text that is not JSON or not a cohort object, saying why', () => {
    expect(problemsOf(parseCohortJson(''))).toEqual([{ message: 'The file is empty.' }]);
    expect(problemsOf(parseCohortJson('{"format":'))[0]!.message).toMatch(/^The file is not valid JSON: /);
    expect(problemsOf(parseCohortJson('[1,2]'))[0]!.message).toMatch(/must be an object with format/);
  });

  it('reports problems of the file itself by field', () => {
    const problems = problemsOf(
      parseCohortJson(
        JSON.stringify({ format: 'csv', schemaVersion: 2, id: 'bad id!', customers: [], extra: 1 }),
      ),
    );
    expect(problems.map((p) => p.column)).toEqual([
      'format',
      'schemaVersion',
      'id',
      'name',
      'customers',
      'extra',
    ]);
    expect(problems[0]!.message).toBe('must be "journey-canvas-cohort"');
    expect(problems[4]!.message).toBe('must list at least one customer');
  });

  it('reports each bad customer by its position (1 = first) and column, never half-importing', () => {
    const problems = problemsOf(
      parseCohortJson(
        file([
          { id: 'A', tier: 'vip' },
          { id: 'B', tier: 'gold', churnRisk: 2, consentSms: 'yes', tags: ['a|b'], nickname: 'Bo' },
          { tier: 'mass' },
          'C',
          { id: 'A', birthday: '02-30' },
        ]),
      ),
    );
    expect(problems).toEqual([
      { row: 2, column: 'tier', message: 'must be one of vip, growth, mass, at_risk' },
      { row: 2, column: 'tags', message: 'each tag must be non-empty text without "|" or spaces around it' },
      { row: 2, column: 'churnRisk', message: 'must be a number from 0 to 1' },
      { row: 2, column: 'consentSms', message: 'must be true or false' },
      { row: 2, column: 'nickname', message: '"nickname" is not a cohort column: remove it' },
      { row: 3, column: 'id', message: 'is required' },
      { row: 4, message: 'must be an object with the customer’s columns' },
      { row: 5, column: 'id', message: 'The id "A" is already used by customer 1.' },
      { row: 5, column: 'birthday', message: 'must be a month and day written MM-DD, like 03-15' },
    ]);
  });
});
