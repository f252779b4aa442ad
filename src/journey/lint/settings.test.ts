import { describe, expect, it } from 'vitest';
import { lintsWithCode, winback, winbackWith } from './lint.test-support.ts';

describe('timezone-invalid', () => {
  it.each(['Mars/Olympus', 'Asia/Shangai', 'GMT+25'])('fires for %j', (timezone) => {
    const lints = lintsWithCode(
      winbackWith((draft) => {
        draft.settings.timezone = timezone;
      }),
      'timezone-invalid',
    );
    expect(lints).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(lints[0]?.message).toContain(`"${timezone}" is not a known timezone`);
    expect(lints[0]?.nodeId).toBeUndefined();
  });

  it.each(['Asia/Shanghai', 'Europe/Berlin', 'UTC', 'America/New_York'])(
    'does not fire for %j',
    (timezone) => {
      const journey = winbackWith((draft) => {
        draft.settings.timezone = timezone;
      });
      expect(lintsWithCode(journey, 'timezone-invalid')).toEqual([]);
    },
  );
});

describe('frequency-cap-invalid', () => {
  const withCap = (maxTouches: number, windowDays: number) =>
    winbackWith((draft) => {
      draft.settings.frequencyCap = { maxTouches, windowDays };
    });

  it('fires when the cap allows no touch at all', () => {
    const lints = lintsWithCode(withCap(0, 7), 'frequency-cap-invalid');
    expect(lints).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(lints[0]?.message).toContain('allows 0 touches');
  });

  it.each([0, 1.5, 366, -3])('fires for a window of %d days', (windowDays) => {
    const lints = lintsWithCode(withCap(3, windowDays), 'frequency-cap-invalid');
    expect(lints).toHaveLength(1);
    expect(lints[0]?.message).toContain(`over ${windowDays} days`);
  });

  it('reports a bad count and a bad window separately', () => {
    expect(lintsWithCode(withCap(-1, 400), 'frequency-cap-invalid')).toHaveLength(2);
  });

  it.each([
    [1, 1],
    [3, 7],
    [10, 365],
  ])('does not fire for %d touches in %d days', (maxTouches, windowDays) => {
    expect(lintsWithCode(withCap(maxTouches, windowDays), 'frequency-cap-invalid')).toEqual([]);
  });

  it('does not fire when there is no cap', () => {
    const journey = winbackWith((draft) => {
      draft.settings.frequencyCap = null;
    });
    expect(lintsWithCode(journey, 'frequency-cap-invalid')).toEqual([]);
  });
});

describe('quiet-hours-same-start-end', () => {
  it('fires when quiet hours start and end at the same time', () => {
    const journey = winbackWith((draft) => {
      draft.settings.quietHours = { start: '22:00', end: '22:00' };
    });
    const lints = lintsWithCode(journey, 'quiet-hours-same-start-end');
    expect(lints).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(lints[0]?.message).toContain('(22:00)');
  });

  it('does not fire for quiet hours across midnight or when they are off', () => {
    expect(lintsWithCode(winback(), 'quiet-hours-same-start-end')).toEqual([]);
    const off = winbackWith((draft) => {
      draft.settings.quietHours = null;
    });
    expect(lintsWithCode(off, 'quiet-hours-same-start-end')).toEqual([]);
  });
});

describe('goal attribution window', () => {
  const withAttribution = (attributionDays: number) =>
    winbackWith((draft) => {
      draft.settings.goal = { event: 'purchase', attributionDays, exitOnGoal: true };
    });

  it.each([0, -2])('is an error at %d days (goal-attribution-not-positive)', (days) => {
    const journey = withAttribution(days);
    expect(lintsWithCode(journey, 'goal-attribution-not-positive')).toEqual([
      expect.objectContaining({ severity: 'error' }),
    ]);
    expect(lintsWithCode(journey, 'goal-attribution-long')).toEqual([]);
  });

  it('is a warning beyond 90 days (goal-attribution-long)', () => {
    const journey = withAttribution(91);
    expect(lintsWithCode(journey, 'goal-attribution-long')).toEqual([
      expect.objectContaining({ severity: 'warning' }),
    ]);
    expect(lintsWithCode(journey, 'goal-attribution-not-positive')).toEqual([]);
  });

  it.each([0.5, 7, 90])('says nothing at %d days', (days) => {
    const journey = withAttribution(days);
    expect(lintsWithCode(journey, 'goal-attribution-not-positive')).toEqual([]);
    expect(lintsWithCode(journey, 'goal-attribution-long')).toEqual([]);
  });

  it('says nothing without a goal', () => {
    const journey = winbackWith((draft) => {
      draft.settings.goal = null;
    });
    expect(lintsWithCode(journey, 'goal-attribution-not-positive')).toEqual([]);
  });
});
