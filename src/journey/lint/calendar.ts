/** Days in each month of a leap year: a birthday on 29 February is a real birthday. */
const longestMonths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function isDayOfMonth(month: number, day: number, year?: number): boolean {
  const longest = longestMonths[month - 1];
  if (longest === undefined || day < 1) return false;
  if (month === 2 && year !== undefined && !isLeapYear(year)) return day <= 28;
  return day <= longest;
}

/** "MM-DD" naming a day that exists in some year ("02-29" does, "02-30" does not). */
export function isMonthDay(text: string): boolean {
  const match = /^(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isDayOfMonth(Number(match[1]), Number(match[2]));
}

/** "YYYY-MM-DD" naming a day on the calendar ("2024-02-29" does, "2025-02-29" does not). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isDayOfMonth(Number(match[2]), Number(match[3]), Number(match[1]));
}
