import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDayNumber, dayNumber, isTag, monthDayNumber, monthDayText } from './values.ts';

describe('cohort values', () => {
  it('reads real calendar dates only', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-12-01')).toBe(Date.UTC(2026, 11, 1) / 86_400_000);
    expect(dayNumber('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
    expect(dayNumber('2000-02-29')).toBe(Date.UTC(2000, 1, 29) / 86_400_000);
    for (const bad of [
      '2023-02-29',
      '1900-02-29',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-1-5',
      '2024/01/05',
      ' 2024-01-05',
      '2024-01-0a',
    ])
      expect(dayNumber(bad), bad).toBeNaN();
  });

  it('round-trips every day from year 0001 to 9999', () => {
    const first = dayNumber('0001-01-01');
    const last = dayNumber('9999-12-31');
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        expect(dayNumber(dateOfDayNumber(day))).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads MM-DD birthdays, 02-29 included', () => {
    expect(monthDayNumber('03-15')).toBe(315);
    expect(monthDayNumber('02-29')).toBe(229);
    expect(monthDayNumber('12-31')).toBe(1231);
    for (const bad of ['02-30', '13-01', '00-10', '3-15', '03/15', '03-15-2000', '0a-01'])
      expect(monthDayNumber(bad), bad).toBe(-1);
    expect(monthDayText(301)).toBe('03-01');
  });

  it('accepts tags without | or surrounding spaces', () => {
    expect(isTag('vip')).toBe(true);
    expect(isTag('child 1-3')).toBe(true);
    for (const bad of ['', ' vip', 'a|b']) expect(isTag(bad), bad).toBe(false);
  });
});
