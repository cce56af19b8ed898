// "You can opt out of interest-based targeted advertising", "programs that provide choices to
// individuals regarding the use of their browsing behavior … for purposes of targeted advertising":
// advertising named as what the user can opt out of or limit. The sentence gives the user a choice;
// the open advertising purpose is the company's where the company says it uses data for it (0 of 10
// such findings true on the development set, 2026-12-07; every ad-funded US policy has these
// opt-out paragraphs).
import { caseless, caselessFor } from '../../text/asciiCaseless';

/** The user's ways out of advertising: opting out or in, choices, limiting, disabling, objecting, unsubscribing. */
const CHOICE_WORD = caseless(/\b(?:opt(?:s|ed|ing)?[- ]?(?:out|you out|in)|choices?|choose|control or limit|limit (?:the )?use|disable|object(?:s|ing)? to|unsubscribe|withdraw)\b/iu);

/** Advertising purposes and the browsing data they use: what the user's choice is about. */
const ADVERTISING_RULES: ReadonlySet<string> = new Set(['relevant-content', 'of-interest-to-you', 'personalise-experience', 'marketing-purposes', 'online-activity']);

export function isAdvertisingRule(ruleId: string): boolean {
  return ADVERTISING_RULES.has(ruleId);
}

/** `sentence`: the whole sentence of an advertising phrase. */
export function isAdvertisingChoice(sentence: string): boolean {
  return caselessFor(CHOICE_WORD, sentence).test(sentence);
}
