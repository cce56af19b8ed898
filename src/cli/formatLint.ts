// Output formats of `right-to-object lint`, written as the findings are produced: each file's
// findings go out when that file is linted, not in one string at the end. Offsets are UTF-16 code
// units; lines and columns are 1-based and counted the same way, so editors and the JSON agree.
// --format json prints exactly what JSON.stringify(files, null, 2) would; jsonl prints one compact
// object per finding, with its file, for corpus work (one line = one record, no closing bracket).
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
      const lines = lineIndex(result.text);
      for (const notice of notChecked) {
        const at = lines.positionAt(notice.start);
        out.add(`${result.file}:${at.line + 1}:${at.character + 1} information not-checked ${notCheckedMessage(notice)}\n`);
      }
      for (const finding of result.findings) {
        const at = lines.positionAt(finding.start);
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
      const lines = result.findings.length > 0 || notChecked.length > 0 ? lineIndex(result.text) : undefined;
      if (result.findings.length === 0) out.add(']');
      else {
        result.findings.forEach((finding, index) => out.add(`${index === 0 ? '\n' : ',\n'}      ${indented(jsonFinding(result.text, lines!, finding), '      ')}`));
        out.add('\n    ]');
      }
      // Languages without rules: present only when there are any.
      if (notChecked.length > 0)
        out.add(
          `,\n    "notChecked": ${indented(
            notChecked.map((notice) => jsonNotChecked(lines!, notice)),
            '    ',
          )}`,
        );
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
      const lines = lineIndex(result.text);
      for (const finding of result.findings) out.add(`${JSON.stringify({ file: result.file, ...jsonFinding(result.text, lines, finding) })}\n`);
      for (const notice of notChecked) out.add(`${JSON.stringify({ file: result.file, notChecked: true, ...jsonNotChecked(lines, notice) })}\n`);
    },
    end() {},
  };
}

function jsonNotChecked(lines: ReturnType<typeof lineIndex>, notice: NotChecked) {
  const at = lines.positionAt(notice.start);
  return { language: notice.language, message: notCheckedMessage(notice), blocks: notice.blocks, start: notice.start, end: notice.end, line: at.line + 1, column: at.character + 1 };
}

function jsonFinding(text: string, lines: ReturnType<typeof lineIndex>, finding: Finding) {
  const start = lines.positionAt(finding.start);
  const end = lines.positionAt(finding.end);
  return {
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    message: finding.message,
    // The language of the block, whose rules found it.
    language: finding.language ?? 'en',
    text: text.slice(finding.start, finding.end),
    start: finding.start,
    end: finding.end,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    // Repeats of the same rule and phrase in one section: every occurrence, with its number.
    ...(finding.group ? { group: { index: finding.group.index, count: finding.group.count } } : {}),
    ...(finding.lowered ? { lowered: finding.lowered } : {}),
  };
}
