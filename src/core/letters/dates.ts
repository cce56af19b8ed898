// Calendar dates without a time or a time zone. Legal deadlines are counted in whole days, so
// every calculation here works on {year, month, day} and uses UTC only to find week days and to
// step over month ends; `new Date('YYYY-MM-DD')` in local time is never used. Reading and checking
// a 'YYYY-MM-DD' is src/core/text/isoDate's.
import { daysInMonth, epochDay, fromEpochDay, isCalendarDate, isIsoDate, parseIsoDate, type PlainDate } from '../text/isoDate';

export { daysInMonth, isIsoDate, isLeapYear, type PlainDate } from '../text/isoDate';

/** Either a {@link PlainDate} or an ISO calendar date string, 'YYYY-MM-DD'. */
export type DateInput = PlainDate | string;

/** A date string or object that is not a real calendar date ('2026-02-30', '2026-1-5', …). */
export class InvalidDateError extends Error {
  constructor(readonly input: string) {
    super(`Not a calendar date (expected YYYY-MM-DD): ${input}`);
    this.name = 'InvalidDateError';
  }
}

/** Validates and normalises a date given as an object or as 'YYYY-MM-DD'. */
export function parseDate(input: DateInput): PlainDate {
  if (typeof input === 'string') {
    const date = parseIsoDate(input);
    if (!date) throw new InvalidDateError(input);
    return date;
  }
  if (!isCalendarDate(input.year, input.month, input.day)) {
    throw new InvalidDateError(`${input.year}-${input.month}-${input.day}`);
  }
  return { year: input.year, month: input.month, day: input.day };
}

/**
 * The dates a letter may carry (its date, a "sent=" date): 0001-01-01 to 9998-12-31. Year 9999 is
 * left out so that every deadline counted from such a date (months at most) is still a date; a
 * letter dated 9999-12-31 used to fail with an internal "10000-1-31" (#19).
 */
export const SUPPORTED_DATES = { first: '0001-01-01', last: '9998-12-31' } as const;

/** True when `text` is a calendar date 'YYYY-MM-DD' within {@link SUPPORTED_DATES}. */
export function isSupportedDate(text: string): boolean {
  return isIsoDate(text) && text >= SUPPORTED_DATES.first && text <= SUPPORTED_DATES.last;
}

/** 'YYYY-MM-DD'. */
export function formatDate(input: DateInput): string {
  const { year, month, day } = parseDate(input);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(input: DateInput): number {
  // 1970-01-01 (day 0) was a Thursday.
  return (((epochDay(parseDate(input)) + 4) % 7) + 7) % 7;
}

/** Saturday or Sunday. Public holidays are not known here. */
export function isWeekend(input: DateInput): boolean {
  const weekday = dayOfWeek(input);
  return weekday === 0 || weekday === 6;
}

/** Negative when a is earlier, 0 when equal, positive when a is later. */
export function compareDates(a: DateInput, b: DateInput): number {
  return epochDay(parseDate(a)) - epochDay(parseDate(b));
}

/** `days` may be negative. */
export function addCalendarDays(input: DateInput, days: number): PlainDate {
  if (!Number.isInteger(days)) throw new RangeError(`Whole days only: ${days}`);
  return fromEpochDay(epochDay(parseDate(input)) + days);
}

/**
 * The same date `months` later; when that month is shorter, its last day
 * (31 Jan + 1 month = 28 Feb, or 29 Feb in a leap year; 31 Mar + 1 month = 30 Apr).
 */
export function addCalendarMonths(input: DateInput, months: number): PlainDate {
  if (!Number.isInteger(months)) throw new RangeError(`Whole months only: ${months}`);
  const start = parseDate(input);
  const monthIndex = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return { year, month, day: Math.min(start.day, daysInMonth(year, month)) };
}

/** True for a public holiday of some calendar; the default knows none. */
export type HolidayTest = (date: PlainDate) => boolean;

const NO_HOLIDAYS: HolidayTest = () => false;

/**
 * The date `days` working days after `input`, where a working day is Monday to Friday and not a
 * holiday of `isHoliday`. The start date itself is never counted (Friday + 1 = Monday).
 */
export function addBusinessDays(input: DateInput, days: number, isHoliday: HolidayTest = NO_HOLIDAYS): PlainDate {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Whole, non-negative days only: ${days}`);
  let current = parseDate(input);
  let left = days;
  while (left > 0) {
    current = addCalendarDays(current, 1);
    if (!isWeekend(current) && !isHoliday(current)) left -= 1;
  }
  return current;
}

/** The date itself when it is a working day (Monday–Friday, not a holiday); otherwise the next one. */
export function nextWorkingDay(input: DateInput, isHoliday: HolidayTest = NO_HOLIDAYS): PlainDate {
  let current = parseDate(input);
  while (isWeekend(current) || isHoliday(current)) current = addCalendarDays(current, 1);
  return current;
}
