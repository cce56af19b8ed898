// The languages the built-in detector recognises (detect.ts) and the ones the linter has rules
// for. A block in a detected language without rules is not linted and is reported once per
// document ("Not checked: Dutch"), never linted with another language's rules (#14, #20 item 12).

export const DETECTED_LANGUAGES = ['en', 'de', 'fr', 'nl', 'es', 'it', 'pl', 'pt'] as const;
export type DetectedLanguage = (typeof DETECTED_LANGUAGES)[number];

/** Languages with a rule catalogue: English in the main bundle, German and French loaded when a document needs them. */
export const RULE_LANGUAGES = ['en', 'de', 'fr'] as const;
export type RuleLanguage = (typeof RULE_LANGUAGES)[number];

/** The interface languages messages and hovers are shown in (vscode.env.language, cut to its first part). */
export const UI_LANGUAGES = ['en', 'de', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The setting rightToObject.diagnostics.language and `lint --language`: 'auto' detects per block. */
export const LANGUAGE_SETTINGS = ['auto', 'en', 'de', 'fr'] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

export function hasRules(language: DetectedLanguage): language is RuleLanguage {
  return language === 'en' || language === 'de' || language === 'fr';
}

export function isDetectedLanguage(value: string): value is DetectedLanguage {
  return (DETECTED_LANGUAGES as readonly string[]).includes(value);
}

/** 'de-DE', 'de_CH', 'DE' -> 'de'; undefined for a language the detector does not know. */
export function languageOfTag(tag: string | undefined): DetectedLanguage | undefined {
  const primary = /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$/.exec(tag ?? '')?.[1]?.toLowerCase();
  return primary !== undefined && isDetectedLanguage(primary) ? primary : undefined;
}

/** 'de-DE' -> 'de'; anything else than German or French -> 'en'. */
export function uiLanguageOf(tag: string | undefined): UiLanguage {
  const language = languageOfTag(tag);
  return language === 'de' || language === 'fr' ? language : 'en';
}

/** Names of the languages in each interface language, for the "Not checked: Dutch" notice (CLI; the editor uses l10n). */
export const LANGUAGE_NAMES: Record<UiLanguage, Record<DetectedLanguage, string>> = {
  en: { en: 'English', de: 'German', fr: 'French', nl: 'Dutch', es: 'Spanish', it: 'Italian', pl: 'Polish', pt: 'Portuguese' },
  de: { en: 'Englisch', de: 'Deutsch', fr: 'Französisch', nl: 'Niederländisch', es: 'Spanisch', it: 'Italienisch', pl: 'Polnisch', pt: 'Portugiesisch' },
  fr: { en: 'anglais', de: 'allemand', fr: 'français', nl: 'néerlandais', es: 'espagnol', it: 'italien', pl: 'polonais', pt: 'portugais' },
};
