// Turns the user's extra phrases (settings or .right-to-object.json) into rules of the catalogue's
// shape, so they go through the same automaton, hover and quick fixes.
import type { ExtraPhrase } from './lintConfig';
import type { Rule } from './ruleSchema';

export const EXTRA_RULE_PREFIX = 'custom-';

export function extraPhraseRules(extras: readonly ExtraPhrase[]): Rule[] {
  return extras.map((extra, index) => ({
    id: `${EXTRA_RULE_PREFIX}${index + 1}-${extra.phrase
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}`,
    patterns: [extra.phrase.toLowerCase()],
    category: extra.category,
    severity: extra.severity,
    message: extra.message,
    explanation: 'A phrase your team added to the checks (settings or .right-to-object.json).',
    question: `What exactly does “${extra.phrase}” mean here?`,
  }));
}
