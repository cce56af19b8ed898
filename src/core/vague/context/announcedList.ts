// "Godot may share your personal data with third parties under any of the following circumstances:"
// and a list; "we disclose information in the following situations:" and a numbered list; "except as
// described below." and, in the next paragraph, "… under any of the following circumstances:" and
// a list; "except as detailed below." and the policy's sections right under the paragraph. The phrase's own sentence announces the list right below it, so the list says what the
// phrase leaves open, whatever the phrase's category. listFollows.ts reads lists of data and
// recipients for three categories and takes "including the following categories" for examples;
// here the announcement must be explicit ("the following …:", "as follows:") and the list must
// start on the next line. Judged so on real policies.
import { caseless } from '../../text/asciiCaseless';

/** How far past the phrase the announcement, and past its sentence the list, is looked for. */
export const ANNOUNCED_LIST_REACH = 400;

/** The rest of the sentence ends in an announcement: "… the following categories of third parties:", "as follows:". */
const ANNOUNCES = caseless(/\b(?:the\s+following|as\s+follows)\b[^.:;!?\n]{0,60}:[ \t]*$/iu);
/** "(as) described below", "detailed below": the phrase points at what comes next. */
const POINTS_BELOW = caseless(/\b(?:described|detailed|set\s+out|outlined|explained|listed)\s+below\b/iu);
/** The next line starts a list item ("- ", "* ", "1. ", "1) "). */
const LIST_ITEM = /^[ \t>]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?<item>[^\n]{2,})/u;
/** A first item that is itself open ("other …", "etc."): the list leaves the phrase open too. */
const OPEN_ITEM = caseless(/^(?:\*\*)?(?:other|similar|etc|any|certain|various|some)\b/iu);
/** A vague time that a list of situations answers: "certain circumstances", "specific situations", "in some cases". */
const WHEN_PHRASE = /\b(?:situations?|circumstances?|cases|occasions?)\b/iu;
/** A "when" the list must answer for a vague time: a list of situations, circumstances or cases. */
const WHEN_NOUN = caseless(/\bfollowing\s+(?:[\w-]+\s+){0,2}?(?:situations?|circumstances?|cases?|events?)\b/iu);

/** Vague data whose own sentence says what it includes, the list below: "we automatically collect information about you, including:". */
const DATA_INCLUDES = caseless(/(?:\b(?:includes?|including|comprises?|consists\s+of)|\b(?:the\s+following|as\s+follows)\b[^.:;!?\n]{0,60}):$/iu);
/** The last sentence of the paragraph says what the data includes: "Usage Data includes:", "Personal information that you … submit … includes:". */
const DATA_LEAD = caseless(/\b(?:data|information|details)\b[^.:;!?]{0,80}\b(?:includes?|comprises?|consists\s+of)[ \t]*:$/iu);
/** The words the phrase and the lead share, taken as one: the data, the information. */
const DATA_WORD = /\b(?:data|information|details)\b/iu;
/** Where the paragraph ends: a blank line, or a list item on the next line. */
const PARAGRAPH_END = /\n[ \t>]*(?:\r?\n|[-*+][ \t]|\d{1,3}[.)][ \t])/u;

/**
 * For vague data: the rest of its paragraph, after its sentence (`from`), ends in a sentence that says
 * what the data includes and a list follows: "We also automatically collect certain information about
 * your interaction with the Services (“Usage Data”). … Usage Data includes:" and a list.
 */
function isParagraphLeadingIntoList(text: string, from: number): boolean {
  const rest = text.slice(from, from + ANNOUNCED_LIST_REACH);
  const end = rest.search(PARAGRAPH_END);
  if (end === -1) return false;
  const paragraph = rest.slice(0, end).trimEnd();
  if (!paragraph.endsWith(':')) return false;
  const lastSentence = paragraph.slice(Math.max(paragraph.lastIndexOf('. '), paragraph.lastIndexOf('.\n')) + 1);
  return DATA_LEAD.test(lastSentence) && startsWithList(rest.slice(end));
}

