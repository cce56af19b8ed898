// Assertions the German and French context tests share: lint a document whose front matter names
// its language (`lang: de`, `lang: fr`) as the editor does, with lowered findings shown as hints, and
// expect the finding on some words lowered for a reason, or kept at its severity.
import assert from 'node:assert/strict';
import { DEFAULT_LINT_CONFIG, type SeveritySetting } from '../../../src/core/vague/lintConfig';
import { lintDocument } from '../../../src/core/vague/lintDocument';
import type { Finding } from '../../../src/core/vague/finding';

export interface LanguageExpect {
  findingOn: (body: string, words: string, ruleSeverity?: Record<string, SeveritySetting>) => Finding | undefined;
  assertLowered: (body: string, words: string, reason: string, ruleSeverity?: Record<string, SeveritySetting>) => void;
  assertKept: (body: string, words: string, ruleSeverity?: Record<string, SeveritySetting>) => void;
}

export function expectIn(language: 'de' | 'fr'): LanguageExpect {
  const findingOn = (body: string, words: string, ruleSeverity: Record<string, SeveritySetting> = {}): Finding | undefined => {
    const text = `---\nlang: ${language}\n---\n\n${body}\n`;
    const findings = lintDocument(text, { kind: 'markdown', config: { ...DEFAULT_LINT_CONFIG, showLowered: true, ruleSeverity } });
    return findings.find((finding) => text.slice(finding.start, finding.end) === words);
  };
  return {
    findingOn,
    assertLowered: (body, words, reason, ruleSeverity) => {
      const finding = findingOn(body, words, ruleSeverity);
      assert.ok(finding, `no finding on “${words}” in: ${body}`);
      assert.equal(finding.lowered, reason, body);
      assert.equal(finding.severity, 'hint', body);
    },
    assertKept: (body, words, ruleSeverity) => {
      const finding = findingOn(body, words, ruleSeverity);
      assert.ok(finding, `no finding on “${words}” in: ${body}`);
      assert.equal(finding.lowered, undefined, `${body}: lowered as ${String(finding.lowered)}`);
      assert.notEqual(finding.severity, 'hint', body);
    },
  };
}
