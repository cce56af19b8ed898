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
  /** The masked text with every block in another language masked as well. */
  masked: string;
}

export interface LanguagePlan {
  passes: LanguagePass[];
  /** Blocks in languages without rules, not linted. */
  unchecked: LanguageSpan[];
}

/** A language without rules in a document: reported once ("Not checked: Dutch"), at its first block. */
export interface NotChecked {
  language: DetectedLanguage;
  /** The first block in that language. */
  start: number;
  end: number;
  /** How many blocks (merged runs of adjacent blocks) are in that language. */
  blocks: number;
}

/**
 * Plans the passes over `masked` (whose offsets are document offsets minus `base`). `units` empty
 * means plain text: its paragraphs are the units.
 */
export function planLanguages(masked: string, units: readonly TextUnit[] | undefined, containers: readonly UnitContainer[], fallback: DetectedLanguage, setting: LanguageSetting, base = 0): LanguagePlan {
  if (setting !== 'auto') return { passes: [{ language: setting, masked }], unchecked: [] };
  const spans = assignLanguages(masked, units ?? paragraphUnits(masked), containers, fallback, setting, base);
  const languages = new Set(spans.map((span) => span.language));
  if (languages.size === 0) languages.add(fallback);
  const unchecked = spans.filter((span) => !hasRules(span.language));
  const passes: LanguagePass[] = [];
  for (const language of languages) {
    if (!hasRules(language)) continue;
    passes.push({ language, masked: languages.size === 1 ? masked : maskOthers(masked, spans, language, base) });
  }
  return { passes, unchecked };
}

/** `masked` with the spans of languages other than `keep` masked (line breaks kept). */
function maskOthers(masked: string, spans: readonly LanguageSpan[], keep: DetectedLanguage, base: number): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.language === keep) continue;
    const start = span.start - base;
    const end = span.end - base;
    if (start > cursor) parts.push(masked.slice(cursor, start));
    parts.push(masked.slice(Math.max(start, cursor), end).replace(/[^\r\n]/g, MASK));
    cursor = Math.max(cursor, end);
  }
  parts.push(masked.slice(cursor));
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
