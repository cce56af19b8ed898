// The language of each block of a document: a paragraph, heading, list item or table cell clearly
// in a language (detect.ts) has that language; one too short to tell takes the language of its
// block quote, list or table (detected on the container's whole text), then of the enclosing
// container, then the document's. Blocks are read in the masked text (markdown/scope.ts), so code,
// link destinations and out-of-scope text do not count.
import type { TextUnit, UnitContainer } from '../markdown/scope';
import { findFrontMatter } from '../text/frontMatter';
import { detectLanguage, rankLanguage, isClear } from './detect';
import { languageOfTag, type DetectedLanguage, type LanguageSetting } from './languages';

/** A stretch of text in one language: [start, end). */
export interface LanguageSpan {
  start: number;
  end: number;
  language: DetectedLanguage;
}

/** Words read to decide a document's language when its front matter does not say. */
const DOCUMENT_SAMPLE_WORDS = 300;
const DOCUMENT_SAMPLE_CHARS = 6000;
const FRONT_MATTER_LANG = /^(?:lang|language)[ \t]*:[ \t]*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)["']?[ \t]*(?:#.*)?$/m;

/** The `lang:` (or `language:`) of the document's front matter, when it names a language the detector knows. */
export function frontMatterLanguage(text: string): DetectedLanguage | undefined {
  const block = findFrontMatter(text);
  if (!block) return undefined;
  const match = FRONT_MATTER_LANG.exec(text.slice(block.contentStart, block.contentEnd));
  return match ? languageOfTag(match[1]) : undefined;
}

/**
 * The language blocks fall back to: the forced setting, else the front matter's `lang:`, else the
 * language of the start of the document's text when clear, else English. Cheap (one sample), so
 * it can be asked again on every edit.
 */
export function documentLanguage(text: string, setting: LanguageSetting): DetectedLanguage {
  if (setting !== 'auto') return setting;
  const declared = frontMatterLanguage(text);
  if (declared) return declared;
  const start = findFrontMatter(text)?.end ?? 0;
  const detection = rankLanguage(text, start, Math.min(text.length, start + DOCUMENT_SAMPLE_CHARS), DOCUMENT_SAMPLE_WORDS);
  return detection && isClear(detection) ? detection.language : 'en';
}

/**
 * The language of each of `units` (offsets in `masked`, shifted by `base` in the result), one span
 * per unit. A forced language (setting not 'auto') skips detection.
 */
export function assignLanguages(masked: string, units: readonly TextUnit[], containers: readonly UnitContainer[], fallback: DetectedLanguage, setting: LanguageSetting, base = 0): LanguageSpan[] {
  const spans: LanguageSpan[] = [];
  const containerLanguage = new Map<number, DetectedLanguage>();
  const languageOfContainer = (index: number): DetectedLanguage => {
    if (index === -1) return fallback;
    let language = containerLanguage.get(index);
    if (language === undefined) {
      const container = containers[index]!;
      language = detectLanguage(masked, container.start, container.end) ?? languageOfContainer(container.parent);
      containerLanguage.set(index, language);
    }
    return language;
  };
  for (const unit of units) {
    const language = setting !== 'auto' ? setting : (detectLanguage(masked, unit.start, unit.end) ?? languageOfContainer(unit.container));
    spans.push({ start: unit.start + base, end: unit.end + base, language });
  }
  return spans;
}

/** Plain text (or the 'everything' scope): paragraphs separated by blank lines are the units. */
export function paragraphUnits(text: string, from = 0, to = text.length): TextUnit[] {
  const units: TextUnit[] = [];
  const blank = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/g;
  blank.lastIndex = from;
  let start = from;
  for (let match = blank.exec(text); match && match.index < to; match = blank.exec(text)) {
    if (match.index > start) units.push({ start, end: match.index, container: -1 });
    start = match.index + match[0].length;
  }
  if (to > start) units.push({ start, end: to, container: -1 });
  return units;
}
