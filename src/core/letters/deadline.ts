// Counts a response deadline from the day a request was received, and says in words which rule
// produced the date, so the user can check it instead of trusting a bare date.
import {
  addBusinessDays,
  addCalendarDays,
  addCalendarMonths,
  compareDates,
  dayOfWeek,
  formatDate,
  isWeekend,
  nextWorkingDay,
  parseDate,
  type DateInput,
  type HolidayTest,
  type PlainDate,
} from './dates';
import { holidayCalendar, type HolidayCalendar } from './holidays/calendars';
import type { DeadlineRule } from './schema';

export type PeriodUnit = DeadlineRule['period']['unit'];

/**
 * Where the period starts: "receipt" when the day the recipient received the request is known;
 * "earliest" when it is counted from the day it was sent, which gives the earliest possible end.
 */
export type DeadlineFrom = 'receipt' | 'earliest';

/** A counted deadline and the reasoning behind it. */
export interface DeadlineResult {
  ruleId: string;
  /** Day the period starts: the receipt date, or the sending date when `from` is "earliest". */
  received: string;
  from: DeadlineFrom;
  /** Last day of the period, 'YYYY-MM-DD'. */
  due: string;
  /** The date before it was moved off a weekend or holiday; absent when it was not moved. */
  unadjusted?: string;
  /** The holiday calendar used (e.g. "FR", "GB-ENG", "US-CA"); absent when none was. */
  calendar?: string;
  /** Holidays that were skipped while counting or rolled over at the end, 'YYYY-MM-DD'. */
  holidaysSkipped: string[];
  /** True when the extension allowed by the rule was included. */
  extended: boolean;
  /** A few sentences naming the rule, the counting method, the calendar and any adjustment. */
  explanation: string;
}

/** Thrown when an extension is asked for but the rule allows none. */
export class NoExtensionError extends Error {
  constructor(readonly ruleId: string) {
    super(`The deadline rule ${ruleId} allows no extension.`);
    this.name = 'NoExtensionError';
  }
}

export interface DeadlineOptions {
  extended?: boolean;
  /** Defaults to "receipt". */
  from?: DeadlineFrom;
  /**
   * The controller's country of establishment (or UK nation), for rules whose holidays follow it:
   * "FR", "GB-SCT". Ignored by rules with a fixed calendar or none.
   */
  controllerCountry?: string;
}

/** Adds a period to a date: months by the calendar-month rule, days as calendar or working days. */
export function addPeriod(start: DateInput, amount: number, unit: PeriodUnit, isHoliday?: HolidayTest): PlainDate {
  switch (unit) {
    case 'months':
      return addCalendarMonths(start, amount);
    case 'calendar-days':
      return addCalendarDays(start, amount);
    case 'business-days':
      return addBusinessDays(start, amount, isHoliday);
  }
}

function periodWords(amount: number, unit: PeriodUnit): string {
  const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  const count = amount < numberWords.length ? numberWords[amount] : String(amount);
  const noun = { months: 'month', 'calendar-days': 'calendar day', 'business-days': 'business day' }[unit];
  return `${count} ${noun}${amount === 1 ? '' : 's'}`;
}

function countingWords(unit: PeriodUnit): string {
  switch (unit) {
    case 'months':
      return 'counted to the same date in the later month, or to the last day of that month when it is shorter';
    case 'calendar-days':
      return 'counted from the day after receipt';
    case 'business-days':
      return 'counted from the day after receipt, Monday to Friday only';
  }
}

/** The calendar a rule uses for this controller, or why there is none. */
function calendarFor(rule: DeadlineRule, controllerCountry: string | undefined): { calendar?: HolidayCalendar; missing?: string } {
  if (!rule.holidays) return {};
  const code = rule.holidays.calendar === 'controller-country' ? controllerCountry : rule.holidays.calendar;
  if (code === undefined || code.trim() === '') return { missing: "the controller's country of establishment is not known" };
  const calendar = holidayCalendar(code);
  return calendar ? { calendar } : { missing: `no holiday calendar is known for "${code}"` };
}

function holidayWords(rule: DeadlineRule, calendar: HolidayCalendar | undefined, missing: string | undefined): string {
  if (!rule.holidays) return 'public holidays are not taken into account';
  if (!calendar) return `public holidays are not taken into account because ${missing ?? 'no calendar is known'}, so the period may end later`;
  return `public holidays of ${calendar.name} (${calendar.id}) count as non-working days (${rule.holidays.basis}; dates: ${calendar.source})`;
}

