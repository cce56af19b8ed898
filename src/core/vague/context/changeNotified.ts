// A policy change the company promises to tell the user about: "We may revise this Data Use Policy
// from time to time. … If we make changes that … alter your rights, we will email you and … display
// a notice … 7 days before", "Open Food Facts reserves the right to modify … this confidentiality
// policy …. For each substantial modification, Open Food Facts will inform you at least thirty days
// before". Judged on real policies the hedge then leaves nothing open: the user hears of the change.
// A notice that is itself hedged ("We may also provide notification") or only a new date ("we will
// change the Last Updated date") promises nothing and keeps the finding (judged true there).
// changeNotice.ts lowers the change rules themselves when the notice comes a set time ahead; this
// adds a notice without a date ("we will notify you by email"), the change sentence's other hedges,
// times and amounts ("following … internal best practices"), and the notice sentence itself.
import { CHANGE_NOTICE_REACH, CHANGE_NOTICE_RULES } from './changeNotice';
import { isAboutChangingThePolicy } from './policyChange';

/**
 * Besides those rules, the hedges, times, amounts and legal grounds of the change or of the notice:
 * why the policy changes ("following regulations and internal best practices"), how early the user
 * is told ("at least thirty days before"). What data is used, for what or by whom stays checked.
 */
const CHANGE_NOTICE_CATEGORIES: ReadonlySet<string> = new Set(['hedged-modality', 'vague-time', 'vague-quantity', 'vague-legal-basis']);

/** Which changes get the notice ("For each substantial modification", "significant changes"): who decides that stays open (marked so). */
const NOTICE_SCOPE_RULES: ReadonlySet<string> = new Set(['material-changes', 'significant']);

/** Whether a finding of this rule and category can be answered by a promised notice. */
export function isAnsweredByNotice(ruleId: string, category: string): boolean {
  return CHANGE_NOTICE_RULES.has(ruleId) || (CHANGE_NOTICE_CATEGORIES.has(category) && !NOTICE_SCOPE_RULES.has(ruleId));
}

/**
 * A promise, not a hedge, to tell the user: "we will email you", "Open Food Facts will inform you",
 * "we will notify you by email", "we will let you know"; or a notice the policy says will be posted
 * ("A notice will be posted on our homepage for 30 days whenever this privacy statement is changed in
 * a material way"). "we will use reasonable efforts to notify you" is itself hedged (marked so).
 */
const WILL_TELL_YOU =
  /\b(?:[Ww]e|[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+){0,3})\s+(?:will|shall)\s+(?:(?:always|also|first|promptly|directly)\s+)?(?:e-?mail|notify|inform|tell|alert|write to|contact|let)\s+you\b|\b[Aa]n?\s+(?:prominent\s+)?notice\s+(?:will|shall)\s+be\s+(?:posted|displayed|shown|published)\b/u;

/**
 * `sentence`: the finding's sentence; `next`: the text right after it; `previous`: the sentence
 * before it (read only when needed), for the notice sentence itself ("… reserves the right to modify this policy. For each
 * substantial modification, Open Food Facts will inform you at least thirty days before").
 */
/** What WILL_TELL_YOU needs at least: the pattern is slow, and most sentences lack these words. */
const WILL_WORD = /\s(?:will|shall)\s/;

function promisesToTell(text: string): boolean {
  return WILL_WORD.test(text) && WILL_TELL_YOU.test(text);
}

export function isChangeNotified(sentence: string, next: string, previous: () => string): boolean {
  if (!isAboutChangingThePolicy(sentence)) return promisesToTell(sentence) && isAboutChangingThePolicy(previous());
  const paragraphEnd = next.search(/\n[ \t]*\n|\n#/u);
  const rest = next.slice(0, paragraphEnd === -1 ? CHANGE_NOTICE_REACH : Math.min(paragraphEnd, CHANGE_NOTICE_REACH));
  return promisesToTell(sentence) || promisesToTell(rest);
}
