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
  type PlainDate,
} from './dates';
import type { DeadlineRule } from './schema';

export type PeriodUnit = DeadlineRule['period']['unit'];

/** A counted deadline and the reasoning behind it. */
export interface DeadlineResult {
  ruleId: string;
  /** Day the request was received (the start of the period), 'YYYY-MM-DD'. */
  received: string;
  /** Last day of the period, 'YYYY-MM-DD'. */
  due: string;
  /** The date before it was moved off a weekend; absent when it was not moved. */
  unadjusted?: string;
  /** True when the extension allowed by the rule was included. */
  extended: boolean;
  /** One or two sentences naming the rule, the counting method and any adjustment. */
  explanation: string;
}

/** Thrown when an extension is asked for but the rule allows none. */
export class NoExtensionError extends Error {
  constructor(readonly ruleId: string) {
    super(`The deadline rule ${ruleId} allows no extension.`);
    this.name = 'NoExtensionError';
  }
}

/** Adds a period to a date: months by the calendar-month rule, days as calendar or working days. */
export function addPeriod(start: DateInput, amount: number, unit: PeriodUnit): PlainDate {
  switch (unit) {
    case 'months':
      return addCalendarMonths(start, amount);
    case 'calendar-days':
      return addCalendarDays(start, amount);
    case 'business-days':
      return addBusinessDays(start, amount);
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
      return 'counted from the day after receipt, Monday to Friday only (weekends skipped; public holidays are not taken into account)';
  }
}

function rollForwardWords(rule: DeadlineRule): string {
  const basis = rule.rollForwardBasis ? ` (${rule.rollForwardBasis})` : '';
  return `a date falling on a Saturday or Sunday moves to the next working day${basis}; public holidays are not taken into account`;
}

/** The rule in words, without dates: for listings and hovers. */
export function describeDeadlineRule(rule: DeadlineRule): string {
  const parts = [`${rule.description} (${rule.citation}), ${countingWords(rule.period.unit)}`];
  if (rule.extension) {
    parts.push(
      `extendable by ${periodWords(rule.extension.amount, rule.extension.unit)} ${rule.extension.condition}`,
    );
  }
  if (rule.rollForward) parts.push(rollForwardWords(rule));
  return parts.join('; ');
}

/**
 * Counts the deadline for a request received on `received`.
 * With `extended`, the rule's extension is added to the period (GDPR: one month plus two further
 * months = three months from receipt). Throws {@link NoExtensionError} when the rule has none.
 */
export function computeDeadline(
  rule: DeadlineRule,
  received: DateInput,
  options: { extended?: boolean } = {},
): DeadlineResult {
  const start = parseDate(received);
  const extended = options.extended ?? false;
  if (extended && !rule.extension) throw new NoExtensionError(rule.id);

  let end = addPeriod(start, rule.period.amount, rule.period.unit);
  let text = `${rule.description} (${rule.citation}), ${countingWords(rule.period.unit)}`;
  if (extended && rule.extension) {
    const { amount, unit } = rule.extension;
    end = addPeriod(end, amount, unit);
    text += `, plus the extension of ${periodWords(amount, unit)}`;
  }

  let unadjusted: string | undefined;
  if (rule.rollForward) {
    text += `; ${rollForwardWords(rule)}`;
    if (isWeekend(end)) {
      const moved = nextWorkingDay(end);
      unadjusted = formatDate(end);
      text += `. ${unadjusted} is a ${weekdayName(end)}, so the period runs to ${formatDate(moved)}`;
      end = moved;
    }
  }

  const result: DeadlineResult = {
    ruleId: rule.id,
    received: formatDate(start),
    due: formatDate(end),
    extended,
    explanation: `${capitalise(text)}.`,
  };
  if (unadjusted !== undefined) result.unadjusted = unadjusted;
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
