// A small stand-in for the context analysis on French text, used by the French unit tests and by
// bench/quality/fr/score.ts until analyseContext.ts takes a language's tables (issue #14, the
// plumbing's part). It applies the French CONTEXT tables the way analyseContext applies the English
// ones: labels and quoted mentions are dropped; negated or limited clauses (NegEx scope), negated
// predicates after recipients, sentences where the user acts, a clarifier right after the term and
// named examples right after it lower the finding to a hint. Not shipped in the extension.
import type { Finding } from '../../../src/core/vague/finding';
import type { LanguageContextTables } from '../../../src/core/vague/context/languageContext';
import type { Category } from '../../../src/core/vague/ruleSchema';
import { sentenceAround } from '../../../src/core/vague/context/sentence';
import { placeOnLine } from '../../../src/core/vague/context/structure';
import { isQuotedMention } from '../../../src/core/vague/context/mention';
import { isNamedBeside } from '../../../src/core/vague/context/resolvedNearby';

const NEGATABLE: ReadonlySet<Category> = new Set<Category>(['unnamed-recipients', 'open-purposes', 'hedged-modality', 'unspecific-data', 'vague-legal-basis']);
const RIGHTS_HARMLESS: ReadonlySet<Category> = new Set<Category>(['hedged-modality', 'vague-time', 'vague-legal-basis']);
const CLARIFIABLE: ReadonlySet<Category> = new Set<Category>(['unnamed-recipients', 'open-purposes', 'unspecific-data', 'vague-time', 'vague-legal-basis', 'vague-quantity']);
const EXAMPLE_RESOLVED: ReadonlySet<Category> = new Set<Category>(['unnamed-recipients', 'unspecific-data', 'open-purposes']);
const MAX_WORDS = 14;

/** NegEx scope with the language's tables: a trigger in the clause before the phrase, pseudo-triggers removed. */
export function isNegatedBefore(sentenceBefore: string, phrase: string, tables: LanguageContextTables): boolean {
  let clauseStart = 0;
  for (const match of sentenceBefore.matchAll(tables.clauseBreak)) clauseStart = match.index + match[0].length;
  const withPhrase = `${sentenceBefore.slice(clauseStart)}${phrase}\u0001`.replace(tables.pseudoTrigger, ' ');
  if (!withPhrase.endsWith(`${phrase}\u0001`)) return false;
  const clause = withPhrase.slice(0, withPhrase.length - phrase.length - 1);
  const window = clause.split(/\s+/u).filter(Boolean).slice(-MAX_WORDS).join(' ');
  return tables.trigger.test(window);
}

/** A clarifier right after the term: « nos partenaires, à savoir Stripe ». */
export function isClarifiedAfter(text: string, end: number, tables: LanguageContextTables): boolean {
  tables.clarifier.lastIndex = end;
  return tables.clarifier.test(text);
}

/** Named examples right after the term: « des prestataires (OVH, Scalingo) », « tels que Matomo ». */
const NAMED_EXAMPLES_AFTER =
  /^[\s,:(\u2013\u2014-]*(?:(?:tels?|telles?)\s+(?:que|qu['’])\s*|comme\s+|notamment\s+|par exemple\s*:?\s*|à savoir\s+)?(?:[\p{Lu}][\p{Ll}\p{N}]*[\p{Lu}][\p{L}]*|[\p{Lu}][\p{Ll}\p{N}]{2,}(?:\s+[\p{Lu}][\p{L}]+)*|[\p{Lu}]{2,})(?:\s*[,)]|\s+(?:et|ou)\s+[\p{Lu}])/u;
const NOT_A_NAME =
  /^[\s,:(\u2013\u2014-]*(?:tels?\s+que\s+|comme\s+|notamment\s+)?(?:Les?|La|Des|Nos|Vos|Leurs?|Ces|Cette|Ce|Certain|Nous|Vous|Il|Elle|Ils|Elles|Si|Lorsque|Pour|Dans|Par|Sur|Avec|Et|Ou|Tiers|Partenaires?|Prestataires?|Sociétés?)\b/u;

export type FrVerdict = { action: 'keep' } | { action: 'lower' | 'drop'; reason: string };

export function judgeFrench(text: string, finding: Finding, tables: LanguageContextTables): FrVerdict {
  const place = placeOnLine(text, finding.start, finding.end);
  if (place.label) return { action: 'drop', reason: 'label' };
  const span = sentenceAround(text, finding.start, finding.end);
  const sentence = text.slice(span.start, span.end);
  if (!place.quoted && isQuotedMention(sentence, finding.start - span.start, finding.end - span.start)) return { action: 'drop', reason: 'mention' };
  const before = text.slice(span.start, finding.start);
  const matched = text.slice(finding.start, finding.end);
  const after = text.slice(finding.end, Math.min(span.end, finding.end + 120));
  if (NEGATABLE.has(finding.category) && isNegatedBefore(before, matched, tables)) return { action: 'lower', reason: 'negated' };
  if (finding.category === 'unnamed-recipients' && tables.negatedPredicate.test(text.slice(finding.end, finding.end + 40))) return { action: 'lower', reason: 'negated' };
  if (RIGHTS_HARMLESS.has(finding.category) && tables.userActing.test(sentence)) return { action: 'lower', reason: 'user-rights' };
  if (CLARIFIABLE.has(finding.category) && isClarifiedAfter(text, finding.end, tables)) return { action: 'lower', reason: 'clarified' };
  if (finding.category === 'unnamed-recipients' && isNamedBeside(before, after)) return { action: 'lower', reason: 'named-beside' };
  if (EXAMPLE_RESOLVED.has(finding.category) && NAMED_EXAMPLES_AFTER.test(after) && !NOT_A_NAME.test(after)) return { action: 'lower', reason: 'specific-example' };
  return { action: 'keep' };
}

/** Findings as the editor would show them by default: dropped and lowered ones removed, unless `showLowered`. */
export function applyFrenchContext(findings: readonly Finding[], text: string, tables: LanguageContextTables, showLowered = false): Finding[] {
  const kept: Finding[] = [];
  for (const finding of findings) {
    const verdict = judgeFrench(text, finding, tables);
    if (verdict.action === 'keep') kept.push(finding);
    else if (verdict.action === 'lower' && showLowered) kept.push({ ...finding, severity: 'hint' });
  }
  return kept;
}
