// Findings of one document kept up to date across edits without re-reading the whole text: after
// an edit only the paragraphs around it are re-parsed and re-matched, and the findings after it
// are shifted. Whenever the edit could change the structure beyond those paragraphs (code fences,
// HTML blocks, front matter) it falls back to a full lint, so the result always equals lintDocument.
import type { LintConfig } from './lintConfig';
import { analyseScope, countQuotedLines, quotedLinesAround, scopeOfCount, type AppliedScope, type QuotedLineCount, type ScopeAnalysis, type TopLevelBlock } from '../markdown/scope';
import { continuationAfter, linesToBlankLine, type Continuation } from '../markdown/innerCuts';
import { SlicedMatcher } from './slicedMatcher';
import { PAUSE, sliceBoundariesLazily } from '../markdown/slices';
import { SliceSizer, type SliceSizing } from './sliceSizer';
import { findFrontMatter } from '../text/frontMatter';
import { lineAt, lineStartsOf } from '../text/lineIndex';
import type { Finding } from './finding';
import { NO_SUPPRESSIONS, parseSuppressions, type Suppressions } from './suppressions';
import { applyDocumentFilters, lintPasses, linterFor, type DocumentKind } from './lintDocument';
import { documentLanguage, paragraphUnits, type LanguageSpan } from '../language/assign';
import type { DetectedLanguage, RuleLanguage } from '../language/languages';
import { MASK } from '../markdown/scope';
import { maskedForPass, notCheckedOf, planLanguages, type LanguagePass, type LanguagePlan, type NotChecked } from './languagePlan';
import { applyContext } from './context/analyseContext';
import { mentionsDefinitionsHeading } from './context/outline';
import { SENTENCE_REACH } from './context/sentence';
import { INTEREST_REACH as LOOK_AHEAD } from './context/resolvedNearby';
import { appendAll } from '../appendAll';

/** What every disable comment and every inserted letter's marker starts with. */
const COMMENT_OPENER = '<!--';

/** Blocks whose extent depends on text far away: an edit near them needs a full re-parse. */
const FRAGILE_BLOCKS = new Set(['fence', 'code_block', 'html_block']);
/**
 * Text that can change blocks outside the region: fences, HTML blocks, and link reference
 * definitions or uses (a definition anywhere changes how "[x][ref]" parses elsewhere). Indented
 * lines are left to the parse: nested list items are indented too, and only the code blocks they
 * can make (chunks that join across blank lines) reach outside (see FRAGILE_BLOCKS).
 */
