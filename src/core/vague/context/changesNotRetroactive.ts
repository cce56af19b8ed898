// A policy change the policy says will not reach back: "We may revise this policy from time to time.
// The changes will not be retroactive", "Any changes will only apply to information collected after
// the posted date", "the policy that was in place at the time that you submitted personal information to us
// will generally govern that information". Judged on real policies, when or why the policy changes then leaves nothing open
// about data already given: a change cannot widen what is done with it.
import { asciiTwinned } from '../../text/asciiTwinned';
import { testCaseless } from '../../text/asciiCaseless';
import { isAboutChangingThePolicy } from './policyChange';

/** Rules about when or whether the company changes its policy. */
export const POLICY_CHANGE_RULES: ReadonlySet<string> = new Set(['may-change-policy', 'from-time-to-time', 'periodically', 'at-any-time', 'subject-to-change']);

/** How far into the next sentence the promise may stand. */
export const NOT_RETROACTIVE_REACH = 200;

/** The changes do not apply to what was collected before them ("Refunds will not be retroactive" is not about the policy). */
const CHANGES = String.raw`(?:the\s+|any\s+|such\s+|these\s+)?(?:changes?|revisions?|updates?|amendments?|modifications?)`;
const NOT_RETROACTIVE = asciiTwinned(
  () =>
    new RegExp(
      String.raw`\b${CHANGES}\s+(?:will|shall|do|does|are|is)\s+not\s+(?:be\s+)?(?:applied\s+|apply\s+)?retroactive(?:ly)?\b|\b${CHANGES}\s+(?:will|shall)\s+(?:only|solely)\s+apply\s+to\s+(?:[\p{L}-]+\s+){0,3}?(?:collected|obtained|received|provided)\s+(?:after|from)\b|\b(?:policy|notice|statement)\s+(?:that\s+was\s+|which\s+was\s+)?in\s+(?:place|effect|force)\s+at\s+the\s+time\b[^.]{0,80}?\b(?:will|shall)\s+(?:generally\s+)?govern\b`,
      'iu',
    ),
);

/** `sentence`: the finding's sentence; `next`: the text right after it (the next sentence). */
export function isChangeNotRetroactive(sentence: string, next: string): boolean {
  if (!isAboutChangingThePolicy(sentence)) return false;
  return testCaseless(NOT_RETROACTIVE, sentence) || testCaseless(NOT_RETROACTIVE, next.slice(0, NOT_RETROACTIVE_REACH));
}
