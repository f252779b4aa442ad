import { describe, expect, it } from 'vitest';
import type { CohortColumns } from '../cohort/columns.ts';
import { generateSampleCohort } from '../cohort/samples/generate.ts';
import type { FilterRule } from '../journey/filter.ts';
import { compileFilter, FACT_SLOTS, testFilter } from './filters.ts';
import { uniformTestCohort } from './cohort.test-support.ts';

const facts = new Float64Array(FACT_SLOTS);

/** the customers (by index) who pass a filter of this one rule */
function passing(cohort: CohortColumns, rule: FilterRule): number[] {
  const filter = compileFilter({ match: 'all', rules: [rule] }, cohort);
  return Array.from({ length: cohort.size }, (_, c) => c).filter((c) => testFilter(filter, c, facts));
}

describe('the id rule', () => {
  // a sample cohort's ids are numbered (RM1…), a test cohort's are listed strings (c0…)
  const sample = generateSampleCohort('retail-members', { size: 100, seed: 1 });
  const listed = uniformTestCohort(100);

  it.each([
    ['numbered', sample, ['RM3', 'RM100', 'RM101', 'RM03']],
    ['listed', listed, ['c2', 'c99', 'c100', 'c02']],
  ] as const)(
    '%s ids: eq, in, neq and notIn find exactly the customers named',
    (_, cohort, [third, last, none, padded]) => {
      expect(passing(cohort, { field: 'id', op: 'eq', value: third })).toEqual([2]);
      expect(passing(cohort, { field: 'id', op: 'in', value: [last, none, padded, third] })).toEqual([2, 99]);
      expect(passing(cohort, { field: 'id', op: 'neq', value: none })).toHaveLength(100);
      const others = passing(cohort, { field: 'id', op: 'notIn', value: [third, last] });
      expect(others).toHaveLength(98);
      expect(others).not.toContain(2);
    },
  );
});