const FRAGILE_TEXT = /```|~~~|^[ \t>]*<|\]\[|^[ \t>]*\[[^\]]*\]:/m;
/** How many more touching blocks an edit's region takes in, each way, to reach a blank line. */
const TOUCHING_BLOCKS = 8;
/** Longest phrase in folded characters: plain-text regions are widened by this much. */
const PHRASE_REACH = 256;

export interface EditRegion {
  /** Offset where the old and new text start to differ. */
  start: number;
  /** Number of characters at the end of both texts that the edit left unchanged. */
  unchangedSuffix: number;
}

export class DocumentLintState {
  private text: string;
  private blocks: TopLevelBlock[] = [];
  private bodyStartLine = 0;
  private lineStarts: number[] = [0];
  /** Matches before disable comments and the allow-list are applied. */
  private matches: Finding[] = [];
  private filtered: Finding[] = [];
  /** Where analysis stopped because maxFindings was reached (undefined: the whole document). */
  truncatedAt: number | undefined;
  /** How the last update was done, for tests and the benchmark. */
  lastUpdate: 'full' | 'incremental' = 'full';
  /** The scope as applied to the current text ('auto' decided per document). */
  private scope: AppliedScope;
  /**
   * Whether the text holds an HTML comment opener: without one it has no disable comment and no
   * inserted letter, and the filters skip reading the whole text for them on every edit.
   */
  private hasComments = true;
  /** With the 'auto' scope: the document's count of lines and quoted lines, updated from each edit (it decides 'auto'). */
  private quoteCount: QuotedLineCount | undefined;
  /** The language blocks too short to tell fall back to (documentLanguage): when it changes, all is re-linted. */
  private language: DetectedLanguage = 'en';
  /** Blocks in languages without rules, by document offset, sorted: not linted, reported once (notChecked). */
  private unchecked: LanguageSpan[] = [];
  /**
   * The one language with rules the whole text is in, for plain-text updates (undefined: several
   * languages, or blocks without rules; an edit then re-lints the whole text).
   */
  private soleLanguage: RuleLanguage | undefined;

  constructor(
    text: string,
    private readonly kind: DocumentKind,
    private readonly config: LintConfig,
  ) {
    this.text = text;
    this.scope = this.decideScope(text);
    this.relintAll(text);
  }

  /**
   * Builds the state for a large document a slice at a time, awaiting `pause()` between slices so
   * the caller's thread stays responsive. Returns undefined when `cancelled()` turns true. The
   * findings equal the synchronous constructor's, except that link reference definitions only
   * apply within their own slice; a block longer than a slice (a megabyte-sized table, list or
   * paragraph) is cut where innerCuts.ts shows the parts parse as the whole does. `sliceSize` is a fixed size in characters, or a time budget
   * that the slices adapt to (see SliceSizer).
   */
  static async createInSlices(
    text: string,
    kind: DocumentKind,
    config: LintConfig,
    options: {
      sliceSize: number | SliceSizing;
      pause: () => Promise<void>;
      cancelled: () => boolean;
      /** Called after each slice with its size and the milliseconds from the last pause. */
      onSlice?: (chars: number, milliseconds: number) => void;
      maxFindings?: number;
      now?: () => number;
    },
  ): Promise<DocumentLintState | undefined> {
    const state = new DocumentLintState('', kind, config);
    state.text = text;
    state.hasComments = text.includes(COMMENT_OPENER);
    state.lineStarts = [0];
    state.blocks = [];
    state.matches = [];
    if (!config.enabled) {
      state.lineStarts = lineStartsOf(text, 0);
      return state;
    }
    state.scope = state.decideScope(text);
    state.language = documentLanguage(text, config.language);
    state.soleLanguage = undefined;
    const markdown = kind === 'markdown' && state.scope !== 'everything';
    const frontMatterEnd = markdown ? (findFrontMatter(text)?.end ?? 0) : 0;
    const sizer = typeof options.sliceSize === 'number' ? undefined : new SliceSizer(options.sliceSize);
    const fixedSize = typeof options.sliceSize === 'number' ? options.sliceSize : 0;
    const targetSize = sizer ? () => sizer.nextSize : () => fixedSize;
    // Slices end at blank lines and, inside a block longer than a slice, at lines where the block
    // can be cut (innerCuts.ts); plain text is cut at line breaks.
    const boundaries = markdown ? sliceBoundariesLazily(text, targetSize, frontMatterEnd, true) : plainSlices(text, targetSize);
    const now = options.now ?? Date.now;
    // One matcher per language with rules, created at the first slice with a block in it; every
    // later slice is added to each (masked where it holds none of its language), so each stays
    // contiguous.
    const matchers = new Map<RuleLanguage, SlicedMatcher>();
    const feed = (start: number, part: string, plan: LanguagePlan, passText: (pass: LanguagePass) => string) => {
      appendAll(state.unchecked, plan.unchecked);
      for (const pass of plan.passes) {
        if (!matchers.has(pass.language)) matchers.set(pass.language, new SlicedMatcher(text, linterFor(config, pass.language), config, start, pass.language));
      }
      for (const [language, languageMatcher] of matchers) {
        const pass = plan.passes.find((candidate) => candidate.language === language);
        languageMatcher.add(start, pass ? passText(pass) : maskAll(part));
      }
    };
    const takeAll = (final: boolean) => {
      for (const languageMatcher of matchers.values()) appendAll(state.matches, languageMatcher.take(final));
    };
    // The first slice also holds the front matter, so it is recognised as such.
    let sliceStart = 0;
    let first = true;
    /** How the current slice is parsed: after a prefix that puts markdown-it inside the block cut before it. */
    let continuation: Continuation = { prefix: '' };
    let paragraphStart: number | undefined;
    /** After a cut inside a block was refused, none is tried again before the next blank line. */
    let innerRefused = false;
    const parse = (start: number, end: number): ScopeAnalysis => analyseScope(continuation.prefix + text.slice(start, end), state.scope);
    const commit = (start: number, end: number, analysis: ScopeAnalysis | undefined) => {
      appendAll(state.lineStarts, lineStartsOf(text.slice(start, end), start), 1);
      if (analysis) {
        const firstLine = lineAt(state.lineStarts, start);
        const prefixLines = lineCount(continuation.prefix);
        if (first) state.bodyStartLine = analysis.bodyStartLine;
        for (const block of analysis.blocks) {
          if (block.endLine <= prefixLines) continue;
          state.blocks.push({ type: block.type, startLine: Math.max(block.startLine, prefixLines) - prefixLines + firstLine, endLine: block.endLine - prefixLines + firstLine });
        }
        const prefixLength = continuation.prefix.length;
        const units = analysis.units.filter((unit) => unit.start >= prefixLength);
        const plan = planLanguages(analysis.masked, units, analysis.containers, state.language, config.language, start - prefixLength);
        feed(start, analysis.masked.slice(prefixLength), plan, (pass) => maskedForPass(plan, pass, start - prefixLength).slice(prefixLength));
      } else {
        const part = text.slice(start, end);
        const plan = planLanguages(part, undefined, [], state.language, config.language, start);
        feed(start, part, plan, (pass) => maskedForPass(plan, pass, start));
      }
      takeAll(false);
      first = false;
    };
    const limit = options.maxFindings ?? Number.POSITIVE_INFINITY;
    // Timed from the last pause: finding the boundary is part of the slice's cost.
    let resumed = now();
    for (const boundary of boundaries) {
      if (options.cancelled()) return undefined;
      if (boundary !== PAUSE) {
        let cut: number | undefined;
        let next: Continuation = { prefix: '' };
        let analysis: ScopeAnalysis | undefined;
        if (typeof boundary === 'number') {
          cut = boundary;
          innerRefused = false;
        } else if (boundary.interrupting) {
          cut = boundary.inner;
        } else if (!innerRefused) {
          const cutAt = boundary.inner;
          // A table or paragraph may go on past this line: parse up to it and ask innerCuts.
          analysis = parse(sliceStart, boundary.inner);
          const decided = continuationAfter({
            text,
            start: sliceStart,
            cut: boundary.inner,
            blocks: analysis.blocks,
            lines: lineCount(continuation.prefix) + lineCount(text.slice(sliceStart, boundary.inner)),
            prefixLines: lineCount(continuation.prefix),
            continuation,
            linesAfter: () => linesToBlankLine(text, cutAt),
            paragraphStart,
          });
          if (decided) {
            cut = boundary.inner;
            next = decided.continuation;
            paragraphStart = decided.paragraphStart;
          } else {
            innerRefused = true;
            analysis = undefined;
          }
        }
        if (cut !== undefined && cut > sliceStart) {
          commit(sliceStart, cut, markdown ? (analysis ?? parse(sliceStart, cut)) : undefined);
          continuation = next;
          if (!next.prefix) paragraphStart = undefined;
          const milliseconds = now() - resumed;
          sizer?.record(cut - sliceStart, milliseconds);
          options.onSlice?.(cut - sliceStart, milliseconds);
          sliceStart = cut;
          if (state.matches.length >= limit) break;
        }
      }
      await options.pause();
      resumed = now();
    }
    if (options.cancelled()) return undefined;
    if (state.matches.length >= limit) {
      // Enough to show: the rest of the document is not analysed (no one reads 100,000 findings,
      // and holding them costs memory and long garbage-collection pauses).
      state.truncatedAt = sliceStart;
      state.matches.length = Math.min(state.matches.length, limit);
      // Line starts past this point are not computed: a truncated state is rebuilt on every edit.
    } else {
      commit(sliceStart, text.length, markdown ? parse(sliceStart, text.length) : undefined);
      takeAll(true);
      // Each language's findings came in its own order: one document order for the updates.
      if (matchers.size > 1) state.matches.sort((a, b) => a.start - b.start || a.end - b.end);
    }
    // The filters below read the whole document: steps of their own, not the last slice's. Reading
    // the disable comments of a large document is one (~20 ms for 40,000), filtering another.
    await options.pause();
    if (options.cancelled()) return undefined;
    const suppressions = parseSuppressions(text);
    await options.pause();
    if (options.cancelled()) return undefined;
    state.applyFilters(suppressions);
    return state;
  }

  get findings(): readonly Finding[] {
    return this.filtered;
  }

  /** The languages without rules in the document, once each, at their first block ("Not checked: Dutch"). */
  get notChecked(): NotChecked[] {
    return notCheckedOf(this.unchecked);
  }

  /** What this document's lint checked: 'auto' decided; plain text is checked whole. */
  get appliedScope(): AppliedScope {
    return this.kind === 'markdown' ? this.scope : 'everything';
  }

  get currentText(): string {
    return this.text;
  }

  /**
   * Brings the findings up to date with `newText`, which differs from the previous text only inside
   * `edit`. When only a full re-lint would do and `allowFullRelint` is false (a large document),
   * returns undefined and changes nothing: the caller rebuilds with createInSlices.
   */
  update(newText: string, edit: EditRegion, allowFullRelint = true): readonly Finding[] | undefined {
    if (!this.config.enabled) {
      this.text = newText;
      return this.filtered;
    }
    // Adding the first block quote (or removing the last) changes what 'auto' checks everywhere.
    const scope = this.scopeAfter(newText, edit);
    const scopeChanged = scope !== this.scope;
    this.scope = scope;
    // The language short blocks fall back to (front matter, or the start of the text) changed: every block may change.
    const languageChanged = documentLanguage(newText, this.config.language) !== this.language;
    if (this.truncatedAt !== undefined || scopeChanged || languageChanged) return allowFullRelint ? (this.relintAll(newText), (this.text = newText), this.applyFilters(), this.filtered) : undefined;
    const done = this.kind === 'markdown' && this.scope !== 'everything' ? this.updateMarkdown(newText, edit) : this.updatePlain(newText, edit);
    if (!done && !allowFullRelint) return undefined;
    if (!done) this.relintAll(newText);
    this.lastUpdate = done ? 'incremental' : 'full';
    // Without a comment before the edit, only the edited text (and the characters beside it, which
    // can complete an opener) can hold one now.
    const newEnd = Math.max(edit.start, newText.length - edit.unchangedSuffix);
    this.hasComments = this.hasComments
      ? newText.includes(COMMENT_OPENER)
      : newText.slice(Math.max(0, edit.start - COMMENT_OPENER.length + 1), newEnd + COMMENT_OPENER.length - 1).includes(COMMENT_OPENER);
    this.text = newText;
    this.applyFilters();
    return this.filtered;
  }

  /** The scope `text` is checked in ('auto' decided: resolveScope), counting its lines for later edits. */
  private decideScope(text: string): AppliedScope {
    if (this.config.scope !== 'auto') return this.config.scope;
    this.quoteCount = countQuotedLines(text, 0, text.length);
    return scopeOfCount(this.quoteCount);
  }

  /**
   * resolveScope of `newText`, from the count of the lines the edit touched: the editor's updates
   * no longer read every line of a large document on each keystroke.
   */
  private scopeAfter(newText: string, edit: EditRegion): AppliedScope {
    const count = this.quoteCount;
    if (this.config.scope !== 'auto' || count === undefined) return this.decideScope(newText);
    const oldEnd = Math.max(edit.start, this.text.length - edit.unchangedSuffix);
    const newEnd = Math.max(edit.start, newText.length - edit.unchangedSuffix);
    const removed = quotedLinesAround(this.text, edit.start, oldEnd);
    const added = quotedLinesAround(newText, edit.start, newEnd);
    this.quoteCount = { lines: count.lines - removed.lines + added.lines, quoted: count.quoted - removed.quoted + added.quoted };
    return scopeOfCount(this.quoteCount);
  }

  private relintAll(text: string): void {
    if (!this.config.enabled) {
      this.matches = [];
      this.filtered = [];
      return;
    }
    let masked = text;
    this.language = documentLanguage(text, this.config.language);
    let plan: LanguagePlan;
    if (this.kind === 'markdown') {
      const analysis = analyseScope(text, this.scope);
      masked = analysis.masked;
      this.blocks = analysis.blocks;
      this.bodyStartLine = analysis.bodyStartLine;
      plan = planLanguages(masked, this.scope === 'everything' ? undefined : analysis.units, analysis.containers, this.language, this.config.language);
    } else {
      this.blocks = [];
      plan = planLanguages(text, undefined, [], this.language, this.config.language);
    }
    this.unchecked = plan.unchecked;
    this.soleLanguage = plan.passes.length === 1 && plan.unchecked.length === 0 ? plan.passes[0]!.language : undefined;
    this.lineStarts = lineStartsOf(text, 0);
    this.matches = this.match(plan.passes, 0, masked.length, 0, text);
    this.text = text;
    this.hasComments = text.includes(COMMENT_OPENER);
    this.applyFilters();
  }

  private updatePlain(newText: string, edit: EditRegion): boolean {
    const delta = newText.length - this.text.length;
    const oldEnd = this.text.length - edit.unchangedSuffix;
    // Plain text has no blank-line-bounded blocks: re-match as far as a phrase and its sentence reach.
    const reach = PHRASE_REACH + SENTENCE_REACH;
    const from = lineStartBefore(newText, Math.max(0, edit.start - reach));
    const oldTo = lineEndAfter(this.text, Math.min(this.text.length, oldEnd + reach));
    // Incremental only while the whole text is in one language with rules and the edited
    // paragraphs still are: otherwise the blocks' languages are decided again, in a full lint.
    const language = this.soleLanguage;
    if (language === undefined) return false;
    if (this.config.language === 'auto') {
      const paragraphsFrom = paragraphStartBefore(newText, edit.start);
      const paragraphsTo = paragraphEndAfter(newText, newText.length - edit.unchangedSuffix);
      const region = newText.slice(paragraphsFrom, paragraphsTo);
      const plan = planLanguages(region, paragraphUnits(region), [], this.language, 'auto');
      if (plan.unchecked.length > 0 || plan.passes.some((pass) => pass.language !== language)) return false;
    }
    this.lineStarts = lineStartsOf(newText, 0);
    this.spliceMatches(from, oldTo, delta, this.match([{ language, masked: newText, ranges: [{ start: 0, end: newText.length }] }], from, oldTo + delta, 0, newText));
    return true;
  }

  private updateMarkdown(newText: string, edit: EditRegion): boolean {
    const oldText = this.text;
    const delta = newText.length - oldText.length;
    const oldEnd = oldText.length - edit.unchangedSuffix;
    const firstLine = lineAt(this.lineStarts, edit.start);
    const lastLine = lineAt(this.lineStarts, oldEnd);
    // Front matter (or a document that starts like it): its extent depends on lines far below.
    if (this.bodyStartLine > 0 ? firstLine <= this.bodyStartLine : oldText.startsWith('---') || newText.startsWith('---')) return false;

    // The blocks the edit touches, widened by one on each side (a paragraph may merge with its
    // neighbour), then checked for blank-line boundaries. Fences and HTML blocks are never
    // widened into: they cannot merge with prose, and re-parsing them is what is expensive.
    let first = firstBlockEndingAfter(this.blocks, firstLine);
    let last = first;
    while (last < this.blocks.length && this.blocks[last]!.startLine <= lastLine) last++;
    if (last - first === 1 && this.isInsideFence(this.blocks[first]!, firstLine, lastLine, oldText, newText, edit)) {
      this.shiftAfter(edit.start, delta);
      return true;
    }
    const previous = this.blocks[first - 1];
    if (previous && FRAGILE_BLOCKS.has(previous.type) && !this.isClosed(previous)) return false; // it may reach into the edit
    if (previous && !FRAGILE_BLOCKS.has(previous.type)) first--;
    // A verdict may read past its own paragraph ("…our legitimate interest." then "Our legitimate
    // interest is to…" below): the blocks that start within that reach before the edit are re-judged.
    while (first > 0 && first < this.blocks.length && !FRAGILE_BLOCKS.has(this.blocks[first - 1]!.type) && this.lineStarts[this.blocks[first]!.startLine]! > edit.start - LOOK_AHEAD) first--;
    if (last < this.blocks.length && !FRAGILE_BLOCKS.has(this.blocks[last]!.type)) last++;
    // Blocks that touch without a blank line between them (a heading right above its paragraph, a
    // table right under its lead-in, as policies converted from HTML often are) go on being taken in,
    // a few at most, until a blank line bounds the region on each side.
    for (
      let extra = 0;
      extra < TOUCHING_BLOCKS && first > 0 && first < this.blocks.length && !this.isBlank(this.blocks[first]!.startLine - 1) && !FRAGILE_BLOCKS.has(this.blocks[first - 1]!.type);
      extra++
    )
      first--;
    for (
      let extra = 0;
      extra < TOUCHING_BLOCKS &&
      last > 0 &&
      last < this.blocks.length &&
      !this.isBlank(this.blocks[last - 1]!.endLine) &&
      !this.isBlank(this.blocks[last - 1]!.endLine - 1) &&
      !FRAGILE_BLOCKS.has(this.blocks[last]!.type);
      extra++
    )
      last++;
    const regionStartLine = first < this.blocks.length ? Math.min(this.blocks[first]!.startLine, firstLine) : firstLine;
    const regionEndLine = last > 0 && last - 1 < this.blocks.length ? Math.max(this.blocks[last - 1]!.endLine, lastLine + 1) : lastLine + 1;
    for (let index = first; index < last; index++) if (FRAGILE_BLOCKS.has(this.blocks[index]!.type)) return false;
    if (this.bodyStartLine > 0 && regionStartLine <= this.bodyStartLine) return false;
    // The region ends at a blank line: the one after it, or its own last line (markdown-it counts the
    // blank line after a list as the list's) when the edit left that line alone.
    const endsAtBlank = regionEndLine >= this.lineStarts.length || this.isBlank(regionEndLine) || (regionEndLine - 1 > lastLine && this.isBlank(regionEndLine - 1));
    if (!this.isBlank(regionStartLine - 1) || !endsAtBlank) return false;

    const regionStart = this.lineStarts[regionStartLine]!;
    const regionEndOld = this.lineStarts[regionEndLine] ?? oldText.length;
    if (regionEndOld < oldEnd) return false;
    const regionEndNew = regionEndOld + delta;
    const regionText = newText.slice(regionStart, regionEndNew);
    if (FRAGILE_TEXT.test(regionText) || regionText.startsWith('---') || FRAGILE_TEXT.test(oldText.slice(regionStart, regionEndOld))) return false;
    // A "Definitions" heading changes the context of findings below it, outside the region.
    if (mentionsDefinitionsHeading(regionText) || mentionsDefinitionsHeading(oldText.slice(regionStart, regionEndOld))) return false;

    const analysis = analyseScope(regionText, this.scope);
    // Indented code in the new region may join a chunk beyond its blank lines: only a full parse knows.
    if (analysis.blocks.some((block) => FRAGILE_BLOCKS.has(block.type))) return false;
    const regionLineStarts = lineStartsOf(regionText, regionStart);
    const oldRegionLines = regionEndLine - regionStartLine;
    const newRegionLines = regionLineStarts.length - (regionText.endsWith('\n') || regionText.endsWith('\r') ? 1 : 0);
    const lineDelta = newRegionLines - oldRegionLines;

    this.blocks = [
      ...this.blocks.slice(0, first),
      ...analysis.blocks.map((block) => ({ type: block.type, startLine: block.startLine + regionStartLine, endLine: block.endLine + regionStartLine })),
      ...this.blocks.slice(last).map((block) => ({ type: block.type, startLine: block.startLine + lineDelta, endLine: block.endLine + lineDelta })),
    ];
    this.lineStarts = [...this.lineStarts.slice(0, regionStartLine), ...regionLineStarts.slice(0, newRegionLines), ...this.lineStarts.slice(regionEndLine).map((start) => start + delta)];
    // The region is bounded by blank lines, which no phrase or look-around crosses: match it alone.
    // Its blocks hold their whole block quotes, lists and tables, so their languages are decided as in a full lint.
    const plan = planLanguages(analysis.masked, analysis.units, analysis.containers, this.language, this.config.language, regionStart);
    this.spliceMatches(regionStart, regionEndOld, delta, this.match(plan.passes, 0, analysis.masked.length, regionStart, newText));
    this.spliceUnchecked(regionStart, regionEndOld, delta, plan.unchecked);
    return true;
  }

  /** A fence with its closing line, or an HTML or indented-code block that ended at a blank line. */
  private isClosed(block: TopLevelBlock): boolean {
    if (block.type === 'fence') {
      const opening = this.lineText(block.startLine).match(/^ {0,3}(`{3,}|~{3,})/);
      const closing = this.lineText(block.endLine - 1).match(/^ {0,3}(`{3,}|~{3,})[ \t]*$/);
      return block.endLine - 1 > block.startLine && !!opening && !!closing && closing[1]![0] === opening[1]![0] && closing[1]!.length >= opening[1]!.length;
    }
    return block.endLine < this.lineStarts.length && this.isBlank(block.endLine);
  }

  private lineText(line: number): string {
    const start = this.lineStarts[line] ?? this.text.length;
    const end = this.lineStarts[line + 1] ?? this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$|\r$/, '');
  }

  /** True for an edit within one fence's content lines that types no fence character or line break. */
  private isInsideFence(block: TopLevelBlock, firstLine: number, lastLine: number, oldText: string, newText: string, edit: EditRegion): boolean {
    if (block.type !== 'fence' || firstLine <= block.startLine || lastLine >= block.endLine - 1) return false;
    const removed = oldText.slice(edit.start, oldText.length - edit.unchangedSuffix);
    const inserted = newText.slice(edit.start, newText.length - edit.unchangedSuffix);
    return !/[`~\r\n]/.test(removed) && !/[`~\r\n]/.test(inserted);
  }

  /** Moves everything after `offset` by `delta` (an edit that changes no line count and no scope). */
  private shiftAfter(offset: number, delta: number): void {
    if (delta === 0) return;
    const line = lineAt(this.lineStarts, offset);
    for (let i = line + 1; i < this.lineStarts.length; i++) this.lineStarts[i]! += delta;
    this.spliceMatches(offset, offset, delta, []);
    this.spliceUnchecked(offset, offset, delta, []);
  }

  /** spliceMatches for the spans of languages without rules. */
  private spliceUnchecked(from: number, oldTo: number, delta: number, fresh: LanguageSpan[]): void {
    if (this.unchecked.length === 0 && fresh.length === 0) return;
    const before = this.unchecked.filter((span) => span.start < from);
    const after = this.unchecked.filter((span) => span.start >= oldTo).map((span) => ({ ...span, start: span.start + delta, end: span.end + delta }));
    this.unchecked = [...before, ...fresh, ...after];
  }

  /**
   * Replaces the matches starting in [from, oldTo) by `fresh`, shifting those after by `delta`.
   * Matches are kept sorted by start, so the cut points are found by binary search.
   */
  private spliceMatches(from: number, oldTo: number, delta: number, fresh: Finding[]): void {
    const cutBefore = firstStartingAt(this.matches, from);
    const cutAfter = firstStartingAt(this.matches, oldTo);
    const after = this.matches.slice(cutAfter);
    if (delta !== 0)
      for (let i = 0; i < after.length; i++) {
        const moved = { ...after[i]!, start: after[i]!.start + delta, end: after[i]!.end + delta };
        if (moved.sentenceStart !== undefined) moved.sentenceStart += delta;
        if (moved.sentenceEnd !== undefined) moved.sentenceEnd += delta;
        after[i] = moved;
      }
    this.matches = this.matches.slice(0, cutBefore).concat(fresh, after);
  }

  /**
   * Matches of each language's pass in [from, to) of its masked text, reported at offsets shifted
   * by `base` (the passes may be one region), judged in their context in `text` (the whole
   * document they belong to).
   */
  private match(passes: readonly LanguagePass[], from: number, to: number, base: number, text: string): Finding[] {
    return applyContext(lintPasses(passes, this.config, from, to, base), text, this.config);
  }

  private applyFilters(suppressions?: Suppressions): void {
    this.filtered = this.hasComments ? applyDocumentFilters(this.matches, this.text, this.config, suppressions) : applyDocumentFilters(this.matches, this.text, this.config, NO_SUPPRESSIONS, []);
  }

  private isBlank(line: number): boolean {
    if (line < 0) return true;
    const start = this.lineStarts[line];
    if (start === undefined) return true;
    const end = this.lineStarts[line + 1] ?? this.text.length;
    return /^[ \t]*(?:\r\n|\r|\n)?$/.test(this.text.slice(start, end));
  }
}

/** Plain-text slice boundaries: at the first line break after `size()` characters (or there, on one long line). */
function* plainSlices(text: string, size: () => number): Generator<number> {
  let previous = 0;
  for (let at = size(); at < text.length; at = previous + size()) {
    const lineBreak = text.indexOf('\n', at);
    const next = lineBreak !== -1 && lineBreak - at < size() ? lineBreak + 1 : at;
    if (next <= previous || next >= text.length) return;
    yield next;
    previous = next;
  }
}

function firstBlockEndingAfter(blocks: readonly TopLevelBlock[], line: number): number {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.endLine <= line) low = middle + 1;
    else high = middle;
  }
  return low;
}

function firstStartingAt(findings: readonly Finding[], offset: number): number {
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (findings[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Number of line breaks in `text` (its lines, when it ends with one). */
function lineCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** Farthest a plain-text paragraph is followed to find its blank-line boundary. */
const PARAGRAPH_REACH = 64 * 1024;

function paragraphStartBefore(text: string, offset: number): number {
  const floor = Math.max(0, offset - PARAGRAPH_REACH);
  const blank = text.lastIndexOf('\n\n', offset);
  const blankCr = text.lastIndexOf('\r\n\r\n', offset);
  return Math.max(floor, blank === -1 ? 0 : blank + 2, blankCr === -1 ? 0 : blankCr + 4);
}

function paragraphEndAfter(text: string, offset: number): number {
  const ceiling = Math.min(text.length, offset + PARAGRAPH_REACH);
  const blank = text.indexOf('\n\n', offset);
  const blankCr = text.indexOf('\r\n\r\n', offset);
  const found = [blank, blankCr].filter((at) => at !== -1);
  return Math.min(ceiling, found.length > 0 ? Math.min(...found) : text.length);
}

/** `part` with every character but line breaks masked: a slice with no block of some language. */
function maskAll(part: string): string {
  return part.replace(/[^\r\n]/g, MASK);
}

function lineStartBefore(text: string, offset: number): number {
  while (offset > 0 && text[offset - 1] !== '\n' && text[offset - 1] !== '\r') offset--;
  return offset;
}

function lineEndAfter(text: string, offset: number): number {
  while (offset < text.length && text[offset] !== '\n' && text[offset] !== '\r') offset++;
  return offset;
}
