// What to do after a letter was sent: when its deadline ends, and which reminder and complaint
// letters of the same regime apply.
import { addCalendarDays, formatDate, isSupportedDate, SUPPORTED_DATES, type DateInput } from './dates';
import { computeDeadline, isPastDeadline, type DeadlineResult } from './deadline';
import type { LetterValues } from './fill';
import { findSentLetters, type SentLetterMarker } from './marker';
import { findLetter, getLetter, listLetters, type Letter } from './registry';
import type { Language } from './schema';
import { FOLLOW_UP_KINDS } from './validate';

export interface FollowUpPlan {
  /** The letter that was sent. */
  letter: Letter;
  sentDate: string;
  /** The day the recipient got the letter, when known (marker `received=` or asked for). */
  receivedDate?: string;
  /** The controller's country whose holidays count (marker `country=`), when known. */
  controllerCountry?: string;
  /**
   * Counted from receipt when `receivedDate` is known; otherwise from the sending date, which is
   * the earliest possible end (`deadline.from` says which). Absent without a verified rule.
   */
  deadline?: DeadlineResult;
  /** First day a reminder makes sense: the day after the deadline. */
  reminderFrom?: string;
  /** True when `today` is after the deadline. False when there is no deadline. */
  overdue: boolean;
  /** Reminder letters for this deadline rule, same language first, then English. */
  reminders: Letter[];
  /** Complaint letters of the regime that fit this letter, same language first, then English. */
  complaints: Letter[];
  /** Values to pre-fill in the follow-up letters. */
  values: LetterValues;
  /** One paragraph for the user. */
  explanation: string;
}

function byLanguage(letters: Letter[], language: Language): Letter[] {
  const rank = (l: Letter) => (l.language === language ? 0 : l.language === 'en' ? 1 : 2);
  return [...letters].sort((a, b) => rank(a) - rank(b));
}

/**
 * Plans the follow-up for `letterOrId` sent on `sentDate`.
 * With `extended`, the deadline includes the extension the rule allows (only when the company
 * announced it as the rule requires). Reminders are offered only for letters that exercise a
 * right; complaints for every letter except a complaint, when the complaint's wording fits it.
 */
export function planFollowUp(
  letterOrId: Letter | string,
  sentDate: DateInput,
  today: DateInput,
  options: { extended?: boolean; receivedDate?: DateInput; controllerCountry?: string; recipient?: string } = {},
): FollowUpPlan {
  const letter = typeof letterOrId === 'string' ? getLetter(letterOrId) : letterOrId;
  const sent = formatDate(sentDate);
  const followsUp = FOLLOW_UP_KINDS.includes(letter.kind);
  const sameRegime = listLetters().filter((l) => l.jurisdiction === letter.jurisdiction);

  const rule = followsUp ? undefined : letter.deadlineRule;
  const received = options.receivedDate !== undefined ? formatDate(options.receivedDate) : undefined;
  const country = options.controllerCountry ? { controllerCountry: options.controllerCountry } : {};
  const deadline = rule ? computeDeadline(rule, received ?? sent, { ...country, extended: options.extended ?? false, from: received ? 'receipt' : 'earliest' }) : undefined;
  const reminders = rule
    ? byLanguage(
        sameRegime.filter((l) => l.kind === 'reminder' && l.deadlineRule?.id === rule.id),
        letter.language,
      )
    : [];
  // A complaint tied to a deadline rule (EU, UK) describes an ignored request under that rule, so
  // it is offered only for letters with the same rule; a complaint without one is generic.
  const fits = (complaint: Letter) => complaint.deadlineRule === undefined || complaint.deadlineRule.id === letter.deadlineRule?.id;
  const complaints =
    letter.kind === 'complaint'
      ? []
      : byLanguage(
          sameRegime.filter((l) => l.kind === 'complaint' && fits(l)),
          letter.language,
        );

  const plan: FollowUpPlan = {
    letter,
    sentDate: sent,
    overdue: deadline ? isPastDeadline(deadline, today) : false,
    reminders,
    complaints,
    // The company of the earlier letter (marker `to=`) addresses its follow-ups.
    values: { sentDate: sent, ...(options.recipient ? { controller: options.recipient } : {}) },
    explanation: deadline
      ? received
        ? `${deadline.explanation} Sent ${sent}, received ${received}; the deadline ends on ${deadline.due}.`
        : `${deadline.explanation} Sent ${sent}; the receipt date is not known, so ${deadline.due} is the earliest the deadline can end (counted as if the letter arrived the day it was sent).`
      : `No verified response deadline applies to ${letter.id}, so no reminder date is computed.`,
  };
  if (received) plan.receivedDate = received;
  if (options.controllerCountry) plan.controllerCountry = options.controllerCountry;
  if (deadline) {
    plan.deadline = deadline;
    plan.reminderFrom = formatDate(addCalendarDays(deadline.due, 1));
  }
  return plan;
}

