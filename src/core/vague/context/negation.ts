// Negation and limiting scope, after NegEx (Chapman et al., 2001): a trigger word ("not", "never",
// "no", "only") before the phrase in the same clause negates or limits it, unless it is a
// pseudo-trigger ("not limited to", "not only"). The clause ends at a conjunction that turns the
// sentence ("but", "however", "except", "unless"), at clause punctuation, or at a new subject
// ("and we share", ", we share"), so "we do not sell, but we share with partners" keeps "partners"
// and "if we cannot reach you by email, we may contact you by other means" keeps "other means".
import { judgeListLead } from './listLead';
import type { LanguageContextTables } from './languageContext';
import { caselessFor, caseless } from '../../text/asciiCaseless';
import { testWithHint } from '../../text/asciiHint';
import { isWhiteSpaceCode } from '../../text/whiteSpace';

/** Words that end a negation's scope, looking back from the phrase. */
const CLAUSE_BREAK =
  /(?:\b(?:but|however|although|though|except|unless|whereas|while|yet|instead|otherwise|if|when|where)\b|[;:()\u2014]|\s[\u2013-]\s|\b(?:and|or)\s+(?:we|our|they|it|you|your|us|these|those|such)\b|,\s+(?:we|they)\b)/giu;
/** Negation and limiting triggers. */
const TRIGGER = caseless(
  /\b(?:not|never|no|none|neither|nor|cannot|can[’']t|won[’']t|don[’']t|doesn[’']t|didn[’']t|isn[’']t|aren[’']t|wasn[’']t|weren[’']t|shan[’']t|without|only|solely|exclusively|prohibit(?:s|ed)?|forbid(?:s|den)?|barred)\b/iu,
);
/**
 * The negation triggers without the limiting ones ("only", "solely", "exclusively"): a limit to an open
 * purpose ("uses it only for legitimate business and operational purposes", "solely used in the legitimate
 * interest of improving our product") is as open as the purpose it limits to.
 */
const NEGATION_ONLY_TRIGGER = caseless(
  /\b(?:not|never|no|none|neither|nor|cannot|can[’']t|won[’']t|don[’']t|doesn[’']t|didn[’']t|isn[’']t|aren[’']t|wasn[’']t|weren[’']t|shan[’']t|without|prohibit(?:s|ed)?|forbid(?:s|den)?|barred)\b/iu,
);
/**
 * Triggers that do not negate: "including but not limited to", "not only", "no later than"; and "This
 * does not include" after a promise not to share, which names the exception: the parties who do get the
 * data ("We do not sell … your information. This does not include trusted third parties who assist us"); and
 * "only examples", "only illustrations", which say a list is open, not limited.
 */
