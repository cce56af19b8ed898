// A test-only adapter: the context analysis of context/analyseContext.ts run with the German tables
// of catalogue/de (CONTEXT), until the analysis takes a language's tables itself. It applies the same
// verdicts in the same order wherever the German module supplies the words (labels, quoted mentions,
// definitions, cited bases, negation before and after, the user's rights, the clarifier), and leaves
// out the English-only checks (example lists, "the following", hedges resolved by an English object).
import type { Finding } from '../../../../src/core/vague/finding';
import type { Category } from '../../../../src/core/vague/ruleSchema';
import type { LanguageContextTables } from '../../../../src/core/vague/context/languageContext';
import type { ContextOptions } from '../../../../src/core/vague/context/analyseContext';
import { placeOnLine } from '../../../../src/core/vague/context/structure';
import { sentenceAround } from '../../../../src/core/vague/context/sentence';
import { isQuotedMention } from '../../../../src/core/vague/context/mention';
import { isDefinitionOrStatute } from '../../../../src/core/vague/context/definition';
import { isInDefinitionsSection } from '../../../../src/core/vague/context/outline';
import { isBasisCited } from '../../../../src/core/vague/context/citation';
import type { ContextReason } from '../../../../src/core/vague/context/reasons';

const NEGATABLE: ReadonlySet<Category> = new Set<Category>(['unnamed-recipients', 'open-purposes', 'hedged-modality', 'unspecific-data', 'vague-legal-basis']);
const RIGHTS_HARMLESS: ReadonlySet<Category> = new Set<Category>(['hedged-modality', 'vague-time', 'vague-legal-basis']);
const CLARIFIABLE: ReadonlySet<Category> = new Set<Category>(['unnamed-recipients', 'open-purposes', 'unspecific-data', 'vague-time', 'vague-legal-basis', 'vague-quantity']);
/** Words a negation reaches forward, as in negation.ts. */
const MAX_WORDS = 14;

/** NegEx with a language's tables: a trigger in the clause before the phrase, pseudo-triggers removed. */
export function isNegatedBeforeWith(tables: LanguageContextTables, sentenceBefore: string, phrase: string): boolean {
  const breaks = new RegExp(tables.clauseBreak.source, tables.clauseBreak.flags.includes('g') ? tables.clauseBreak.flags : `${tables.clauseBreak.flags}g`);
  let clauseStart = 0;
  for (let match = breaks.exec(sentenceBefore); match; match = breaks.exec(sentenceBefore)) {
    clauseStart = match.index + match[0].length;
    if (match[0].length === 0) breaks.lastIndex++;
  }
  const pseudo = new RegExp(tables.pseudoTrigger.source, tables.pseudoTrigger.flags.includes('g') ? tables.pseudoTrigger.flags : `${tables.pseudoTrigger.flags}g`);
  const withPhrase = `${sentenceBefore.slice(clauseStart)}${phrase}\u0001`.replace(pseudo, ' ');
  if (!withPhrase.endsWith(`${phrase}\u0001`)) return false;
  const clause = withPhrase.slice(0, withPhrase.length - phrase.length - 1);
  const window = clause.split(/\s+/).filter(Boolean).slice(-MAX_WORDS).join(' ');
  return tables.trigger.test(window);
}

function isClarifiedWith(tables: LanguageContextTables, text: string, end: number): boolean {
  const sticky = new RegExp(tables.clarifier.source, tables.clarifier.flags.includes('y') ? tables.clarifier.flags : `${tables.clarifier.flags}y`);
  sticky.lastIndex = end;
  return sticky.test(text);
}

type Verdict = { action: 'keep' } | { action: 'lower' | 'drop'; reason: ContextReason };

function judge(tables: LanguageContextTables, text: string, finding: Finding, options: ContextOptions): Verdict {
  const place = placeOnLine(text, finding.start, finding.end);
  if (place.label && !options.labels) return { action: 'drop', reason: 'label' };
  const span = sentenceAround(text, finding.start, finding.end);
  const sentence = text.slice(span.start, span.end);
  const before = text.slice(span.start, finding.start);
  const matched = text.slice(finding.start, finding.end);
  if (!place.quoted && !options.mentions && isQuotedMention(sentence, finding.start - span.start, finding.end - span.start)) return { action: 'drop', reason: 'mention' };
  if (isDefinitionOrStatute(sentence, isInDefinitionsSection(text, span.start))) return { action: 'lower', reason: 'definition' };
  // As in the English analysis, a cited article does not say which legitimate interest is meant.
  if (finding.category === 'vague-legal-basis' && finding.ruleId !== 'de-berechtigtes-interesse' && isBasisCited(sentence, matched)) return { action: 'lower', reason: 'cited' };
  if (NEGATABLE.has(finding.category) && isNegatedBeforeWith(tables, before, matched)) return { action: 'lower', reason: 'negated' };
  if (finding.category === 'unnamed-recipients' && tables.negatedPredicate.test(text.slice(finding.end, finding.end + 40))) return { action: 'lower', reason: 'negated' };
  if (RIGHTS_HARMLESS.has(finding.category) && (tables.userActing.test(before) || tables.userActing.test(sentence))) return { action: 'lower', reason: 'user-rights' };
  return { action: 'keep' };
}

/** applyContext (analyseContext.ts) with a language's tables. */
export function applyContextWith(tables: LanguageContextTables, matches: readonly Finding[], text: string, options: ContextOptions): Finding[] {
  const kept: Finding[] = [];
  for (const match of matches) {
    const finding = CLARIFIABLE.has(match.category) && !match.clarified && isClarifiedWith(tables, text, match.end) ? { ...match, severity: 'hint' as const, clarified: true } : match;
    const verdict = judge(tables, text, finding, options);
    if (verdict.action === 'keep') kept.push(finding);
    else if (verdict.action === 'lower' && options.showLowered) kept.push({ ...finding, severity: 'hint', lowered: verdict.reason });
  }
  return kept;
}
