import { describe, expect, it } from 'vitest';
import { filterFieldNames } from '../../../cohort/fields.ts';
import { operatorsForField, ruleProblemOf } from '../../../journey/index.ts';
import {
  isListOp,
  newRule,
  parseNumberList,
  splitList,
  startValue,
  todayIso,
  withField,
  withOp,
} from './rule-values.ts';

const today = '2026-11-23';

describe('rule values', () => {
  it('starts every field, with every operator it offers, at a value that fits (except blank text)', () => {
    for (const field of filterFieldNames) {
      for (const op of operatorsForField(field)) {
        const rule = withOp(withField(newRule(today), field, today), op, today);
        const problem = ruleProblemOf(rule);
        // a text or tag rule starts blank (or as an empty list) for the user to fill in
        const blank = startValue(field, today) === '';
        if (blank)
          expect(problem === null || ['wrong-value', 'empty-list'].includes(problem.kind)).toBe(true);
        else expect({ field, op, problem }).toEqual({ field, op, problem: null });
      }
    }
  });

  it('keeps a fitting operator and turns values into lists and back', () => {
    const rule = withField({ field: 'recencyDays', op: 'gte', value: 180 }, 'points', today);
    expect(rule).toEqual({ field: 'points', op: 'gte', value: 0 });
    const tier = withField(rule, 'tier', today);
    expect(tier).toEqual({ field: 'tier', op: 'eq', value: 'vip' });
    const list = withOp(tier, 'in', today);
    expect(list).toEqual({ field: 'tier', op: 'in', value: ['vip'] });
    expect(withOp({ ...list, value: ['growth', 'mass'] }, 'neq', today)).toEqual({
      field: 'tier',
      op: 'neq',
      value: 'growth',
    });
    expect(isListOp('notIn')).toBe(true);
    expect(isListOp('has')).toBe(false);
  });

  it('starts dates at today', () => {
    expect(startValue('signupDate', today)).toBe('2026-11-23');
    expect(startValue('birthday', today)).toBe('11-23');
    expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('reads typed lists with English and Chinese commas', () => {
    expect(splitList(' shanghai, 北京，杭州、 ,')).toEqual(['shanghai', '北京', '杭州']);
    expect(parseNumberList('1, 2.5，3')).toEqual({ ok: true, values: [1, 2.5, 3] });
    expect(parseNumberList('1, two')).toEqual({ ok: false, bad: 'two' });
  });
});
