// Output formats of `right-to-object lint`. Offsets are UTF-16 code units; lines and columns are
// 1-based and counted the same way, so editors and the JSON agree.
import type { Finding } from '../core/vague/finding';
import { lineIndex } from '../core/text/lineIndex';
import type { Rule } from '../core/vague/ruleSchema';
import { formatSarif } from './formatSarif';

export const LINT_FORMATS = ['text', 'json', 'sarif'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

export interface FileFindings {
  file: string;
  text: string;
  findings: readonly Finding[];
}

export function formatLintResults(results: readonly FileFindings[], format: LintFormat, ruleById: (id: string) => Rule | undefined, version: string): string {
  switch (format) {
    case 'sarif':
      return formatSarif(results, ruleById, version);
    case 'json':
      return `${JSON.stringify(results.map(toJsonFile), null, 2)}\n`;
    case 'text':
      return results
        .flatMap((result) => {
          const lines = lineIndex(result.text);
          return result.findings.map((finding) => {
            const at = lines.positionAt(finding.start);
            const group = finding.group ? ` [${finding.group.index}/${finding.group.count} in section]` : '';
            return `${result.file}:${at.line + 1}:${at.character + 1} ${finding.severity} ${finding.ruleId} ${finding.message}${group}\n`;
          });
        })
        .join('');
  }
}

function toJsonFile(result: FileFindings) {
  const lines = lineIndex(result.text);
  return {
    file: result.file,
    findings: result.findings.map((finding) => {
      const start = lines.positionAt(finding.start);
      const end = lines.positionAt(finding.end);
      return {
        ruleId: finding.ruleId,
        category: finding.category,
        severity: finding.severity,
        message: finding.message,
        text: result.text.slice(finding.start, finding.end),
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
    }),
  };
}
