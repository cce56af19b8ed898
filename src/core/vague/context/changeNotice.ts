// "We may revise this Data Use Policy from time to time. … If we make changes that we believe will
// substantially alter your rights, we will email you and prominently display a notice on our site 7
// days before we make those changes", "Open Food Facts reserves the right to modify … this policy …
// For each substantial modification, Open Food Facts will inform you at least thirty days before their
// application": the right to change the policy comes with a notice a set time ahead. Judged on real
// policies, that settles when and how the user learns of a change; a new "Last Updated" date, or a
// notice the company "may also provide", does not.
import { testCaseless, caseless } from '../../text/asciiCaseless';

/** The rules on changing the policy a dated notice resolves. */
export const CHANGE_NOTICE_RULES: ReadonlySet<string> = new Set(['may-change-policy', 'from-time-to-time', 'periodically', 'at-any-time', 'reserve-the-right']);

/** How far past the phrase's sentence the notice is looked for (before the next heading). */
export const CHANGE_NOTICE_REACH = 400;

/** The sentence is about changing the policy itself. */
const CHANGES_POLICY = caseless(
  /\b(?:revis|modif|updat|chang|amend|adapt)\w*\b[^.]{0,60}\b(?:policy|notice|statement)\b|\b(?:policy|notice|statement)\b[^.]{0,40}\b(?:revis|modif|updat|chang|amend)\w*/iu,
);
const NUMBER = String.raw`(?:\d{1,3}|one|two|three|four|five|six|seven|ten|fourteen|fifteen|twenty|thirty|sixty|ninety)`;
/** A firm notice a set time ahead: "will email you … 7 days before", "will inform you at least thirty days before", "will give you 30 days' notice". */
const DATED_NOTICE = caseless(
  new RegExp(
    String.raw`\bwill\s+(?:(?:first|always|directly)\s+)?(?:e-?mail|inform|notify|tell|contact|alert|write\s+to|give)\s+you\b[^.]{0,120}?\b(?:at\s+least\s+)?${NUMBER}\s*(?:\(\d+\)\s*)?(?:calendar\s+|business\s+|working\s+)?(?:days?|weeks?|months?)['’]?\s+(?:before|prior|in\s+advance|ahead|(?:advance\s+|prior\s+)?notice)`,
    'iu',
  ),
);

/** `sentence`: the phrase's sentence; `next`: the text from where it ends. */
export function isChangeNoticedAhead(sentence: string, next: string): boolean {
  if (!testCaseless(CHANGES_POLICY, sentence)) return false;
  let passage = sentence + next.slice(0, CHANGE_NOTICE_REACH);
  const heading = passage.search(/\n[ \t]{0,3}#/u);
  if (heading !== -1) passage = passage.slice(0, heading);
  return testCaseless(DATED_NOTICE, passage);
}
