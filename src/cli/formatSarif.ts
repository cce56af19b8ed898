// SARIF 2.1.0 output, in the subset GitHub code scanning reads: one run, the rules that produced
// findings with their help text, and results with 1-based, UTF-16 regions relative to %SRCROOT%.
// Streamed: the results are written as each file is linted, and the run's `tool` (whose rule list
// is only known at the end) follows them; JSON objects are unordered, so readers see the same log.
// A rule's ruleIndex is its place in that list, in order of first use.
import { sep } from 'node:path';
import { lineIndex } from '../core/text/lineIndex';
import type { Severity } from '../core/severity';
import { notCheckedMessage, type ChunkedOutput, type LintWriter, type RuleLookup } from './formatLint';
import type { RuleLanguage } from '../core/language/languages';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
/** A rule's default: SARIF's 'none' for rules that are off unless configured. */
const DEFAULT_LEVEL: Record<Severity | 'off', 'error' | 'warning' | 'note' | 'none'> = { ...LEVEL, off: 'none' };
const INDENT = '        ';

export function sarifWriter(out: ChunkedOutput, ruleById: RuleLookup, version: string): LintWriter {
  const ruleIndex = new Map<string, number>();
  /** The language of each rule id's rules (German and French rules have ids of their own). */
  const ruleLanguage = new Map<string, RuleLanguage>();
  /** Languages without rules, per file: tool notifications of the run's invocation. */
  const notifications: unknown[] = [];
  let results = 0;
  out.add(`{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "columnKind": "utf16CodeUnits",\n      "results": [`);
  return {
    file(result) {
      const notChecked = result.notChecked ?? [];
      if (result.findings.length === 0 && notChecked.length === 0) return;
      const lines = lineIndex(result.text);
      const uri = toSarifUri(result.file);
      for (const notice of notChecked) {
        const at = lines.positionAt(notice.start);
        notifications.push({
          level: 'note',
          descriptor: { id: 'not-checked' },
          message: { text: notCheckedMessage(notice) },
          locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region: { startLine: at.line + 1, startColumn: at.character + 1 } } }],
          properties: { language: notice.language, blocks: notice.blocks },
        });
      }
      for (const finding of result.findings) {
        let index = ruleIndex.get(finding.ruleId);
        if (index === undefined) {
          ruleIndex.set(finding.ruleId, (index = ruleIndex.size));
          ruleLanguage.set(finding.ruleId, finding.language ?? 'en');
        }
        const start = lines.positionAt(finding.start);
        const end = lines.positionAt(finding.end);
        const sarifResult = {
          ruleId: finding.ruleId,
          ruleIndex: index,
          level: LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: start.line + 1,
                  startColumn: start.character + 1,
                  endLine: end.line + 1,
                  endColumn: end.character + 1,
                  snippet: { text: result.text.slice(finding.start, finding.end) },
                },
              },
            },
          ],
          properties: { language: finding.language ?? 'en', ...(finding.group ? { group: { index: finding.group.index, count: finding.group.count } } : {}) },
        };
        out.add(`${results++ === 0 ? '\n' : ',\n'}${INDENT}${JSON.stringify(sarifResult, null, 2).replace(/\n/g, `\n${INDENT}`)}`);
      }
    },
    end() {
      const tool = {
        driver: {
          name: 'right-to-object',
          informationUri: 'https://github.com/right-to-object/right-to-object',
          semanticVersion: version,
          rules: [...ruleIndex.keys()].map((id) => sarifRule(id, ruleLanguage.get(id) ?? 'en', ruleById)),
        },
      };
      const invocations =
        notifications.length > 0 ? `,\n      "invocations": ${JSON.stringify([{ executionSuccessful: true, toolExecutionNotifications: notifications }], null, 2).replace(/\n/g, '\n      ')}` : '';
      out.add(`${results === 0 ? '' : '\n      '}],\n      "tool": ${JSON.stringify(tool, null, 2).replace(/\n/g, '\n      ')}${invocations}\n    }\n  ]\n}\n`);
    },
  };
}

function sarifRule(id: string, language: RuleLanguage, ruleById: RuleLookup) {
  const rule = ruleById(id, language);
  const help = rule
    ? `${rule.explanation}\n\nAsk the company: ${rule.question}${rule.legalHook ? `\n\nLegal hook: ${rule.legalHook.citation}: ${rule.legalHook.requirement} (source: ${rule.legalHook.source})` : ''}`
    : id;
  return {
    id,
    name: id.replace(/(^|-)([a-z0-9])/g, (_match, _dash: string, char: string) => char.toUpperCase()),
    shortDescription: { text: rule?.message ?? id },
    fullDescription: { text: rule?.explanation ?? id },
    help: { text: help },
    defaultConfiguration: { level: DEFAULT_LEVEL[rule?.severity ?? 'warning'], enabled: rule?.severity !== 'off' },
    properties: { category: rule?.category, language, tags: ['privacy', 'vague-language'] },
  };
}

/**
 * A relative path as a URI reference, each segment percent-encoded. Only the platform's own
 * separators split it: on Linux a backslash is part of a file name, not a folder boundary (#19).
 */
export function toSarifUri(path: string, separator: string = sep): string {
  const segments = separator === '\\' ? path.split(/[\\/]/) : path.split('/');
  return segments.map(encodeURIComponent).join('/');
}
