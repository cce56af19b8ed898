// Which text each language's rules read: the blocks of a document get their language
// (language/assign.ts); each language with rules is linted on a copy of the masked text in which
// the blocks of every other language are masked too, so no block is linted with another
// language's rules. Blocks in languages without rules (nl, es, it, pl, pt) are linted by none and
// reported once per document (NotChecked).
import { MASK, type TextUnit, type UnitContainer } from '../markdown/scope';
import { assignLanguages, paragraphUnits, type LanguageSpan } from '../language/assign';
import { hasRules, type DetectedLanguage, type LanguageSetting, type RuleLanguage } from '../language/languages';

export interface LanguagePass {
  language: RuleLanguage;
  /** The text to scan: the scope-masked text, shared by the passes. */
  masked: string;
  /**
   * The stretches of `masked` its rules read: everything but the blocks of other languages, as
   * [start, end) in `masked`'s offsets. No copy is made: a phrase cannot reach past a stretch's end.
   */
  ranges: { start: number; end: number }[];
}

export interface LanguagePlan {
  passes: LanguagePass[];
  /** Every block's language (document offsets). */
  spans: LanguageSpan[];
  /** Blocks in languages without rules, not linted. */
  unchecked: LanguageSpan[];
}

/** A language without rules in a document: reported once ("Not checked: Dutch"), at its first block. */
export interface NotChecked {
  language: DetectedLanguage;
  /** The first block in that language. */
  start: number;
  end: number;
  /** How many blocks (paragraphs, headings, list items, table cells) are in that language. */
  blocks: number;
}

/**
 * Plans the passes over `masked` (whose offsets are document offsets minus `base`). `units`
 * undefined means plain text: its paragraphs are the units.
 */
export function planLanguages(
  masked: string,
  units: readonly TextUnit[] | undefined,
  containers: readonly UnitContainer[],
  fallback: DetectedLanguage,
  setting: LanguageSetting,
  base = 0,
): LanguagePlan {
  const whole = [{ start: 0, end: masked.length }];
  if (setting !== 'auto') return { passes: [{ language: setting, masked, ranges: whole }], spans: [], unchecked: [] };
  const spans = assignLanguages(masked, units ?? paragraphUnits(masked), containers, fallback, 'auto', base);
  const languages = new Set(spans.map((span) => span.language));
  if (languages.size === 0) languages.add(fallback);
  const unchecked = spans.filter((span) => !hasRules(span.language));
  const passes: LanguagePass[] = [];
  for (const language of languages) {
    if (!hasRules(language)) continue;
    passes.push({ language, masked, ranges: languages.size === 1 ? whole : rangesOf(spans, language, masked.length, base) });
  }
  return { passes, spans, unchecked };
}

/** The stretches between the blocks of languages other than `language` that hold a block of it. */
function rangesOf(spans: readonly LanguageSpan[], language: DetectedLanguage, length: number, base: number): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  let holds = false;
  for (const span of spans) {
    if (span.language === language) {
      holds = true;
      continue;
    }
    if (holds && span.start - base > start) ranges.push({ start, end: span.start - base });
    start = Math.max(start, span.end - base);
    holds = false;
  }
  if (holds && length > start) ranges.push({ start, end: length });
  return ranges;
}

/**
 * The pass's text with the blocks of every other language masked (line breaks kept), for the
 * sliced lint, which matches whole windows rather than ranges.
 */
export function maskedForPass(plan: LanguagePlan, pass: LanguagePass, base: number): string {
  if (plan.passes.length === 1 && plan.unchecked.length === 0) return pass.masked;
  const parts: string[] = [];
  let cursor = 0;
  for (const span of plan.spans) {
    if (span.language === pass.language) continue;
    const start = span.start - base;
    const end = span.end - base;
    if (start > cursor) parts.push(pass.masked.slice(cursor, start));
    parts.push(pass.masked.slice(Math.max(start, cursor), end).replace(/[^\r\n]/g, MASK));
    cursor = Math.max(cursor, end);
  }
  parts.push(pass.masked.slice(cursor));
  return parts.join('');
}

/** The once-per-document notices for the unchecked spans (sorted by start), one per language. */
export function notCheckedOf(unchecked: readonly LanguageSpan[]): NotChecked[] {
  const byLanguage = new Map<DetectedLanguage, NotChecked>();
  for (const span of unchecked) {
    const known = byLanguage.get(span.language);
    if (known) known.blocks++;
    else byLanguage.set(span.language, { language: span.language, start: span.start, end: span.end, blocks: 1 });
  }
  return [...byLanguage.values()];
}
