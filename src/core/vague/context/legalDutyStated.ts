// A legal duty whose sentence says what the law requires of the company, where that is no open use
// or disclosure of your data: telling you ("required by law to inform you of a breach"), giving you
// access ("provide access to any other information as required by law"), or keeping a record for a
// stated time ("required by law to retain a copy … for six years"). Judged not vague on real
// policies (zcash-foundation, promptfoo, godot-engine, electromagnetic-field): the unnamed law
// there is a duty owed to you, or a retention with its period, not a blank basis for processing.
// "unless we are required by law to retain your information" (no period) and "may be provided to
// governmental bodies … as required by law" (a disclosure) stay.
import { caseless } from '../../text/asciiCaseless';

/** The legal-duty phrases this reads: "as required by law", "legal obligation". */
export const LEGAL_DUTY_RULES: ReadonlySet<string> = new Set(['as-required-by-law', 'legal-obligations']);

/** How far back in the sentence a notice to the user, or access given, is looked for. */
export const LEGAL_DUTY_REACH = 250;

/** Right after the phrase: the duty is to tell the user ("required by law to inform you of a breach"). */
const TO_USER_AFTER = caseless(/^[ \t]*to[ \t]+(?:inform|notify|tell|alert|warn)[ \t]+(?:you|users|parents|affected[ \t]+(?:users|individuals|persons|people))\b/iu);

/**
 * Earlier in the clause: the company tells the user or gives access ("We will notify you … and will
 * take additional steps as required by applicable law", "provide access to any other information as
 * required by law"), with no use or disclosure of data between it and the phrase.
 */
const TO_USER_BEFORE = caseless(
  /(?:\b(?:notif(?:y|ies|ying)|inform(?:s|ing)?|tell(?:s|ing)?|alert(?:s|ing)?)[ \t]+(?:you|users|parents|affected[ \t]+(?:users|individuals|persons|people))\b|\b(?:provide|give|grant)s?[ \t]+(?:(?:you|parents|users)[ \t]+)?(?:with[ \t]+)?access[ \t]+to\b)(?:(?!\b(?:share|sell|disclos|transfer|retain|keep|store|process|collect|use)[a-z]*\b)[^.;!?\n])*$/iu,
);

/** Right after the phrase: a duty to keep data for a stated time ("to retain a copy, which includes your details, for six years"). */
const RETAINED_FOR_PERIOD_AFTER = caseless(
  /^[ \t]*to[ \t]+(?:retain|keep|store|preserve|hold)\b[^.;!?\n]{0,100}?\bfor[ \t]+(?:a[ \t]+(?:period|minimum)[ \t]+of[ \t]+|at[ \t]+least[ \t]+|up[ \t]+to[ \t]+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+(?:days?|weeks?|months?|years?)\b/iu,
);

/** `before`: the sentence before the phrase; `after`: the sentence after it. */
export function isLegalDutyToUser(before: string, after: string): boolean {
  return TO_USER_AFTER.test(after) || TO_USER_BEFORE.test(before.slice(-LEGAL_DUTY_REACH));
}

/** `after`: the sentence after the phrase. */
export function isLegalRetentionWithPeriod(after: string): boolean {
  return RETAINED_FOR_PERIOD_AFTER.test(after);
}
