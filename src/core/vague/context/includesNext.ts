// "We receive some information automatically when you visit Open Humans. This includes information
// about the device, browser, and operating system you use …, your IP address, the website that
// referred you …", "we collect any data and metadata contained in the package. This includes gem
// specification (gem spec) data, including gem author names and email addresses": the next sentence
// lists what the data is. Judged on real policies, the vague phrase is then resolved; a next sentence
// that only gives examples ("This includes, for example, …") or keeps the list open does not.
import { testCaseless, caseless } from '../../text/asciiCaseless';

/** How far past the phrase's sentence the next sentence is read. */
export const INCLUDES_NEXT_REACH = 400;

/** The next sentence opens by saying what the data includes. */
const INCLUDES_LEAD = caseless(/^[ \t]*(?:This|These|That|Such|The)(?:\s+(?:personal\s+)?(?:information|data|details))?\s+(?:includes?|consists?\s+of|comprises?|contains?)\s+/iu);
/** …but gives examples, keeps the list open, or starts with something as vague. */
const OPEN_START = caseless(
  /^(?:,|but\b|among\b|without\b|for\s+(?:example|instance)|e\.\s?g\.|such\s+as|things\s+like|(?:but\s+)?(?:is|are)\s+not\s+limited|(?:any|other|certain|some|various|all)\b|(?:your\s+)?(?:personal\s+)?(?:data|information)\s*[,.]|the\s+following\b)/iu,
);
/** The rest of the next sentence still lists several items (a comma, or an "and") and leaves none open. */
const SEVERAL_ITEMS = /,|\band\b/u;
const OPEN_END = caseless(/\b(?:etc\.?|and\s+(?:so\s+on|more)|or\s+other|and\s+other|among\s+other|such\s+as|for\s+example|e\.\s?g\.)\b/iu);

/** `next` starts where the phrase's sentence ends. */
export function isListedInNextSentence(next: string): boolean {
  const passage = next
    .slice(0, INCLUDES_NEXT_REACH)
    .replace(/^[.!?]?["”’)]*/u, '')
    .replace(/^\s*/u, ' ');
  // The next sentence must follow in the same paragraph.
  if (/^ ?\n/u.test(next.replace(/^[.!?]?["”’)]*[ \t]*/u, ''))) return false;
  const lead = INCLUDES_LEAD.exec(passage);
  if (!lead) return false;
  const rest = passage.slice(lead[0].length);
  const end = rest.search(/[.!?](?:\s|$)|\n/u);
  const list = end === -1 ? rest : rest.slice(0, end);
  return !testCaseless(OPEN_START, list) && SEVERAL_ITEMS.test(list) && !testCaseless(OPEN_END, list);
}
