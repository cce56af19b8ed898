// Assertions the context tests share: lint a text as the editor does (prose scope, default settings
// unless `config` says otherwise), then expect a phrase shown at its severity, or hidden by default
// and reported as a hint with the given reason when lowered findings are shown.
import assert from 'node:assert/strict';
import { DEFAULT_LINT_CONFIG, type LintConfig } from '../../../src/core/vague/lintConfig';
import { lintDocument } from '../../../src/core/vague/lintDocument';
import type { Finding } from '../../../src/core/vague/finding';
import { CATALOGUE } from '../../../src/core/vague/catalogue';

export function lint(text: string, config: Partial<LintConfig> = {}): Finding[] {
  return lintDocument(text, { kind: 'markdown', config: { ...DEFAULT_LINT_CONFIG, scope: 'prose', ...config } });
}

/** The first finding whose text is `phrase` (any case). */
export function findingOn(text: string, findings: Finding[], phrase: string): Finding | undefined {
  return findings.find((finding) => text.slice(finding.start, finding.end).toLowerCase() === phrase.toLowerCase());
}

/**
 * The phrase is flagged at its rule's severity: the context left it alone. A rule that is off by default
 * (for its measured precision) is asked at information, so its
 * context checks stay tested for anyone who turns it on.
 */
export function expectShown(text: string, phrase: string, config: Partial<LintConfig> = {}): void {
  const finding = findingOn(text, lint(text, withRulesOffByDefaultOn(config)), phrase);
  assert.ok(finding, `“${phrase}” should be flagged in: ${text}`);
  assert.notEqual(finding.severity, 'hint', `“${phrase}” should not be lowered (${finding.lowered ?? ''}) in: ${text}`);
}

/** `config` with every rule that is off by default raised to information (unless `config` sets it). */
export function withRulesOffByDefaultOn(config: Partial<LintConfig>): Partial<LintConfig> {
  const raised = Object.fromEntries(CATALOGUE.filter((rule) => rule.severity === 'off' || rule.severity === 'hint').map((rule) => [rule.id, 'information' as const]));
  return { ...config, ruleSeverity: { ...raised, ...config.ruleSeverity } };
}

export function expectLowered(text: string, phrase: string, reason: string, config: Partial<LintConfig> = {}): void {
  const asked = withRulesOffByDefaultOn(config);
  assert.equal(findingOn(text, lint(text, asked), phrase), undefined, `“${phrase}” should be hidden by default in: ${text}`);
  const finding = findingOn(text, lint(text, { ...asked, showLowered: true }), phrase);
  assert.ok(finding, `“${phrase}” should still be reported (as a hint) in: ${text}`);
  assert.equal(finding.lowered, reason);
}
