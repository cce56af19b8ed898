// Fixtures for rules or patterns added for marked misses (issue #12): each rule with sentences it
// must flag (the words as written) and near ones it must leave alone, checked in the author's prose
// as the extension reads it.
import assert from 'node:assert/strict';
import { DEFAULT_LINT_CONFIG } from '../../../src/core/vague/lintConfig';
import { lintDocument } from '../../../src/core/vague/lintDocument';
import type { Finding } from '../../../src/core/vague/finding';

/**
 * The author's prose as the extension reads it, with one addition: a phrase of a rule that is a hint
 * by its measured precision is kept (lowered 'alone') when nothing else in its sentence is vague,
 * where the editor hides it (context/vagueCompany.ts). Rule fixtures check what a rule matches; a
 * fixture sentence is usually alone.
 */
export function lintProse(text: string, turnOn?: string): Finding[] {
  // A rule that is off by default (its measured precision) is turned on by name to check its patterns.
  const ruleSeverity = turnOn === undefined ? DEFAULT_LINT_CONFIG.ruleSeverity : { ...DEFAULT_LINT_CONFIG.ruleSeverity, [turnOn]: 'information' as const };
  return lintDocument(text, { kind: 'markdown', config: { ...DEFAULT_LINT_CONFIG, scope: 'prose', showLowered: true, ruleSeverity } }).filter(
    (finding) => finding.lowered === undefined || finding.lowered === 'alone',
  );
}

export interface RuleCase {
  rule: string;
  /** [sentence, the flagged words as written] */
  flagged: [string, string][];
  /** Sentences where the rule reports nothing. */
  notFlagged: string[];
}

/** One test per case: each flagged sentence is found by the rule, at the words given and not lowered; each near miss is not. */
export function itFlagsEachCase(cases: readonly RuleCase[]): void {
  for (const { rule, flagged, notFlagged } of cases) {
    it(`${rule}: flags its shapes and leaves the near misses`, () => {
      for (const [text, phrase] of flagged) {
        const finding = lintProse(text, rule).find((f) => f.ruleId === rule);
        assert.ok(finding, `${rule} should flag “${phrase}” in: ${text}`);
        assert.equal(text.slice(finding.start, finding.end), phrase, `${rule} in: ${text}`);
        // Not lowered by the context (a rule whose measured precision makes it a hint is still a hint, lowered only for standing alone).
        assert.ok(finding.lowered === undefined || finding.lowered === 'alone', `${rule} should not be lowered (${finding.lowered ?? ''}) in: ${text}`);
      }
      for (const text of notFlagged) {
        const hit = lintProse(text, rule).find((f) => f.ruleId === rule);
        assert.equal(hit, undefined, `${rule} should not flag “${hit ? text.slice(hit.start, hit.end) : ''}” in: ${text}`);
      }
    });
  }
}
