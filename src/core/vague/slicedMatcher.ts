// Matches a document whose masked text arrives in parts (DocumentLintState.createInSlices), with the
// findings of one whole-document lint, each found once. A phrase, its filters and its
// clarification can reach across a cut, so the findings starting before a cut are taken only once
// enough text after it is known, from a window that overlaps the parts before and after; overlaps
// between matches and the sentence facts of the context analysis are carried from one window to
// the next.
import { classOf, CLASS_SEPARATOR } from '../match/charClasses';
import type { LintConfig } from './lintConfig';
import type { Finding } from './finding';
import { applyContext, type ContextCarry } from './context/analyseContext';
import type { Linter } from './linter';
import { configuredSeverity } from './lintDocument';
import type { RuleLanguage } from '../language/languages';

/** Characters a filter or a word boundary reads before a match (FILTER_WINDOW in linter.ts, and more). */
const LOOK_BEHIND = 64;
/** Raw characters a filter reads after a match. */
const LOOK_AHEAD_RAW = 64;
/**
 * Counted characters (neither separators, which a phrase folds into one, nor the spacing a
 * clarification may skip) that cover the rest of any phrase (at most 255) and a clarifier after it.
 */
const LOOK_AHEAD_COUNTED = 320;

function isCounted(code: number): boolean {
  return !(code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x3e || classOf(code) === CLASS_SEPARATOR);
}

export class SlicedMatcher {
  private readonly parts: { start: number; text: string }[] = [];
  private end: number;
  /** Findings starting before this offset have been taken. */
  private taken: number;
  private readonly overlap = { reachedEnd: -1 };
  private readonly context: ContextCarry = {};

  constructor(
    private readonly text: string,
    private readonly linter: Linter,
    private readonly config: LintConfig,
    from = 0,
    /** The language of the rules `linter` holds: set on each finding before its context is judged. */
    private readonly language: RuleLanguage = 'en',
  ) {
    this.end = from;
    this.taken = from;
  }

  /** Where findings are complete: every finding starting before it has been taken. */
  get completeTo(): number {
    return this.taken;
  }

  /** The masked text of [start, start + masked.length), which continues the parts before. */
  add(start: number, masked: string): void {
    if (start !== this.end) throw new Error(`SlicedMatcher: part at ${start}, expected ${this.end}`);
    this.parts.push({ start, text: masked });
    this.end = start + masked.length;
  }

  /** The findings that are now certain (all of them when `final`), judged in context. */
  take(final: boolean): Finding[] {
    const upTo = final ? this.end : this.certainTo();
    if (upTo <= this.taken) return [];
    const windowStart = Math.max(this.parts[0]?.start ?? 0, this.taken - LOOK_BEHIND);
    const window = this.windowFrom(windowStart);
    const carry = { reachedEnd: this.overlap.reachedEnd - windowStart };
    const found = this.linter.lint(window, {
      from: this.taken - windowStart,
      to: window.length,
      startsBefore: upTo - windowStart,
      carry,
      severityFor: (rule) => configuredSeverity(rule, this.config),
    });
    this.overlap.reachedEnd = carry.reachedEnd + windowStart;
    for (const finding of found) {
      finding.start += windowStart;
      finding.end += windowStart;
      finding.language = this.language;
    }
    this.taken = upTo;
    this.dropBefore(upTo - LOOK_BEHIND);
    return applyContext(found, this.text, this.config, this.context);
  }

  /** The last offset with enough known text after it (see LOOK_AHEAD_COUNTED). */
  private certainTo(): number {
    let counted = 0;
    for (let p = this.parts.length - 1; p >= 0; p--) {
      const part = this.parts[p]!;
      for (let i = part.text.length - 1; i >= 0; i--) {
        if (isCounted(part.text.charCodeAt(i))) counted++;
        const at = part.start + i;
        if (counted >= LOOK_AHEAD_COUNTED && this.end - at >= LOOK_AHEAD_RAW) return at;
        if (at <= this.taken) return this.taken;
      }
    }
    return this.taken;
  }

  private windowFrom(start: number): string {
    const pieces: string[] = [];
    for (const part of this.parts) {
      const partEnd = part.start + part.text.length;
      if (partEnd <= start) continue;
      pieces.push(part.start >= start ? part.text : part.text.slice(start - part.start));
    }
    return pieces.join('');
  }

  private dropBefore(offset: number): void {
    let drop = 0;
    while (drop < this.parts.length - 1 && this.parts[drop]!.start + this.parts[drop]!.text.length <= offset) drop++;
    if (drop > 0) this.parts.splice(0, drop);
  }
}
