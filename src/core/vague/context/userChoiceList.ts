// "personal data about you are processed, such as your e-mail address and any other information you
// decide to provide in your message", "The types of information we may collect include your name,
// email address, payment method information and any other information you choose to provide": the
// data is listed, concretely, and the one open item is what the user chooses to give. Judged on real
// policies, the vague data or the hedge on collecting it is then resolved: the user decides the rest.
import { caseless } from '../../text/asciiCaseless';
import { CONCRETE_DATA_FIRST } from './examples';

/** Hedges whose object such a list gives ("we may collect include …"). */
export const USER_CHOICE_LIST_RULES: ReadonlySet<string> = new Set(['may-collect', 'may-use', 'may-share', 'may-retain']);

/** What leads from the phrase into the list: "are processed, such as", "include", "such as". */
const LEAD = caseless(/^\s*(?:(?:are|is|will\s+be)\s+(?:processed|collected|used|stored|received)(?:,\s*|\s+))?(?:such\s+as|includes?|including|like|e\.g\.,?|for\s+example,?)\s+/iu);
/** The open last item: "and any other information you choose to provide". */
const USER_CHOICE_TAIL = caseless(
  /\b(?:and|or)\s+(?:any\s+)?other\s+(?:personal\s+)?(?:information|data|details|content)\s+(?:that\s+|which\s+)?you\s+(?:choose|decide|elect|wish|want|opt)\s+to\s+(?:provide|give|share|submit|include|send)\b/iu,
);
/** Items before it that are open themselves. */
const OPEN_ITEM = caseless(/\b(?:other|certain|various|some|etc|similar|such\s+as|including)\b/iu);
/** How far the list may run before its open last item. */
const LIST_REACH = 200;

/** `after`: the rest of the phrase's sentence. */
export function isListClosedByUserChoice(after: string): boolean {
  if (!after.includes(' you ') || !after.includes('other')) return false;
  const lead = LEAD.exec(after);
  if (!lead) return false;
  const list = after.slice(lead[0].length, lead[0].length + LIST_REACH + 80);
  const tail = USER_CHOICE_TAIL.exec(list);
  if (!tail || tail.index > LIST_REACH) return false;
  const items = list.slice(0, tail.index);
  return CONCRETE_DATA_FIRST.test(items) && !OPEN_ITEM.test(items);
}
