// Checks that run only where a language's tables supply the words (German first, #14): quoted law,
// the user acting in the phrase's own clause, someone else as the hedge's subject, a section on the
// user's rights, a name in apposition after a recipient, recipients that are the subsections right below, data the user chooses
// to give, and a list of the data right below the phrase.
// English has its own versions of these checks in analyseContext.ts; a language without a table
// for one of them simply skips it.
import type { Finding } from '../finding';
import type { Category } from '../ruleSchema';
import type { LanguageContextTables } from './languageContext';
import type { ContextReason } from './reasons';

/** Categories that describe the user's options harmlessly when the user acts (as in analyseContext.ts). */
const RIGHTS_HARMLESS: ReadonlySet<Category> = new Set<Category>(['hedged-modality', 'vague-time', 'vague-legal-basis']);
/**
 * Under a heading on the user's rights, with the company not acting in the sentence, also the amounts,
 * data and recipients the rights are about: « frais raisonnables » for extra copies, « toute autre
 * information » to prove who asks, « un tiers de confiance » for post-mortem directives (judged false
 * at the first lint of batch-4).
 */
const RIGHTS_SECTION_HARMLESS: ReadonlySet<Category> = new Set<Category>([...RIGHTS_HARMLESS, 'vague-quantity', 'unspecific-data', 'unnamed-recipients']);
/** Categories a clause about the user's own action defuses: the user decides, not the company. */
const USER_CLAUSE_HARMLESS: ReadonlySet<Category> = new Set<Category>(['hedged-modality', 'vague-legal-basis', 'unnamed-recipients']);
/** How far below the phrase a list of the data is looked for (within its section). */
const DATA_LIST_REACH = 700;
/** How far above the phrase its section's heading is looked for. */
const HEADING_REACH = 3000;

export interface LanguageCheckInput {
  finding: Finding;
  /** The whole document (only the text around the finding is read). */
  text: string;
  /** Where the sentence holding the finding starts, and its text. */
  sentenceStart: number;
  sentence: string;
  /**
   * Answers about the sentence alone, shared by the findings in it (the caller keeps one per
   * sentence and language): each is computed on first need.
   */
  memo?: SentenceMemo;
}

/** What languageReason found about a sentence as a whole. */
export interface SentenceMemo {
  statute?: boolean;
  rightsSection?: boolean;
}

/** Whether `text` holds one of `parts` (all of them when none are given). */
function mayHold(text: string, parts: readonly string[] | undefined): boolean {
  return parts === undefined || parts.some((part) => text.includes(part));
}

