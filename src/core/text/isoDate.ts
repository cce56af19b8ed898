// Calendar dates written YYYY-MM-DD, without a time or a time zone: letter dates and markers, the
// command line's --date, walkthrough front matter. The one check for them: years 0001 to 9999 and
// real days only (2026-02-30 and 0000-01-01 are not dates). `new Date('YYYY-MM-DD')` in local time
// is never used; UTC serves only to count days.

/** A calendar date. `month` is 1–12, `day` is 1–31. */
export interface PlainDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for leap years of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year, month and day name a real date in 0001-01-01 … 9999-12-31. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The date `text` names as 'YYYY-MM-DD', or undefined when it is not one. */
export function parseIsoDate(text: string): PlainDate | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDate(year, month, day) ? { year, month, day } : undefined;
}

/** True when `text` is a real calendar date written as 'YYYY-MM-DD'. */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

/** Days since 1970-01-01 (negative before it). */
export function epochDay({ year, month, day }: PlainDate): number {
  // Date.UTC maps years 0–99 to 1900–1999 (#19); setUTCFullYear afterwards does not.
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return Math.round(date.getTime() / DAY_MS);
}

/** The date of a day number from {@link epochDay}. */
export function fromEpochDay(days: number): PlainDate {
  const date = new Date(days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Days since 1970-01-01 of a date written 'YYYY-MM-DD', or undefined when it is not one. */
export function dayNumber(text: string): number | undefined {
  const date = parseIsoDate(text);
  return date === undefined ? undefined : epochDay(date);
}
