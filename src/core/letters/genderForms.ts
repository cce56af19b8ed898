// Grammatically gendered words in the letters ("wniosłem/wniosłam", "opposto/a", "opposé(e)"),
// written with both forms by default and resolved to one when the user's setting
// (rightToObject.letters.grammaticalGender, CLI --gender) names one. The list is the only place
// these forms live; a unit test fails when a letter contains a two-form word missing here.
import type { Language } from './schema';

export const GRAMMATICAL_GENDERS = ['feminine', 'masculine'] as const;
export type GrammaticalGender = (typeof GRAMMATICAL_GENDERS)[number];

/** [as written in the template, masculine, feminine]. */
type Form = readonly [both: string, masculine: string, feminine: string];

export const GENDER_FORMS: Readonly<Record<Language, readonly Form[]>> = {
  en: [],
  de: [],
  nl: [],
  es: [],
  pt: [],
  fr: [['opposé(e)', 'opposé', 'opposée']],
  it: [['opposto/a', 'opposto', 'opposta']],
  pl: [
    ['przekazałem/przekazałam', 'przekazałem', 'przekazałam'],
    ['opublikowałem/opublikowałam', 'opublikowałem', 'opublikowałam'],
    ['wniosłem/wniosłam', 'wniosłem', 'wniosłam'],
    ['przesłałem/przesłałam', 'przesłałem', 'przesłałam'],
    ['otrzymałem/otrzymałam', 'otrzymałem', 'otrzymałam'],
  ],
};

/** `text` with each two-form word of `language` resolved to `gender`; unchanged without one. */
export function applyGender(text: string, language: Language, gender: GrammaticalGender | undefined): string {
  if (gender === undefined) return text;
  let result = text;
  for (const [both, masculine, feminine] of GENDER_FORMS[language]) {
    result = result.split(both).join(gender === 'feminine' ? feminine : masculine);
  }
  return result;
}