/** The paragraph that `rest` continues ends, and the next line is a heading. */
function startsSectionsBelow(rest: string): boolean {
  const end = rest.search(PARAGRAPH_END);
  return end !== -1 && /^\s*#{1,6}[ \t]+\S/u.test(rest.slice(end));
}

/** The text after the blank lines that start `rest`, or undefined when none starts it. */
function afterBlankLines(rest: string): string | undefined {
  const blank = /^[ \t]*\r?\n(?:[ \t>]*\r?\n)*/u.exec(rest);
  return blank ? rest.slice(blank[0].length) : undefined;
}

/** The rest starts (after one line break and blank lines) with a list whose first item is not open. */
function startsWithList(rest: string): boolean {
  const below = afterBlankLines(rest);
  if (below === undefined) return false;
  const item = LIST_ITEM.exec(below)?.groups?.['item'];
  return item !== undefined && !OPEN_ITEM.test(item);
}

/**
 * `text` from the phrase's end (`phraseEnd`) on, its sentence ending at `sentenceEnd`. `timePhrase`:
 * the phrase, when it is a vague time (only a list of situations answers it); `dataPhrase`: the
 * phrase, when it is vague data (a paragraph that ends in "… includes:" may give its list).
 */
export function isAnnouncedListBelow(text: string, phraseEnd: number, sentenceEnd: number, timePhrase: string | undefined, dataPhrase: string | undefined): boolean {
  const timeOnly = timePhrase !== undefined;
  // A vague time the list can answer is itself a set of situations ("in certain situations"), not a period.
  if (timeOnly && !WHEN_PHRASE.test(timePhrase)) return false;
  // The rest of the sentence (its lines may be wrapped); a list item or heading below starts a new one.
  const tail = text.slice(phraseEnd, Math.min(sentenceEnd, phraseEnd + ANNOUNCED_LIST_REACH)).trimEnd();
  const tailEnd = phraseEnd + tail.length;
  if (tail.endsWith(':')) {
    // The announcement may begin in the phrase ("any of the following circumstances:", "the following third parties:").
    const lead = text.slice(Math.max(0, phraseEnd - 24), tailEnd);
    if (dataPhrase !== undefined && DATA_INCLUDES.test(tail)) return startsWithList(text.slice(tailEnd, tailEnd + ANNOUNCED_LIST_REACH));
    if (!lead.includes('follow') || !ANNOUNCES.test(lead)) return false;
    if (timeOnly && !WHEN_NOUN.test(lead)) return false;
    return startsWithList(text.slice(tailEnd, tailEnd + ANNOUNCED_LIST_REACH));
  }
  // "except as described below." ending its paragraph, and the next paragraph, one line, announces the list.
  if (timeOnly) return false;
  // Only a phrase that is itself data or information ("certain information"), not "other tracking technologies".
  if (dataPhrase !== undefined && DATA_WORD.test(dataPhrase) && isParagraphLeadingIntoList(text, tailEnd)) return true;
  // The pointer may be the phrase itself ("as described below").
  const pointer = text.slice(Math.max(0, phraseEnd - 40), tailEnd);
  if (!pointer.includes('below') || !POINTS_BELOW.test(pointer)) return false;
  // "… except as detailed below. Unless specifically mentioned …" and the sections start under the paragraph.
  if (startsSectionsBelow(text.slice(tailEnd, tailEnd + ANNOUNCED_LIST_REACH))) return true;
  const next = afterBlankLines(text.slice(tailEnd, tailEnd + ANNOUNCED_LIST_REACH));
  if (next === undefined) return false;
  const nextLineEnd = next.indexOf('\n');
  if (nextLineEnd === -1) return false;
  const lead = next.slice(0, nextLineEnd).trimEnd();
  return lead.endsWith(':') && lead.includes('follow') && ANNOUNCES.test(lead) && startsWithList(next.slice(lead.length));
}
