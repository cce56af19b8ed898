// A finding's message and its rule's explanation in the interface language (en, de, fr): German
// and French rules carry their texts for the other interface languages (UI_TEXT); English rules,
// and rules without a text for that language, keep their own.
import type { Finding } from './finding';
import type { Rule } from './ruleSchema';
import type { UiLanguage } from '../language/languages';
import { quoteMatched } from './quoteMatched';
import { uiTextOf } from './ruleModules';

/** The finding's message in `ui`, quoting the words as `text` has them. */
export function messageIn(finding: Finding, text: string, ui: UiLanguage): string {
  if (finding.language === undefined || finding.language === 'en' || finding.language === ui) return finding.message;
  const uiText = uiTextOf(finding.language, finding.ruleId, ui);
  return uiText ? quoteMatched(uiText.message, text.slice(finding.start, finding.end)) : finding.message;
}

/** The rule's explanation in `ui` (its own when there is none). */
export function explanationIn(rule: Rule, language: Finding['language'], ui: UiLanguage): string {
  if (language === undefined || language === 'en' || language === ui) return rule.explanation;
  return uiTextOf(language, rule.id, ui)?.explanation ?? rule.explanation;
}
