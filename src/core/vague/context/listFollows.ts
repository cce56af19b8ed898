// "OPF processes a minimal amount of personal data. We process the following personal data:" and a
// list; "Certain information is already processed automatically. We have listed below which:"; "It
// may include the following:" and a list. When the phrase's sentence, or the one right after it,
// leads into a list below, the list says what the phrase leaves open (judged so on real policies).
// The list must start with something specific: "- service providers" resolves nothing. After a
// lead-in that ends in "the following …", headed parts ("### a. Access data") and labelled
// paragraphs ("**IP address** : …") are such a list too, and the lead-in may be a one-line
// paragraph of its own right after the phrase's.
import { testCaseless, caseless } from '../../text/asciiCaseless';

/** How far past the phrase's sentence the lead-in of the list is looked for. */
export const LIST_LEAD_REACH = 300;

/** A line that starts a list item, a table row or a code fence. */
const LIST_START = /^[ \t>]*(?:[-*+][ \t]|\d{1,3}[.)][ \t]|\||```)/u;
/**
 * Policies also give such a list as headed parts ("### a. Access data") or bold-labelled paragraphs
 * ("**IP address** : Your IP address is processed …"): the heading or label is the first item.
 */
/** The lead-in a headed or labelled list needs: the paragraph ends in "the following …" ("grouped into the following categories:"), not in a loose "below". */
const FOLLOWING_LEAD = caseless(/\bthe following\b[^.:;\n]{0,60}[.:]$/iu);
const HEADED_ITEM = /^[ \t>]*(?:#{1,6}[ \t]+(?:[\p{L}\d]{1,3}[.)][ \t]+)?(?<heading>[^\n]+)|\*\*(?<label>[^*\n]{2,60}?)[ \t]*:?\*\*[ \t]*:)/u;
/**
 * A lead-in in the next sentence: "the following", "listed below", "as follows". Not "For example"
 * or "For instance": a list of examples leaves the phrase open (judged so on real policies).
 */
const NEXT_SENTENCE_LEAD = caseless(/\b(?:the following|listed below|below|as follows)\b/iu);
const EXAMPLES_LEAD = caseless(/\b(?:for example|for instance|e\.\s?g\.|such as|including)\b/iu);
/** What a list is of, read from the lead-in of a list in the next sentence ("We collect the following information:" is not a list of recipients). */
export type ListKind = 'recipients' | 'data' | 'any';
const LEAD_NOUN: Record<Exclude<ListKind, 'any'>, RegExp> = {
  recipients: /\b(?:providers?|partners?|recipients?|compan(?:y|ies)|services?|vendors?|processors?|third[ -]part(?:y|ies)|organi[sz]ations?|suppliers?|tools?)\b/iu,
  data: /\b(?:data|information|details|categories|personal)\b/iu,
};
/** What the sentence's own list gives when the colon follows "for" or "to": purposes, not the phrase's items ("uses cookies and other tracking technologies for:"). */
const PURPOSE_LEAD = caseless(/\b(?:for|to|in order to|so that|when|if|because|where)\s*$/iu);
/** A first item that is itself vague: the list does not resolve the phrase. */
const VAGUE_FIRST_ITEM = caseless(
  /^(?:(?:our|your|the|some|certain|other|any|all|various)\s+)*(?:other|similar|etc|certain|various|some|partners?|third[ -]part(?:y|ies)|(?:service )?providers?|companies|affiliates?|vendors?|suppliers?|services?|tools?|technologies|information|data|content|purposes?)\b/iu,
);

/** The first list item after a line ending in ":" that starts at or after `from`, or undefined. */
function listAfterColon(text: string, from: number, limit: number, headed: boolean): string | undefined {
  const colon = text.indexOf(':', from);
  if (colon === -1 || colon > limit) return undefined;
  // The colon ends its line (spaces aside).
  let cursor = colon + 1;
  while (cursor < text.length && (text[cursor] === ' ' || text[cursor] === '\t')) cursor++;
  if (cursor < text.length && text[cursor] !== '\n' && text[cursor] !== '\r') return listAfterColon(text, colon + 1, limit, headed);
  // Skip blank lines, then the list must start.
  return firstItemBelow(text, cursor, headed);
}

/**
 * The first item of a list, table or code block that starts on the line after `lineEnd` (blank
 * lines skipped), or undefined; with `headed`, also of headed parts or labelled paragraphs.
 */
function firstItemBelow(text: string, lineEnd: number, headed: boolean): string | undefined {
  const rest = text.slice(lineEnd, lineEnd + 400).replace(/^(?:[ \t>]*\r?\n)+/u, '');
  if (!LIST_START.test(rest)) {
    const part = headed ? HEADED_ITEM.exec(rest)?.groups : undefined;
    return part ? (part['heading'] ?? part['label']) : undefined;
  }
  const firstLine = rest.slice(0, rest.search(/\r?\n|$/u));
  const item = firstLine.replace(/^[ \t>]*(?:[-*+]|\d{1,3}[.)]|\|)?[ \t]*/u, '').replace(/^(?:\*\*|__)/u, '');
  // A code fence: its next line is the first item.
  if (firstLine.trimStart().startsWith('```')) {
    const next = rest.slice(firstLine.length).replace(/^\r?\n/u, '');
    return next.slice(0, next.search(/\r?\n|$/u)).replace(/^[ \t]*(?:[-*+][ \t]+)?/u, '');
  }
  return item;
}

