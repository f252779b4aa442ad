import { describe, expect, it } from 'vitest';
import { filterFieldNames, filterFieldSpecs } from '../../cohort/fields.ts';
import type { FilterRule } from '../filter.ts';
import { operatorsForField, ruleProblem } from './rules.ts';

describe('operatorsForField', () => {
  it.each([
    ['recencyDays', ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'notIn']],
    ['consentSms', ['eq', 'neq']],
    ['tier', ['eq', 'neq', 'in', 'notIn']],
    ['city', ['eq', 'neq', 'in', 'notIn']],
    ['tags', ['has', 'notHas']],
    ['birthday', ['eq', 'neq', 'gt', 'gte', 'lt', 'lte']],
    ['signupDate', ['eq', 'neq', 'gt', 'gte', 'lt', 'lte']],
    ['purchasedSinceEntry', ['eq', 'neq']],
  ] as const)('offers %s the operators %j', (field, operators) => {
    expect(operatorsForField(field)).toEqual(operators);
  });

  it('offers every field at least one operator', () => {
    for (const field of filterFieldNames) expect(operatorsForField(field).length).toBeGreaterThan(0);
  });
});

const rule = (field: FilterRule['field'], op: FilterRule['op'], value: FilterRule['value']): FilterRule => ({
  field,
  op,
  value,
});

describe('ruleProblem accepts rules that fit', () => {
  it.each([
    rule('recencyDays', 'gte', 180),
    rule('recencyDays', 'in', [30, 60, 90]),
    rule('churnRisk', 'lt', 0.5),
    rule('churnRisk', 'eq', 1),
    rule('consentSms', 'eq', true),
    rule('consentWecom', 'neq', false),
    rule('tier', 'eq', 'vip'),
    rule('lifecycleStage', 'notIn', ['churned', 'dormant']),
    rule('city', 'eq', 'Shanghai'),
    rule('city', 'in', ['Shanghai', 'Beijing']),
    rule('tags', 'has', 'mother-baby'),
    rule('tags', 'notHas', 'blacklist'),
    rule('birthday', 'eq', '02-29'),
    rule('birthday', 'gte', '12-01'),
    rule('signupDate', 'lt', '2024-02-29'),
    rule('purchasedSinceEntry', 'eq', false),
    rule('touchesReceived', 'lte', 2),
  ])('$field $op $value', (fitting) => {
    expect(ruleProblem(fitting)).toBeNull();
  });
});

describe('ruleProblem explains rules that do not fit', () => {
  it.each([
    [rule('tier', 'gt', 'vip'), 'the operator "gt" does not apply; use "eq", "neq", "in", "notIn"'],
    [rule('recencyDays', 'has', 3), 'holds a number, so the operator "has" does not apply'],
    [rule('consentSms', 'in', ['yes']), 'holds true or false'],
    [rule('tags', 'eq', 'vip'), 'holds a set of tags'],
    [rule('recencyDays', 'gte', '180'), 'recencyDays needs a number, not "180"'],
    [rule('recencyDays', 'gte', -5), 'recencyDays is always 0 or more, so -5 is outside its range'],
    [rule('churnRisk', 'gt', 50), 'churnRisk is always from 0 to 1, so 50 is outside its range'],
    [rule('recencyDays', 'in', [30, '60']), 'needs a number, not "60"'],
    [rule('recencyDays', 'in', 30), 'is not a list'],
    [rule('recencyDays', 'in', []), 'needs at least one value'],
    [rule('recencyDays', 'eq', [30]), 'with one value, not a list; use "in" or "notIn"'],
    [rule('consentSms', 'eq', 'yes'), 'consentSms needs true or false, not "yes"'],
    [rule('consentSms', 'eq', [1]), 'with one value, not a list.'],
    [rule('tier', 'eq', 'gold'), '"gold" is not one of them'],
    [rule('tier', 'in', ['vip', 'gold']), '"gold" is not one of them'],
    [rule('city', 'eq', 3), 'city needs text, not 3'],
    [rule('city', 'notIn', ['Shanghai', 3]), 'city needs text, not 3'],
    [rule('tags', 'has', ' '), 'needs the name of one tag'],
    [rule('tags', 'has', true), 'needs the name of one tag, not true'],
    [rule('birthday', 'eq', '2-14'), 'written MM-DD'],
    [rule('birthday', 'eq', '02-30'), 'written MM-DD'],
    [rule('birthday', 'eq', '13-01'), 'written MM-DD'],
    [rule('birthday', 'gt', 214), 'written MM-DD'],
    [rule('signupDate', 'gte', '2025-02-29'), 'written YYYY-MM-DD'],
    [rule('signupDate', 'gte', '2026-04-31'), 'written YYYY-MM-DD'],
    [rule('signupDate', 'gte', '2026/04/01'), 'written YYYY-MM-DD'],
    [rule('daysSinceEntry', 'gt', -1), 'outside its range'],
  ])('%j', (misfit, expected) => {
    expect(ruleProblem(misfit)).toContain(expected);
  });

  it('accepts every leap day and rejects 29 February in a common year', () => {
    expect(ruleProblem(rule('signupDate', 'eq', '2000-02-29'))).toBeNull();
    expect(ruleProblem(rule('signupDate', 'eq', '1900-02-29'))).not.toBeNull();
  });

  it('refuses infinite numbers', () => {
    expect(ruleProblem(rule('monetary', 'gt', Number.POSITIVE_INFINITY))).toContain('needs a number');
  });

  it('checks every operator a field is offered with a value of the wrong kind', () => {
    for (const field of filterFieldNames) {
      const { kind } = filterFieldSpecs[field];
      const wrongValue = kind === 'boolean' ? 'text' : kind === 'number' ? 'text' : { nested: true };
      for (const op of operatorsForField(field)) {
        const value = (op === 'in' || op === 'notIn' ? [wrongValue] : wrongValue) as FilterRule['value'];
        expect(ruleProblem(rule(field, op, value)), `${field} ${op}`).not.toBeNull();
      }
    }
  });
});
