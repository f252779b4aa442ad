import type { JourneySettings } from '../schema.ts';
import type { LintContext } from './context.ts';
import { makeLint } from './make.ts';
import type { Lint } from './types.ts';

/** Attribution beyond this credits a touch with purchases it most likely did not cause. */
export const LONGEST_SENSIBLE_ATTRIBUTION_DAYS = 90;
export const LONGEST_FREQUENCY_WINDOW_DAYS = 365;

function timezoneLints(timezone: string): Lint[] {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: timezone });
    return [];
  } catch (error) {
    // Intl throws a RangeError for a name it does not know: that is the file's problem, reported as a lint.
    const reason = error instanceof RangeError ? null : String(error);
    return [makeLint('timezone-invalid', { timezone, reason })];
  }
}

function frequencyCapLints(cap: JourneySettings['frequencyCap']): Lint[] {
  if (cap === null) return [];
  const lints: Lint[] = [];
  if (cap.maxTouches < 1) {
    lints.push(makeLint('frequency-cap-invalid', { problem: 'max-touches', maxTouches: cap.maxTouches }));
  }
  const { windowDays } = cap;
  if (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > LONGEST_FREQUENCY_WINDOW_DAYS) {
    lints.push(
      makeLint('frequency-cap-invalid', {
        problem: 'window-days',
        windowDays,
        longest: LONGEST_FREQUENCY_WINDOW_DAYS,
      }),
    );
  }
  return lints;
}

function quietHoursLints(quietHours: JourneySettings['quietHours']): Lint[] {
  if (quietHours === null || quietHours.start !== quietHours.end) return [];
  return [makeLint('quiet-hours-same-start-end', { time: quietHours.start })];
}

function goalLints(goal: JourneySettings['goal']): Lint[] {
  if (goal === null) return [];
  const days = goal.attributionDays;
  if (days <= 0) return [makeLint('goal-attribution-not-positive', { days })];
  if (days > LONGEST_SENSIBLE_ATTRIBUTION_DAYS) {
    return [makeLint('goal-attribution-long', { days, longest: LONGEST_SENSIBLE_ATTRIBUTION_DAYS })];
  }
  return [];
}

/** Checks on the journey's settings; these lints name no node. */
export function lintSettings({ journey }: LintContext): Lint[] {
  const { settings } = journey;
  return [
    ...timezoneLints(settings.timezone),
    ...frequencyCapLints(settings.frequencyCap),
    ...quietHoursLints(settings.quietHours),
    ...goalLints(settings.goal),
  ];
}
