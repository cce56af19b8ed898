// Public API of the objection-letters core. Editor-free: nothing here imports `vscode`.
// See README.md in this folder for the template syntax, the markers and the data rules.
export {
  addBusinessDays,
  addCalendarDays,
  addCalendarMonths,
  compareDates,
  formatDate,
  InvalidDateError,
  isIsoDate,
  isWeekend,
  nextWorkingDay,
  parseDate,
  type DateInput,
  type PlainDate,
} from './dates';
export { computeDeadline, describeDeadlineRule, isPastDeadline, NoExtensionError, type DeadlineFrom, type DeadlineOptions, type DeadlineResult } from './deadline';
export { holidayCalendar, knownCalendarIds, normaliseCalendarId, type HolidayCalendar } from './holidays/calendars';
export { countryFromAddress } from './holidays/addressCountry';
export { computeDeadlines, fillLetter, InvalidFieldError, MissingFieldsError, type DeadlineContext, type FillOptions, type LetterValues } from './fill';
export { applyGender, GENDER_FORMS, GRAMMATICAL_GENDERS, type GrammaticalGender } from './genderForms';
export { followUpsInText, followUpTiming, planFollowUp, receivedDateProblem, type ReceivedDateProblem, type FollowUpPlan, type FollowUpTiming, type SentLetter } from './followUp';
export { findSentLetters, letterMarker, MARKER_TAG, type MarkerExtras, type SentLetterMarker } from './marker';
export { findUnfilledPlaceholders, unfilledMarker, type UnfilledPlaceholder } from './placeholders';
export { findLetter, getLetter, listJurisdictions, listLetters, UnknownLetterError, type Citation, type Letter } from './registry';
export {
  LANGUAGE_NAMES,
  LANGUAGES,
  LETTER_KIND_LABELS,
  LETTER_KINDS,
  type Authority,
  type DeadlineRule,
  type Jurisdiction,
  type Language,
  type LetterKind,
  type Placeholder,
  type Provision,
} from './schema';
export { escapeSnippetChoice, escapeSnippetText, toSnippetBody, type SnippetOptions } from './snippet';
export { buildLetterSnippets, renderLetterSnippetsFile, snippetPrefix } from './snippetsJson';
