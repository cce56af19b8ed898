// Everything the editor adapter needs from the objection-letters core, in one module so the
// adapter can load it on first use (see src/platform/lazyModules.ts) instead of at activation: the letter
// catalogue, the jurisdiction data, zod and yaml are the expensive part.
// toSnippetBody fills in the computed deadlines (computeDeadline with the letter's own rule).
export { followUpsInText, followUpTiming, listLetters, planFollowUp, receivedDateProblem, toSnippetBody, type FollowUpPlan, type FollowUpTiming, type Letter, type SentLetter } from './letters/index';
export { jurisdictionChoices, kindChoices, languageChoices, letterFor, type KindChoice, type JurisdictionChoice, type LetterSelection } from './letterInsert/choices';
export { jurisdictionForCountry, languageForCountry } from './letterInsert/countries';
export { parseLetterSettings, LETTER_SETTING_KEYS, type LetterSettings, type LetterSettingProblem } from './letterInsert/settings';
export { frontMatterString } from './markdown/frontMatterValue';
export { countryFromAddress, holidayCalendar, isIsoDate, type DeadlineContext } from './letters/index';