/** The rule in words, without dates: for listings and hovers. */
export function describeDeadlineRule(rule: DeadlineRule): string {
  const parts = [`${rule.description} (${rule.citation}), ${countingWords(rule.period.unit)}`];
  if (rule.extension) {
    parts.push(`extendable by ${periodWords(rule.extension.amount, rule.extension.unit)} ${rule.extension.condition}, counted from receipt`);
  }
  if (rule.rollForward) {
    const basis = rule.rollForwardBasis ? ` (${rule.rollForwardBasis})` : '';
    parts.push(`a date falling on a Saturday, Sunday${rule.holidays ? ' or public holiday' : ''} moves to the next working day${basis}`);
  }
  if (rule.holidays) {
    const where = rule.holidays.calendar === 'controller-country' ? "of the controller's country of establishment" : `of ${rule.holidays.calendar}`;
    parts.push(`public holidays ${where} count as non-working days (${rule.holidays.basis})`);
  }
  return parts.join('; ');
}

function holidaysBetween(from: PlainDate, to: PlainDate, calendar: HolidayCalendar): string[] {
  const found: string[] = [];
  for (let day = addCalendarDays(from, 1); compareDates(day, to) <= 0; day = addCalendarDays(day, 1)) {
    if (!isWeekend(day) && calendar.isHoliday(day)) found.push(formatDate(day));
  }
  return found;
}

/**
 * Counts the deadline for a request received on `received`.
 * With `extended`, the rule's extension is counted from receipt together with the period (GDPR:
 * one month plus two further months = three months from receipt, so 31 Jan → 30 Apr, not the
 * 28 Apr that adding two months to an end clamped to 28 Feb would give). Throws
 * {@link NoExtensionError} when the rule has none.
 */
export function computeDeadline(rule: DeadlineRule, received: DateInput, options: DeadlineOptions = {}): DeadlineResult {
  const start = parseDate(received);
  const extended = options.extended ?? false;
  const from = options.from ?? 'receipt';
  if (extended && !rule.extension) throw new NoExtensionError(rule.id);
  const { calendar, missing } = calendarFor(rule, options.controllerCountry);
  const isHoliday: HolidayTest = calendar ? (d) => calendar.isHoliday(d) : () => false;

  let text = `${rule.description} (${rule.citation}), ${countingWords(rule.period.unit)}`;
  let end: PlainDate;
  if (extended && rule.extension) {
    const { amount, unit } = rule.extension;
    end =
      unit === rule.period.unit
        ? addPeriod(start, rule.period.amount + amount, unit, isHoliday)
        : addPeriod(addPeriod(start, rule.period.amount, rule.period.unit, isHoliday), amount, unit, isHoliday);
    text += `, plus the extension of ${periodWords(amount, unit)}, counted from receipt`;
  } else {
    end = addPeriod(start, rule.period.amount, rule.period.unit, isHoliday);
  }
  const skipped = calendar && rule.period.unit === 'business-days' ? holidaysBetween(start, end, calendar) : [];

  let unadjusted: string | undefined;
  if (rule.rollForward) {
    const basis = rule.rollForwardBasis ? ` (${rule.rollForwardBasis})` : '';
    text += `; a date falling on a Saturday, Sunday${rule.holidays ? ' or public holiday' : ''} moves to the next working day${basis}`;
    const moved = nextWorkingDay(end, isHoliday);
    if (compareDates(moved, end) !== 0) {
      unadjusted = formatDate(end);
      const why = isWeekend(end) ? `a ${weekdayName(end)}` : 'a public holiday';
      for (let day = end; compareDates(day, moved) < 0; day = addCalendarDays(day, 1)) {
        if (!isWeekend(day) && isHoliday(day)) skipped.push(formatDate(day));
      }
      text += `. ${unadjusted} is ${why}, so the period runs to ${formatDate(moved)}`;
      end = moved;
    }
  }
  if (rule.holidays) text += `; ${holidayWords(rule, calendar, missing)}`;
  if (calendar && !calendar.covers(end.year)) text += `; the holiday table does not cover ${end.year}, so holidays of that year are not known`;
  if (skipped.length > 0) text += `; holidays skipped: ${skipped.join(', ')}`;
  if (from === 'earliest') {
    text += '. The receipt date is not known: counted from the day the letter was sent, this is the earliest possible end';
  }

  const result: DeadlineResult = {
    ruleId: rule.id,
    received: formatDate(start),
    from,
    due: formatDate(end),
    holidaysSkipped: skipped,
    extended,
    explanation: `${capitalise(text)}.`,
  };
  if (unadjusted !== undefined) result.unadjusted = unadjusted;
  if (calendar) result.calendar = calendar.id;
  return result;
}

/** True once `today` is later than the last day of the period. */
export function isPastDeadline(deadline: DeadlineResult, today: DateInput): boolean {
  return compareDates(today, deadline.due) > 0;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function weekdayName(date: PlainDate): string {
  return WEEKDAYS[dayOfWeek(date)] ?? '';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
