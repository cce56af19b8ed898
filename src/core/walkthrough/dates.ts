// Calendar dates as written in front matter: YYYY-MM-DD, no time zone, so "today" is whatever
// date the caller says it is.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a real calendar date, or undefined (2025-02-30 is not a date). */
export function dayNumber(date: string): number | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Date.UTC maps years 0-99 to 1900-1999 (#19): set the full year afterwards instead.
  const check = new Date(Date.UTC(2000, month - 1, day));
  check.setUTCFullYear(year);
  const ms = check.getTime();
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return Math.round(ms / MS_PER_DAY);
}

export function isIsoDate(date: string): boolean {
  return dayNumber(date) !== undefined;
}
