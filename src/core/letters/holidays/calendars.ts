// Public-holiday calendars for deadline counting, read from the generated table. A calendar is
// named by an ISO 3166 code ("FR", "IE"), a UK nation ("GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR")
// or "US-CA". "GB" alone is the bank holidays common to all four nations, so a date counted
// with it is never later than the one for the controller's own nation.
import { formatDate, type DateInput } from '../dates';
import { HOLIDAY_DATA_VERSION, HOLIDAY_TABLE, HOLIDAY_YEARS } from './table';

export interface HolidayCalendar {
  /** e.g. "FR", "GB-ENG", "US-CA". */
  id: string;
  /** e.g. "France", "England". */
  name: string;
  /** Where the dates come from, for explanations. */
  source: string;
  isHoliday(date: DateInput): boolean;
  /** False outside the years the table holds: there, holidays are unknown. */
  covers(year: number): boolean;
}

const UK_NATIONS = ['GB-ENG', 'GB-WLS', 'GB-SCT', 'GB-NIR'] as const;

function daysOf(id: string): Set<string> {
  const entry = HOLIDAY_TABLE[id];
  return new Set(entry ? entry.days.split(' ') : []);
}

function commonUkDays(): Set<string> {
  const [first, ...rest] = UK_NATIONS.map(daysOf);
  return new Set([...(first ?? [])].filter((d) => rest.every((set) => set.has(d))));
}

const cache = new Map<string, HolidayCalendar>();

function build(id: string): HolidayCalendar | undefined {
  const isGb = id === 'GB';
  const entry = HOLIDAY_TABLE[id];
  if (!entry && !isGb) return undefined;
  const days = isGb ? commonUkDays() : daysOf(id);
  const source =
    id === 'US-CA'
      ? 'California state holidays (CalHR, Govt. Code 19853: https://www.calhr.ca.gov/employees/Pages/holidays.aspx)'
      : `public holidays from ${HOLIDAY_DATA_VERSION} (https://github.com/commenthol/date-holidays)`;
  return {
    id,
    name: isGb ? 'United Kingdom (bank holidays common to all four nations)' : (entry?.name ?? id),
    source,
    isHoliday: (date) => days.has(formatDate(date).replaceAll('-', '')),
    covers: (year) => year >= HOLIDAY_YEARS.first && year <= HOLIDAY_YEARS.last,
  };
}

/** Upper-cases and maps "UK" to "GB"; "gb-eng" → "GB-ENG". */
export function normaliseCalendarId(code: string): string {
  const upper = code.trim().toUpperCase();
  if (upper === 'UK') return 'GB';
  return upper.startsWith('UK-') ? `GB-${upper.slice(3)}` : upper;
}

/** The calendar for a code, or undefined when none is known for it. */
export function holidayCalendar(code: string): HolidayCalendar | undefined {
  const id = normaliseCalendarId(code);
  if (!cache.has(id)) {
    const calendar = build(id);
    if (!calendar) return undefined;
    cache.set(id, calendar);
  }
  return cache.get(id);
}

/** Every calendar id the table holds, plus "GB". */
export function knownCalendarIds(): string[] {
  return [...Object.keys(HOLIDAY_TABLE), 'GB'].sort();
}

export { HOLIDAY_YEARS };
