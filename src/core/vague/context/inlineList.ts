// "It may include the following: first name, last name; company name; company size; …": the hedge
// leads into a list it gives in the same sentence, which says what the data is. Judged not vague on
// real policies; a list that opens with a vague item ("other data, …") keeps the finding.
import { caseless } from '../../text/asciiCaseless';

/** Hedges about what data is included, which the list after them answers. */
export const INLINE_LIST_RULES: ReadonlySet<string> = new Set(['may-include']);

/** "the following:" and a first item that is not itself vague, with at least two more separators. */
const FOLLOWING_LIST = caseless(/^[ \t]+the[ \t]+following[ \t]*:(?![ \t]*(?:other|any|certain|some|such|similar|related|additional|various|etc)\b)[ \t]*[^,;.\n]{2,60}[,;][^,;.\n]{2,60}[,;]/iu);

/** Whether the text right after the hedge (`after`) gives the list inline. */
export function isFollowedByInlineList(after: string): boolean {
  return FOLLOWING_LIST.test(after);
}
