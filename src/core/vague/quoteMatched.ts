// A finding's message quotes the words as the document wrote them ("develop and improve AI"),
// not the rule's canonical phrase ("training our models"): every rule message quotes its phrase
// once in “…” (German and French messages may use „…“ or «…»), and that quotation is replaced.
// The canonical wording stays in the hover. A phrase that runs over a line break in a block quote
// is quoted without the next line's quote marker ("notre intérêt légitime", not "notre > intérêt").

import { detachedCopy } from '../text/detachedCopy';

const QUOTES: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['„', '“'],
  ['«', '»'],
];

export function quoteMatched(message: string, matched: string): string {
  // A phrase that runs on to the next line of a block quote: the words, not the "> " between them.
  const written = matched
    .replace(/\n[ \t]*(?:>[ \t]*)+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (written === '') return message;
  for (const [opening, closing] of QUOTES) {
    const open = message.indexOf(opening);
    const close = open === -1 ? -1 : message.indexOf(closing, open + 1);
    if (close === -1) continue;
    const inner = opening === '«' ? ` ${written} ` : written;
    // Findings outlive the text they were matched in (a slice's masked copy): keep none of it alive.
    return detachedCopy(`${message.slice(0, open)}${opening}${inner}${closing}${message.slice(close + 1)}`);
  }
  return message;
}
