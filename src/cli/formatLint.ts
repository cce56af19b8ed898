// Output formats of `right-to-object lint`, written as the findings are produced: each file's
// findings go out when that file is linted, not in one string at the end. Offsets are UTF-16 code
// units; lines and columns are 1-based and counted the same way, so editors and the JSON agree.
// --format json prints exactly what JSON.stringify(files, null, 2) would; jsonl prints one compact
// object per finding, with its file, for corpus work (one line = one record, no closing bracket).
// Both are written as text directly, with no object per finding, and lines and columns are counted
// by a cursor moving forward through the file (findings come in order), not an index of every line.
import type { Finding } from '../core/vague/finding';
import { lineIndex } from '../core/text/lineIndex';
import type { Rule } from '../core/vague/ruleSchema';
import { sarifWriter } from './formatSarif';
import type { NotChecked } from '../core/vague/languagePlan';
import { LANGUAGE_NAMES, type RuleLanguage } from '../core/language/languages';

export const LINT_FORMATS = ['text', 'json', 'jsonl', 'sarif'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

export interface FileFindings {
  file: string;
  text: string;
  findings: readonly Finding[];
  /** Languages without rules in the file, once each at their first block (not linted). */
  notChecked?: readonly NotChecked[];
}

/** Receives each file's findings in order, then end() once. */
export interface LintWriter {
  file(result: FileFindings): void;
  end(): void;
}

export type RuleLookup = (id: string, language: RuleLanguage) => Rule | undefined;

/** The notice for a language without rules, as every format words it. */
export function notCheckedMessage(notice: NotChecked): string {
  const name = LANGUAGE_NAMES.en[notice.language];
  return `Not checked: ${name} (${notice.blocks} block${notice.blocks === 1 ? '' : 's'}; there are no rules for ${name})`;
}

/** Collects small writes into chunks of about 64 KiB: one write per finding would mean one system call each. */
export class ChunkedOutput {
  private parts: string[] = [];
  private size = 0;
  constructor(
    private readonly write: (text: string) => void,
    private readonly chunk = 64 * 1024,
  ) {}
  add(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.chunk) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    this.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

export function lintWriter(format: LintFormat, write: (text: string) => void, ruleById: RuleLookup, version: string): LintWriter {
  const out = new ChunkedOutput(write);
  const writer = format === 'sarif' ? sarifWriter(out, ruleById, version) : format === 'json' ? jsonWriter(out) : format === 'jsonl' ? jsonlWriter(out) : textWriter(out);
  // Each file's findings leave as soon as the file is done, so a reader sees them while later files are read.
  return {
    file: (result) => {
      writer.file(result);
      out.flush();
    },
    end: () => {
      writer.end();
      out.flush();
    },
  };
}

/** The whole output as one string (for tests and small callers). */
export function formatLintResults(results: readonly FileFindings[], format: LintFormat, ruleById: RuleLookup, version: string): string {
  let text = '';
  const writer = lintWriter(format, (chunk) => (text += chunk), ruleById, version);
  for (const result of results) writer.file(result);
  writer.end();
  return text;
}

function textWriter(out: ChunkedOutput): LintWriter {
  return {
    file(result) {
      const notChecked = result.notChecked ?? [];
      if (result.findings.length === 0 && notChecked.length === 0) return;
      const notices = new ForwardPositions(result.text);
      for (const notice of notChecked) {
        notices.seek(notice.start);
        out.add(`${result.file}:${notices.line + 1}:${notices.character + 1} information not-checked ${notCheckedMessage(notice)}\n`);
      }
      const at = new ForwardPositions(result.text);
      for (const finding of result.findings) {
        at.seek(finding.start);
        const group = finding.group ? ` [${finding.group.index}/${finding.group.count} in section]` : '';
        out.add(`${result.file}:${at.line + 1}:${at.character + 1} ${finding.severity} ${finding.ruleId} ${finding.message}${group}\n`);
      }
    },
    end() {},
  };
}

/** Indents JSON.stringify(value, null, 2) by `by` more spaces on every line after the first. */
function indented(value: unknown, by: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${by}`);
}

function jsonWriter(out: ChunkedOutput): LintWriter {
  let files = 0;
  return {
    file(result) {
      out.add(files++ === 0 ? '[\n  {\n' : ',\n  {\n');
      out.add(`    "file": ${JSON.stringify(result.file)},\n    "findings": [`);
      const notChecked = result.notChecked ?? [];
      if (result.findings.length === 0) out.add(']');
      else {
        const at = new ForwardPositions(result.text);
        result.findings.forEach((finding, index) => out.add(`${index === 0 ? '\n' : ',\n'}      ${findingJson(result.text, at, finding, '      ')}`));
        out.add('\n    ]');
      }
      // Languages without rules: present only when there are any (a few per file: objects are fine here).
      if (notChecked.length > 0) {
        const at = new ForwardPositions(result.text);
        out.add(
          `,\n    "notChecked": ${indented(
            notChecked.map((notice) => jsonNotChecked(at, notice)),
            '    ',
          )}`,
        );
      }
      out.add('\n  }');
    },
    end() {
      out.add(files === 0 ? '[]\n' : '\n]\n');
    },
  };
}

function jsonlWriter(out: ChunkedOutput): LintWriter {
  return {
    file(result) {
      const notChecked = result.notChecked ?? [];
      if (result.findings.length === 0 && notChecked.length === 0) return;
      const at = new ForwardPositions(result.text);
      const file = `{"file":${JSON.stringify(result.file)},`;
      for (const finding of result.findings) out.add(`${file}${findingJson(result.text, at, finding, undefined).slice(1)}\n`);
      const notices = new ForwardPositions(result.text);
      for (const notice of notChecked) out.add(`${JSON.stringify({ file: result.file, notChecked: true, ...jsonNotChecked(notices, notice) })}\n`);
    },
    end() {},
  };
}

function jsonNotChecked(at: ForwardPositions, notice: NotChecked) {
  at.seek(notice.start);
  return { language: notice.language, message: notCheckedMessage(notice), blocks: notice.blocks, start: notice.start, end: notice.end, line: at.line + 1, column: at.character + 1 };
}

/**
 * A finding as JSON text: exactly JSON.stringify of { ruleId, category, severity, message, language,
 * text, start, end, line, column, endLine, endColumn, group?, lowered?, raised? }, compact (`pad` undefined)
 * or indented by two spaces with every line after the first indented by `pad` more.
 */
export function findingJson(text: string, at: ForwardPositions, finding: Finding, pad: string | undefined): string {
  at.seek(finding.start);
  const line = at.line + 1;
  const column = at.character + 1;
  at.seek(finding.end);
  const endLine = at.line + 1;
  const endColumn = at.character + 1;
  const ruleId = JSON.stringify(finding.ruleId);
  const category = JSON.stringify(finding.category);
  const severity = JSON.stringify(finding.severity);
  const message = JSON.stringify(finding.message);
  // The language of the block, whose rules found it.
  const language = JSON.stringify(finding.language ?? 'en');
  const matched = JSON.stringify(text.slice(finding.start, finding.end));
  // Repeats of the same rule and phrase in one section: every occurrence, with its number.
  const group = finding.group;
  const lowered = finding.lowered ? JSON.stringify(finding.lowered) : undefined;
  const raised = finding.raised ? `"${finding.raised}"` : undefined;
  if (pad === undefined) {
    return (
      `{"ruleId":${ruleId},"category":${category},"severity":${severity},"message":${message},"language":${language},"text":${matched},"start":${finding.start},"end":${finding.end},` +
      `"line":${line},"column":${column},"endLine":${endLine},"endColumn":${endColumn}` +
      `${group ? `,"group":{"index":${group.index},"count":${group.count}}` : ''}${lowered === undefined ? '' : `,"lowered":${lowered}`}${raised === undefined ? '' : `,"raised":${raised}`}}`
    );
  }
  const p = `${pad}  `;
  return (
    `{\n${p}"ruleId": ${ruleId},\n${p}"category": ${category},\n${p}"severity": ${severity},\n${p}"message": ${message},\n${p}"language": ${language},\n${p}"text": ${matched},\n` +
    `${p}"start": ${finding.start},\n${p}"end": ${finding.end},\n${p}"line": ${line},\n${p}"column": ${column},\n${p}"endLine": ${endLine},\n${p}"endColumn": ${endColumn}` +
    `${group ? `,\n${p}"group": {\n${p}  "index": ${group.index},\n${p}  "count": ${group.count}\n${p}}` : ''}${lowered === undefined ? '' : `,\n${p}"lowered": ${lowered}`}${raised === undefined ? '' : `,\n${p}"raised": ${raised}`}\n${pad}}`
  );
}

/**
 * Line and character (0-based, as lineIndex counts them: lines end at \n, \r\n or a lone \r) of
 * offsets asked in increasing order, found by reading the text once from the start; an offset
 * before the last one asked falls back to a line index.
 */
export class ForwardPositions {
  line = 0;
  character = 0;
  private lineStart = 0;
  private reached = 0;
  private index: ReturnType<typeof lineIndex> | undefined;

  constructor(private readonly text: string) {}

  seek(offset: number): void {
    const text = this.text;
    const target = Math.max(0, Math.min(offset, text.length));
    if (target < this.reached) {
      this.index ??= lineIndex(text);
      const position = this.index.positionAt(target);
      this.line = position.line;
      this.character = position.character;
      this.lineStart = target - position.character;
      this.reached = target;
      return;
    }
    for (let i = this.reached; i < target; i++) {
      const code = text.charCodeAt(i);
      // A \r\n ends its line after the \n; a lone \r or a \n right away.
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
        this.line++;
        this.lineStart = i + 1;
      }
    }
    this.reached = target;
    this.character = target - this.lineStart;
  }
}