const PSEUDO_TRIGGER =
  /\b(?:(?:this|that) (?:does not|doesn[’']t) (?:include|apply to)|not (?:limited|restricted) to|not only|not just|not necessarily|not always|not generally|not usually|not normally|not typically|not all|only (?:(?:a few|some) )?(?:examples|illustrations?|illustrative|indicative)|no later than|whether or not|if not|not least|only if|only when|only where|only to the extent|only (?:insofar|in so far) as)\b/giu;
/** Words a negation reaches forward. NegEx uses five; policies list verbs ("do not share, sell, rent, or trade User Personal Information with") and long objects ("will only pass on your data collected in connection with your use of the app to third parties"), so more: 16 lowered two judged false positives and no true one on the development set, 18 lost a marked phrase. */
const MAX_WORDS = 16;

/** A language's table with the global flag its use here needs (the module's own flags may lack it). */
const globalCopies = new WeakMap<RegExp, RegExp>();
function globalOf(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let copy = globalCopies.get(pattern);
  if (!copy) globalCopies.set(pattern, (copy = new RegExp(pattern.source, `${pattern.flags}g`)));
  return copy;
}

/**
 * Whether the clause before the phrase (within the sentence) negates or limits it. `tables`: the
 * block's language's words (German, French); without them, the English ones above.
 */
export function isNegatedBefore(sentenceBefore: string, phrase: string, tables?: LanguageContextTables, negationOnly = false): boolean {
  const clauseBreak = caselessFor(tables ? globalOf(tables.clauseBreak) : CLAUSE_BREAK, sentenceBefore);
  const pseudoTrigger = tables ? globalOf(tables.pseudoTrigger) : PSEUDO_TRIGGER;
  const trigger = tables ? tables.trigger : negationOnly ? NEGATION_ONLY_TRIGGER : TRIGGER;
  clauseBreak.lastIndex = 0;
  let clauseStart = 0;
  for (let match = clauseBreak.exec(sentenceBefore); match; match = clauseBreak.exec(sentenceBefore)) {
    clauseStart = match.index + match[0].length;
    if (match[0].length === 0) clauseBreak.lastIndex++;
  }
  // Pseudo-triggers are removed with the phrase in place, so "not generally" is one hedge, not a negation of "generally".
  const clauseText = sentenceBefore.slice(clauseStart);
  // No trigger anywhere in the clause, none in its last words either (removing the word-bounded
  // pseudo-triggers below cannot form one: languageContext.ts); most findings stop here, uncopied.
  if (!testWithHint(caselessFor(trigger, clauseText), clauseText)) return false;
  const unreplaced = `${clauseText}${phrase}\u0001`;
  const withPhrase = unreplaced.replace(caselessFor(pseudoTrigger, unreplaced), ' ');
  if (!withPhrase.endsWith(`${phrase}\u0001`)) return false;
  const clause = withPhrase.slice(0, withPhrase.length - phrase.length - 1);
  return testWithHint(trigger, lastWords(clause, MAX_WORDS));
}

/**
 * Whether any negation or limiting trigger stands anywhere in the sentence. Without one, no phrase
 * in it is negated from before (isNegatedBefore reads a part of the sentence for the same words):
 * asked once per sentence, it spares most findings the clause scan.
 */
export function hasNegationTrigger(sentence: string, tables?: LanguageContextTables): boolean {
  return testWithHint(caselessFor(tables ? tables.trigger : TRIGGER, sentence), sentence);
}

/**
 * The last `count` words of `text` (split at white space, as `\s+`), joined by single spaces: the
 * same as text.split(/\s+/).filter(Boolean).slice(-count).join(' '), read from the end only, so a
 * long clause costs no more than its last words (this runs for most findings).
 */
function lastWords(text: string, count: number): string {
  const words: string[] = [];
  let end = text.length;
  while (end > 0 && words.length < count) {
    while (end > 0 && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end === 0) break;
    let start = end - 1;
    while (start > 0 && !isWhiteSpaceCode(text.charCodeAt(start - 1))) start--;
    words.push(text.slice(start, end));
    end = start;
  }
  return words.reverse().join(' ');
}

/**
 * A phrase inside a parenthesis that lists what the clause before it names: "no data is passed on
 * to the RKI or other recipients (other health authorities, Apple, Google and other third parties)".
 * The parenthesis elaborates the negated object, so the negation before it reaches in.
 */
export function isNegatedBeforeParenthesis(sentenceBefore: string, tables?: LanguageContextTables): boolean {
  const open = sentenceBefore.lastIndexOf('(');
  if (open === -1 || sentenceBefore.indexOf(')', open) !== -1) return false;
  const lead = sentenceBefore.slice(0, open);
  // The parenthesis must hang on the clause's object, not open a clause of its own: "(we share …)" (English words only).
  if (!tables && /\b(?:we|our|us)\b/iu.test(sentenceBefore.slice(open))) return false;
  return lead.trim() !== '' && isNegatedBefore(lead, '\u0002', tables);
}

/**
 * A negated predicate right after recipients, as their subject: "The RKI and other agencies cannot
 * gain access to entries", "third parties will never receive your data". NegEx's post-triggers.
 */
const NEGATED_PREDICATE = caseless(
  /^[ \t]*(?:[,)][ \t]*)?(?:cannot|can ?not|can[’']t|will (?:not|never)|won[’']t|shall not|must not|are never|is never|do not|don[’']t|does not|doesn[’']t|never|are not (?:able|allowed|permitted) to|have no access)\b/iu,
);

export function isNegatedAfter(after: string, tables?: LanguageContextTables): boolean {
  const predicate = tables ? tables.negatedPredicate : NEGATED_PREDICATE;
  predicate.lastIndex = 0;
  return predicate.test(after);
}

/**
 * A processing named as the sentence's subject and denied by its main verb: "Transfer of your personal
 * data to third parties for purposes other than those listed below does not take place" (a common
 * template in EU policies). The subject runs past NegEx's few words, so the predicate is looked for
 * in the whole sentence, after the phrase.
 */
const NOMINAL_PROCESSING_SUBJECT = caseless(/^[\s*_>#-]*(?:(?:a|any|the)\s+)?(?:transfer|transmission|disclosure|sharing|sale|passing\s+on|forwarding)\s+of\b/iu);
const DENYING_PREDICATE = caseless(/\b(?:does|do|will|shall)\s+not\s+(?:take\s+place|occur|happen)\b|\b(?:is|are|will\s+be)\s+(?:not\s+(?:permitted|carried\s+out|made)|excluded|prohibited)\b/iu);

/** Whether `offset` (in `sentence`) lies in a processing subject that the sentence's predicate denies. English only. */
export function isInDeniedProcessingSubject(sentence: string, offset: number): boolean {
  if (!NOMINAL_PROCESSING_SUBJECT.test(sentence)) return false;
  const predicate = DENYING_PREDICATE.exec(sentence);
  return predicate !== null && predicate.index > offset && !/[;:]|\bbut\b/iu.test(sentence.slice(offset, predicate.index));
}

/** A list item's lead-in that negates every item: "We will not:", "We never:", "We do not". */
const NEGATED_LEAD = caseless(/\b(?:not|never|no)\b[^.:;]{0,40}:?[ \t*_]*$/iu);

/**
 * Whether the sentence starting at `sentenceStart` is a list item under a lead-in that negates
 * the whole list ("We will not:\n- sell or rent your data to third parties"). Looks back over the
 * list's items to the line before them (listLead.ts).
 */
export function isUnderNegatedListLead(text: string, sentenceStart: number): boolean {
  return judgeListLead(text, sentenceStart, 'negated-list', (lead) => lead.trimEnd().endsWith(':') && NEGATED_LEAD.test(lead));
}
