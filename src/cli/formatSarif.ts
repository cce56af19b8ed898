// SARIF 2.1.0 output, in the subset GitHub code scanning reads: one run, the rules that produced
// findings with their help text, and results with 1-based, UTF-16 regions relative to %SRCROOT%.
import { sep } from 'node:path';
import { lineIndex } from '../core/text/lineIndex';
import type { Severity } from '../core/severity';
import type { Rule } from '../core/vague/ruleSchema';
import type { FileFindings } from './formatLint';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
/** A rule's default: SARIF's 'none' for rules that are off unless configured. */
const DEFAULT_LEVEL: Record<Severity | 'off', 'error' | 'warning' | 'note' | 'none'> = { ...LEVEL, off: 'none' };

export function formatSarif(results: readonly FileFindings[], ruleById: (id: string) => Rule | undefined, version: string): string {
  const usedIds = [...new Set(results.flatMap((result) => result.findings.map((finding) => finding.ruleId)))].sort();
  const ruleIndex = new Map(usedIds.map((id, index) => [id, index]));
  const rules = usedIds.map((id) => {
    const rule = ruleById(id);
    const help = rule ? `${rule.explanation}\n\nAsk the company: ${rule.question}${rule.legalHook ? `\n\nLegal hook: ${rule.legalHook.citation}: ${rule.legalHook.requirement} (source: ${rule.legalHook.source})` : ''}` : id;
    return {
      id,
      name: id.replace(/(^|-)([a-z0-9])/g, (_match, _dash: string, char: string) => char.toUpperCase()),
      shortDescription: { text: rule?.message ?? id },
      fullDescription: { text: rule?.explanation ?? id },
      help: { text: help },
      defaultConfiguration: { level: DEFAULT_LEVEL[rule?.severity ?? 'warning'], enabled: rule?.severity !== 'off' },
      properties: { category: rule?.category, tags: ['privacy', 'vague-language'] },
    };
  });
  const sarifResults = results.flatMap((result) => {
    const lines = lineIndex(result.text);
    return result.findings.map((finding) => {
      const start = lines.positionAt(finding.start);
      const end = lines.positionAt(finding.end);
      return {
        ruleId: finding.ruleId,
        ruleIndex: ruleIndex.get(finding.ruleId),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toSarifUri(result.file), uriBaseId: '%SRCROOT%' },
              region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, snippet: { text: result.text.slice(finding.start, finding.end) } },
            },
          },
        ],
        ...(finding.group ? { properties: { group: { index: finding.group.index, count: finding.group.count } } } : {}),
      };
    });
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'right-to-object', informationUri: 'https://github.com/right-to-object/right-to-object', semanticVersion: version, rules } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * A relative path as a URI reference, each segment percent-encoded. Only the platform's own
 * separators split it: on Linux a backslash is part of a file name, not a folder boundary (#19).
 */
export function toSarifUri(path: string, separator: string = sep): string {
  const segments = separator === '\\' ? path.split(/[\\/]/) : path.split('/');
  return segments.map(encodeURIComponent).join('/');
}
