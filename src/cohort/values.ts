/**
 * Rules for single cohort values that the zod schema (JSON files) and the CSV reader share, so a
 * value is accepted or refused with the same words whichever format it arrives in.
 */

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_DAY_PATTERN = /^(\d{2})-(\d{2})$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export const valueMessages = {
  required: 'is required',
  text: 'must be text',
  emptyText: 'must not be empty (leave the value out instead)',
  number: 'must be a number',
  nonNegative: 'must be a number, 0 or more',
  share: 'must be a number from 0 to 1',
  boolean: 'must be true or false',
  csvBoolean: 'must be true or false (also accepted: yes/no, 1/0)',
  monthDay: 'must be a month and day written MM-DD, like 03-15',
  date: 'must be a real date written YYYY-MM-DD, like 2024-03-15',
  tags: 'must be a list of tags',
  tag: 'each tag must be non-empty text without "|" or spaces around it',
  idLength: 'must be at most 128 characters',
} as const;

export const MAX_CUSTOMER_ID_LENGTH = 128;

/** "MM-DD" → month * 100 + day (02-29 allowed: a leap-day birthday exists), or -1 when not a day of the year. */
export function monthDayNumber(text: string): number {
  const match = MONTH_DAY_PATTERN.exec(text);
  if (!match) return -1;
  const month = Number(match[1]);
  const day = Number(match[2]);
  if (month < 1 || month > 12 || day < 1 || day > MONTH_DAYS[month - 1]!) return -1;
  return month * 100 + day;
}

export function isMonthDay(text: string): boolean {
  return monthDayNumber(text) >= 0;
}

/** "YYYY-MM-DD" → days since 1970-01-01, or NaN when it is not a real calendar date. */
export function dayNumber(text: string): number {
  const match = DATE_PATTERN.exec(text);
  if (!match) return Number.NaN;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // Date.UTC rolls 02-30 over into March: a real date survives the round trip unchanged
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return Number.NaN;
  return time / MS_PER_DAY;
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
