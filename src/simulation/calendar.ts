/**
 * The simulated clock counts wall-clock minutes in the journey's timezone from 00:00 of the start
 * date (docs/simulation.md, "Clock"). Calendar facts per day are precomputed here, once per run,
 * with plain UTC date arithmetic, so the inner loop never touches Date or Intl.
 */
export const MINUTES_PER_DAY = 1440;

export function parseStartDate(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  const date = new Date(time);
  if (!match || Number.isNaN(time) || date.getUTCDate() !== Number(match[3])) {
    throw new Error(`The start date "${text}" is not a calendar date written YYYY-MM-DD.`);
  }
  return time / 86_400_000;
}

export function clockMinutes(text: string): number {
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}

/** month*100+day of an epoch day number (days since 1970-01-01) */
export function monthDayOfEpochDay(epochDay: number): number {
  const date = new Date(epochDay * 86_400_000);
  return (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

/** Calendar facts per simulated day; a class for V8's sake, like Counters (counters.ts). */
export class Calendar {
  /** weekday (0 = Sunday) of simulated day d, for d in [0, days) */
  readonly weekday: Uint8Array;
  /** month*100+day of simulated day d */
  readonly monthDay: Int16Array;

  constructor(
    readonly startEpochDay: number,
    readonly days: number,
  ) {
    this.weekday = new Uint8Array(days);
    this.monthDay = new Int16Array(days);
    for (let d = 0; d < days; d++) {
      const date = new Date((startEpochDay + d) * 86_400_000);
      this.weekday[d] = date.getUTCDay();
      this.monthDay[d] = (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
    }
  }
}

export function buildCalendar(startDate: string, days: number): Calendar {
  return new Calendar(parseStartDate(startDate), days);
}

/** Next minute ≥ t at clock `at` on an allowed weekday (mask bit w = weekday w), or Infinity. */
export function nextClockTime(calendar: Calendar, t: number, at: number, weekdayMask: number): number {
  // a local literal: V8 would read the module-level constant from memory at each of three uses
  const minutesPerDay = 1440 satisfies typeof MINUTES_PER_DAY;
  let day = Math.floor(t / minutesPerDay);
  if (t - day * minutesPerDay > at) day++;
  for (let k = 0; k < 8 && day < calendar.days; k++, day++) {
    if (weekdayMask & (1 << calendar.weekday[day]!)) return day * minutesPerDay + at;
  }
  return Number.POSITIVE_INFINITY;
}