function test(pattern: RegExp | undefined, text: string): boolean {
  if (!pattern) return false;
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** The text after the phrase up to the next heading: a list under another heading lists something else. */
function withinSection(after: string): string {
  const heading = after.search(/\n[ \t>]{0,3}#{1,6}[ \t]/u);
  return heading === -1 ? after : after.slice(0, heading);
}

/**
 * The line starting at `start` can be a heading: "#" after at most three spaces, tabs or ">". Read by
 * code, so the walk up to a heading slices and matches only the lines that can be one (a sentence far
 * below its heading walks dozens of lines).
 */
function mayBeHeading(text: string, start: number): boolean {
  for (let at = start; at < start + 4; at++) {
    const code = text.charCodeAt(at);
    if (code === 35) return true; // #
    if (code !== 32 && code !== 9 && code !== 62) return false;
  }
  return false;
}

/** The nearest Markdown heading line above `offset` (within HEADING_REACH), without its "#" marks, or ''. */
function headingAbove(text: string, offset: number): string {
  const floor = Math.max(0, offset - HEADING_REACH);
  let end = offset;
  while (end > floor) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const heading = mayBeHeading(text, start) ? /^[ \t>]{0,3}#{1,6}[ \t]([^\n]*)$/u.exec(text.slice(start, end)) : null;
    if (heading) return (heading[1] ?? '').trim();
    if (start === 0) break;
    end = start - 1;
  }
  return '';
}

/** The level (1-6) of the nearest Markdown heading above `offset` (within HEADING_REACH), or 0. */
function headingLevelAbove(text: string, offset: number): number {
  const floor = Math.max(0, offset - HEADING_REACH);
  let end = offset;
  while (end > floor) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const heading = mayBeHeading(text, start) ? /^[ \t>]{0,3}(#{1,6})[ \t]/u.exec(text.slice(start, end)) : null;
    if (heading) return heading[1]!.length;
    if (start === 0) break;
    end = start - 1;
  }
  return 0;
}

/** The phrase ends its paragraph and the next line is a heading: its level, or 0. */
const HEADING_NEXT = /^[.:;!]?[ \t]*\n(?:[ \t]*\n)*[ \t]{0,3}(#{1,6})[ \t]/u;

/**
 * The recipients are the subsections that follow: "…, arbeiten wir mit einigen externen
 * Dienstleistern.\n\n#### PayPal …" (one subsection per provider, below the section the phrase is in).
 */
function isListedInSubsections(text: string, start: number, after: string): boolean {
  const next = HEADING_NEXT.exec(after);
  return next !== null && next[1]!.length > headingLevelAbove(text, start);
}

/** How far after a legitimate interest its statement is looked for (as INTEREST_REACH in resolvedNearby.ts). */
const INTEREST_REACH = 300;
/** How far after a vague period's sentence its concrete period is looked for (within the section). */
const PERIOD_AFTER_REACH = 400;

/** The sentence stands under a heading on the user's rights, and the company does not act in it. */
function isInRightsSection(tables: LanguageContextTables, text: string, sentenceStart: number, sentence: string): boolean {
  return tables.rightsHeading !== undefined && test(tables.rightsHeading, headingAbove(text, sentenceStart)) && !test(tables.companyActing, sentence);
}

/** Why the sentence defuses the finding, by the language's tables, or undefined. */
export function languageReason(tables: LanguageContextTables, input: LanguageCheckInput): ContextReason | undefined {
  const { finding, text, sentenceStart, sentence } = input;
  const memo = input.memo ?? {};
  const category = finding.category;
  const before = text.slice(sentenceStart, finding.start);
  const after = text.slice(finding.end, finding.end + DATA_LIST_REACH);
  if ((memo.statute ??= mayHold(sentence, tables.statuteNeeds) && test(tables.statute, sentence))) return 'definition';
  const sentenceAfter = sentence.slice(finding.end - sentenceStart);
  if (test(tables.deniedProcessingSubject, sentence) && test(tables.denyingPredicateAtEnd, sentenceAfter)) return 'negated';
  if (USER_CLAUSE_HARMLESS.has(category) && test(tables.userClause, before)) return 'user-triggered';
  if (category === 'hedged-modality' && test(tables.otherSubject, before)) return 'other-subject';
  // "grundsätzlich …, (vgl. § 147 AO)": the hedge's exceptions are those of the provision cited, which a reader can look up.
  // « notamment les articles 5 et 6 du RGPD »: an open list of the law's provisions, which a reader can look up.
  if ((category === 'hedged-modality' || category === 'open-lists') && test(tables.provisionCitedAfter, text.slice(finding.end, sentenceStart + sentence.length))) return 'cited';
  if (RIGHTS_HARMLESS.has(category) && test(tables.userFronted, after.slice(0, 40))) return 'user-rights';
  if (RIGHTS_SECTION_HARMLESS.has(category) && (memo.rightsSection ??= isInRightsSection(tables, text, sentenceStart, sentence))) return 'user-rights';
  if (category === 'unnamed-recipients' && (test(tables.possessiveSingularBefore, before) || test(tables.articleSingularBefore, before)) && test(tables.nameAfterSingular, after.slice(0, 60)))
    return 'named-beside';
  if (category === 'unnamed-recipients' && isListedInSubsections(text, sentenceStart, after)) return 'named-beside';
  if (category === 'vague-legal-basis' && tables.interestStated && test(tables.interestStated, withinSection(after.slice(0, INTEREST_REACH)))) return 'interest-stated';
  if (category === 'vague-legal-basis' && test(tables.interestRefersBack, sentence)) return 'refers-back';
  if (category === 'vague-time' && test(tables.periodGivenAfter, withinSection(text.slice(sentenceStart + sentence.length, sentenceStart + sentence.length + PERIOD_AFTER_REACH))))
    return 'period-bound';
  if (category === 'unspecific-data' && test(tables.userGives, after.slice(0, 80))) return 'user-chosen';
  if (category === 'unspecific-data' && test(tables.dataListFollows, withinSection(after))) return 'specific-example';
  return undefined;
}
