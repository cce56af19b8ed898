// Phrases that point back at what the text has just said. "These special circumstances may require
// us to disclose…" after the sentence that lists them; "Some of these tools" after the tools were
// named; "Twitter, Facebook, YouTube and similar sites": the items before show what kind of thing
// is meant. Judged on real policies, none of them leaves the reader without an answer.
import { caseless } from '../../text/asciiCaseless';

/** Quantity and time rules whose phrase "these"/"those"/"such" ties to what was just described. */
export const BACK_REFERENCE_CATEGORIES: ReadonlySet<string> = new Set(['vague-time', 'vague-quantity']);

const DEMONSTRATIVE_BEFORE = caseless(/\b(?:these|those|such)\s+$/iu);
const DEMONSTRATIVE_IN_PHRASE = caseless(/\b(?:of|in) (?:these|those)$/iu);

/** `before`: the sentence up to the phrase; `matched`: the phrase as written. */
export function refersBack(before: string, matched: string): boolean {
  return DEMONSTRATIVE_BEFORE.test(before.slice(-12)) || DEMONSTRATIVE_IN_PHRASE.test(matched);
}

/** Rules that close a list ("and similar") the items before it explain. */
export const LIST_CLOSING_RULES: ReadonlySet<string> = new Set(['and-similar']);
/** How long one item of such a list may be. */
const ITEM_LENGTH = 40;

/** At least three short items, comma-separated, in the same clause right before "and similar": "A, B, C and similar". */
export function closesAListOfThree(before: string): boolean {
  const tail = before.slice(-(ITEM_LENGTH * 4));
  const clause = tail.slice(Math.max(...['.', ';', ':', '!', '?', '\n'].map((mark) => tail.lastIndexOf(mark))) + 1);
  // The first piece starts the clause and holds the first item ("in response to a subpoena"); the
  // pieces after it are the other items, the last one empty after a serial comma.
  const items = clause.split(',').map((item) => item.trim());
  const after = items.slice(1);
  if (after.at(-1) === '') after.pop();
  return after.length >= 2 && after.every((item) => item !== '' && item.length <= ITEM_LENGTH);
}