/**
 * `phraseEnd` and `sentenceEnd`: where the phrase and its sentence end. True when that sentence
 * ends in a colon that opens a list of the phrase's items, or the next sentence leads into a list
 * of the same `kind` ("We process the following personal data:"), and the list's first item is specific.
 */
export function isResolvedByListBelow(text: string, phraseEnd: number, sentenceEnd: number, kind: ListKind): boolean {
  let item: string | undefined;
  const ownEnd = text.slice(Math.max(phraseEnd, sentenceEnd - 2), sentenceEnd + 2);
  if (ownEnd.includes(':')) {
    const between = text.slice(phraseEnd, text.indexOf(':', Math.max(phraseEnd, sentenceEnd - 2)));
    if (testCaseless(PURPOSE_LEAD, between) || testCaseless(EXAMPLES_LEAD, between)) return false;
    item = listAfterColon(text, Math.max(phraseEnd, sentenceEnd - 2), sentenceEnd + 2, FOLLOWING_LEAD.test(`${between}:`));
  }
  if (item === undefined) {
    let leadStart = sentenceEnd;
    // The phrase ends its paragraph: a one-line paragraph right after may lead in ("The data processed by the app can be grouped into the following categories:").
    // Not for a vague amount (kind 'any'): "some of our websites use Matomo" is not what "The collected information consists of the following:" lists.
    const ownParagraphEnds = kind === 'any' ? null : /^[ \t]*\r?\n[ \t>]*\r?\n/u.exec(text.slice(sentenceEnd, sentenceEnd + LIST_LEAD_REACH));
    if (ownParagraphEnds) leadStart = sentenceEnd + ownParagraphEnds[0].length;
    const next = text.slice(leadStart, leadStart + LIST_LEAD_REACH);
    const paragraphBreak = next.search(/\n[ \t>]*\r?\n/u);
    const nextSentence = paragraphBreak === -1 ? next : next.slice(0, paragraphBreak + 1);
    if (ownParagraphEnds && !/^[^\n]*:[ \t]*\r?\n?$/u.test(nextSentence)) return false;
    if (!testCaseless(NEXT_SENTENCE_LEAD, nextSentence) || testCaseless(EXAMPLES_LEAD, nextSentence)) return false;
    if (kind !== 'any' && !testCaseless(LEAD_NOUN[kind], nextSentence)) return false;
    const headed = FOLLOWING_LEAD.test(nextSentence.trimEnd());
    item = listAfterColon(text, leadStart, leadStart + nextSentence.length, headed);
    // "We process the following personal data." and its parts below, each under its own heading or label.
    if (item === undefined && headed && paragraphBreak !== -1) item = firstItemBelow(text, leadStart + paragraphBreak + 1, true);
  }
  return item !== undefined && item.trim().length >= 2 && !VAGUE_FIRST_ITEM.test(item.trim());
}
