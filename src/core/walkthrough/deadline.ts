// Where a deadline stands relative to a given day. Pure: the caller passes today's date.
import { dayNumber } from '../text/isoDate';

export type DeadlineState = 'none' | 'past' | 'soon' | 'ok';

/** A deadline this many days away or fewer counts as 'soon'. */
export const DEADLINE_SOON_DAYS = 14;

/** Whole days from `today` to `deadline` (negative when past), or undefined if either is not a date. */
export function daysUntil(deadline: string | undefined, today: string): number | undefined {
  if (deadline === undefined) return undefined;
  const due = dayNumber(deadline);
  const now = dayNumber(today);
  if (due === undefined || now === undefined) return undefined;
  return due - now;
}

/**
 * 'none' when there is no valid deadline (or `today` is not a YYYY-MM-DD date), 'past' once the
 * deadline day is over, 'soon' from 14 days before up to and including the deadline day, else 'ok'.
 */
export function deadlineState(deadline: string | undefined, today: string): DeadlineState {
  const days = daysUntil(deadline, today);
  if (days === undefined) return 'none';
  if (days < 0) return 'past';
  if (days <= DEADLINE_SOON_DAYS) return 'soon';
  return 'ok';
}