/** A letter found in a document, with its follow-up plan when the marker is complete. */
export interface SentLetter {
  marker: SentLetterMarker;
  /** Absent when the id is not (or no longer) in the catalogue. */
  letter?: Letter;
  /** Absent when the letter is unknown or the marker has no valid date. */
  plan?: FollowUpPlan;
  /** Why this marker was skipped when its plan could not be made; the other letters still count. */
  skipped?: string;
}

/** Finds the letters inserted in `text` and plans a follow-up for each. */
export function followUpsInText(text: string, today: DateInput): SentLetter[] {
  return findSentLetters(text).map((marker): SentLetter => {
    const letter = findLetter(marker.letterId);
    if (!letter) return { marker };
    if (marker.sentDate === undefined) return { marker, letter, skipped: `sent=${marker.rawSent} is not a date from ${SUPPORTED_DATES.first} to ${SUPPORTED_DATES.last}` };
    try {
      const plan = planFollowUp(letter, marker.sentDate, today, {
        ...(marker.receivedDate !== undefined ? { receivedDate: marker.receivedDate } : {}),
        ...(marker.country !== undefined ? { controllerCountry: marker.country } : {}),
        ...(marker.to !== undefined ? { recipient: marker.to } : {}),
      });
      return { marker, letter, plan };
    } catch (error) {
      // One bad marker must not cost the genuine letters in the same document (#19).
      return { marker, letter, skipped: error instanceof Error ? error.message : String(error) };
    }
  });
}

/** When a follow-up letter states something true: a reminder or a deadline complaint only after the deadline. */
export interface FollowUpTiming {
  /** True when the letter may be sent today: the deadline has passed, or the letter does not depend on it. */
  dueNow: boolean;
  /** The first day the letter is true (the day after the deadline counted from receipt), when it depends on one. */
  from?: string;
  /** The date to give the letter: today when it is due, else `from`, so it never says a period ended on a later day. */
  letterDate: string;
}

/**
 * Whether `followUp` (a reminder, or a complaint that describes an ignored request under the same
 * deadline rule) may be sent `today` for `plan`, and the date it must carry. A reminder says "that
 * period ended on …" and a deadline complaint that the request was not dealt with in time: both are
 * false before the day after the deadline.
 */
export function followUpTiming(plan: FollowUpPlan, followUp: Pick<Letter, 'kind' | 'deadlineRule'>, today: DateInput): FollowUpTiming {
  const day = formatDate(today);
  const dependsOnDeadline = followUp.kind === 'reminder' || (followUp.kind === 'complaint' && followUp.deadlineRule !== undefined);
  // Nor is any follow-up dated before the letter it follows: a reminder inserted ahead, dated the
  // day it becomes true, is not sent yet, and a complaint about it dated today would cite it.
  const from = dependsOnDeadline && plan.reminderFrom !== undefined ? plan.reminderFrom : plan.sentDate > day ? plan.sentDate : undefined;
  if (from === undefined) return { dueNow: true, letterDate: day };
  if (from <= day) return { dueNow: true, from, letterDate: day };
  return { dueNow: false, from, letterDate: from };
}

/** Why a typed receipt date cannot be used, or undefined when it can (an empty answer means "not known"). */
export type ReceivedDateProblem = 'format' | 'before-sent' | 'future';

export function receivedDateProblem(typed: string, sentDate: string, today: string): ReceivedDateProblem | undefined {
  const value = typed.trim();
  if (value === '') return undefined;
  if (!isSupportedDate(value)) return 'format';
  if (value < sentDate) return 'before-sent';
  if (value > today) return 'future';
  return undefined;
}
