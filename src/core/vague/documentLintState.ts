// Findings of one document kept up to date across edits without re-reading the whole text: after
// an edit only the paragraphs around it are re-parsed and re-matched, and the findings after it
// are shifted. Whenever the edit could change the structure beyond those paragraphs (code fences,
// HTML blocks, front matter) it falls back to a full lint, so the result always equals lintDocument.
import type { LintConfig } from '../config/lintConfig';
import { analyseScope, type TopLevelBlock } from '../markdown/scope';
import type { Finding } from './finding';
import { configuredSeverity, linterFor, normalisePhrase, type DocumentKind } from './lintDocument';
import { parseSuppressions } from './suppressions';

/** Blocks whose extent depends on text far away: an edit near them needs a full re-parse. */
const FRAGILE_BLOCKS = new Set(['fence', 'code_block', 'html_block']);
/**
 * Text that can change blocks outside the region: fences, HTML blocks, indented code, and link
 * reference definitions or uses (a definition anywhere changes how "[x][ref]" parses elsewhere).
 */
const FRAGILE_TEXT = /```|~~~|^[ \t>]*<|^ {4}|^\t|\]\[|^[ \t>]*\[[^\]]*\]:/m;
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
  private masked = '';
  private blocks: TopLevelBlock[] = [];
  private bodyStartLine = 0;
  private lineStarts: number[] = [0];
  /** Matches before disable comments and the allow-list are applied. */
  private matches: Finding[] = [];
  private filtered: Finding[] = [];
  /** How the last update was done, for tests and the benchmark. */
  lastUpdate: 'full' | 'incremental' = 'full';

  constructor(
    text: string,
    private readonly kind: DocumentKind,
    private readonly config: LintConfig,
  ) {
    this.text = text;
    this.relintAll(text);
  }

  get findings(): readonly Finding[] {
    return this.filtered;
  }

  get currentText(): string {
    return this.text;
  }

  /** Brings the findings up to date with `newText`, which differs from the previous text only inside `edit`. */
  update(newText: string, edit: EditRegion): readonly Finding[] {
    if (!this.config.enabled) {
      this.text = newText;
      return this.filtered;
    }
    const done = this.kind === 'markdown' && this.config.scope !== 'everything' ? this.updateMarkdown(newText, edit) : this.updatePlain(newText, edit);
    if (!done) this.relintAll(newText);
    this.lastUpdate = done ? 'incremental' : 'full';
    this.text = newText;
    this.applyFilters();
    return this.filtered;
  }

  private relintAll(text: string): void {
    if (!this.config.enabled) {
      this.matches = [];
      this.filtered = [];
      return;
    }
    if (this.kind === 'markdown') {
      const analysis = analyseScope(text, this.config.scope);
      this.masked = analysis.masked;
      this.blocks = analysis.blocks;
      this.bodyStartLine = analysis.bodyStartLine;
    } else {
      this.masked = text;
      this.blocks = [];
    }
    this.lineStarts = lineStartsOf(text, 0);
    this.matches = this.match(this.masked, 0, this.masked.length);
    this.text = text;
    this.applyFilters();
  }

  private updatePlain(newText: string, edit: EditRegion): boolean {
    const delta = newText.length - this.text.length;
    const oldEnd = this.text.length - edit.unchangedSuffix;
    const from = lineStartBefore(newText, Math.max(0, edit.start - PHRASE_REACH));
    const oldTo = lineEndAfter(this.text, Math.min(this.text.length, oldEnd + PHRASE_REACH));
    this.masked = newText;
    this.lineStarts = lineStartsOf(newText, 0);
    this.spliceMatches(from, oldTo, delta, this.match(newText, from, oldTo + delta));
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

    // The blocks the edit touches, widened by one on each side, then to blank-line boundaries.
    let first = this.blocks.findIndex((block) => block.endLine > firstLine);
    if (first === -1) first = this.blocks.length;
    let last = first;
    while (last < this.blocks.length && this.blocks[last]!.startLine <= lastLine) last++;
    first = Math.max(0, first - 1);
    last = Math.min(this.blocks.length, last + 1);
    const regionStartLine = first < this.blocks.length ? Math.min(this.blocks[first]!.startLine, firstLine) : firstLine;
    const regionEndLine = last > 0 && last - 1 < this.blocks.length ? Math.max(this.blocks[last - 1]!.endLine, lastLine + 1) : lastLine + 1;
    for (let index = first; index < last; index++) if (FRAGILE_BLOCKS.has(this.blocks[index]!.type)) return false;
    if (this.bodyStartLine > 0 && regionStartLine <= this.bodyStartLine) return false;
    if (!this.isBlank(regionStartLine - 1) || (regionEndLine < this.lineStarts.length && !this.isBlank(regionEndLine))) return false;

    const regionStart = this.lineStarts[regionStartLine]!;
    const regionEndOld = this.lineStarts[regionEndLine] ?? oldText.length;
    if (regionEndOld < oldEnd) return false;
    const regionEndNew = regionEndOld + delta;
    const regionText = newText.slice(regionStart, regionEndNew);
    if (FRAGILE_TEXT.test(regionText) || regionText.startsWith('---') || FRAGILE_TEXT.test(oldText.slice(regionStart, regionEndOld))) return false;

    const analysis = analyseScope(regionText, this.config.scope);
    const regionLineStarts = lineStartsOf(regionText, regionStart);
    const oldRegionLines = regionEndLine - regionStartLine;
    const newRegionLines = regionLineStarts.length - (regionText.endsWith('\n') || regionText.endsWith('\r') ? 1 : 0);
    const lineDelta = newRegionLines - oldRegionLines;

    this.masked = this.masked.slice(0, regionStart) + analysis.masked + this.masked.slice(regionEndOld);
    this.blocks = [
      ...this.blocks.slice(0, first),
      ...analysis.blocks.map((block) => ({ type: block.type, startLine: block.startLine + regionStartLine, endLine: block.endLine + regionStartLine })),
      ...this.blocks.slice(last).map((block) => ({ type: block.type, startLine: block.startLine + lineDelta, endLine: block.endLine + lineDelta })),
    ];
    this.lineStarts = [
      ...this.lineStarts.slice(0, regionStartLine),
      ...regionLineStarts.slice(0, newRegionLines),
      ...this.lineStarts.slice(regionEndLine).map((start) => start + delta),
    ];
    this.spliceMatches(regionStart, regionEndOld, delta, this.match(this.masked, regionStart, regionEndNew));
    return true;
  }

  /** Replaces the matches starting in [from, oldTo) by `fresh`, shifting those after by `delta`. */
  private spliceMatches(from: number, oldTo: number, delta: number, fresh: Finding[]): void {
    const before = this.matches.filter((finding) => finding.start < from);
    const after = this.matches.filter((finding) => finding.start >= oldTo).map((finding) => ({ ...finding, start: finding.start + delta, end: finding.end + delta }));
    this.matches = [...before, ...fresh.filter((finding) => finding.start >= from), ...after];
  }

  private match(masked: string, from: number, to: number): Finding[] {
    return linterFor(this.config).lint(masked, { from, to, severityFor: (rule) => configuredSeverity(rule, this.config) });
  }

  private applyFilters(): void {
    const suppressions = parseSuppressions(this.text);
    const allowed = new Set(this.config.allowList.map(normalisePhrase));
    this.filtered = this.matches.filter(
      (finding) => !suppressions.isSuppressed(finding.ruleId, finding.start) && (allowed.size === 0 || !allowed.has(normalisePhrase(this.text.slice(finding.start, finding.end)))),
    );
  }

  private isBlank(line: number): boolean {
    if (line < 0) return true;
    const start = this.lineStarts[line];
    if (start === undefined) return true;
    const end = this.lineStarts[line + 1] ?? this.text.length;
    return /^[ \t]*(?:\r\n|\r|\n)?$/.test(this.text.slice(start, end));
  }
}

/** Offsets where lines start, as \n, \r\n or a lone \r end them; `base` is added to each. */
function lineStartsOf(text: string, base: number): number[] {
  const starts = [base];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(base + i + 1);
  }
  return starts;
}

function lineAt(lineStarts: number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function lineStartBefore(text: string, offset: number): number {
  while (offset > 0 && text[offset - 1] !== '\n' && text[offset - 1] !== '\r') offset--;
  return offset;
}

function lineEndAfter(text: string, offset: number): number {
  while (offset < text.length && text[offset] !== '\n' && text[offset] !== '\r') offset++;
  return offset;
}
