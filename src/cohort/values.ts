/**
 * Rules for single cohort values that the zod schema (JSON files) and the CSV reader share, so a
 * value is accepted or refused with the same words whichever format it arrives in.
 */

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MS_PER_DAY = 86_400_000;

export const valueMessages = {
  required: 'is required',
  text: 'must be text',
  emptyText: 'must not be empty (leave the value out instead)',
  number: 'must be a number',
  nonNegative: 'must be a number, 0 or more',
  share: 'must be a number from 0 to 1',
  boolean: 'must be true or false',
  csvBoolean: 'must be true or false, yes or no, 1 or 0',
  monthDay: 'must be a month and day written MM-DD, like 03-15',
  date: 'must be a real date written YYYY-MM-DD, like 2024-03-15',
  tags: 'must be a list of tags',
  tag: 'each tag must be non-empty text without "|" or spaces around it',
  idLength: 'must be at most 128 characters',
} as const;

export const MAX_CUSTOMER_ID_LENGTH = 128;

const ZERO = 48;
const DASH = 45;
/** the digit at `index` of `text`, or -1 when it is not one of 0–9 */
function digitAt(text: string, index: number): number {
  const digit = text.charCodeAt(index) - ZERO;
  return digit >= 0 && digit <= 9 ? digit : -1;
}
/** the number written by the digits text[start .. end), or -1 when one is not a digit */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) {
    const digit = digitAt(text, index);
    if (digit < 0) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * "MM-DD" → month * 100 + day (02-29 allowed: a leap-day birthday exists), or -1 when not a day
 * of the year. Read by character code: a million-row CSV has a million of these.
 */
export function monthDayNumber(text: string): number {
  if (text.length !== 5 || text.charCodeAt(2) !== DASH) return -1;
  const month = digitsAt(text, 0, 2);
  const day = digitsAt(text, 3, 5);
  if (month < 1 || month > 12 || day < 1 || day > MONTH_DAYS[month - 1]!) return -1;
  return month * 100 + day;
}

export function isMonthDay(text: string): boolean {
  return monthDayNumber(text) >= 0;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** "YYYY-MM-DD" → days since 1970-01-01, or NaN when it is not a real calendar date. */
export function dayNumber(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return Number.NaN;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return Number.NaN;
  const monthLength = month === 2 && !isLeapYear(year) ? 28 : MONTH_DAYS[month - 1]!;
  if (day > monthLength) return Number.NaN;
  return daysFromCivil(year, month, day);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil; Date.UTC reads years 0–99 as 1900–1999). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function isCalendarDate(text: string): boolean {
  return !Number.isNaN(dayNumber(text));
}

/** days since 1970-01-01 → "YYYY-MM-DD" */
export function dateOfDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** month * 100 + day → "MM-DD" */
export function monthDayText(value: number): string {
  const month = Math.floor(value / 100);
  const day = value % 100;
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A tag is free text; `|` is the CSV separator, so it cannot be part of one. */
export function isTag(text: string): boolean {
  return text !== '' && text === text.trim() && !text.includes('|');
}
