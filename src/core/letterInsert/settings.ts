// The sender details the letter commands may fill in (settings rightToObject.letters.*). Each key
// is validated on its own: a bad value is reported once and left out, so that field simply stays a
// tab stop in the letter instead of putting a malformed e-mail address into it.
import { email, maxLength, minLength, regex, string, trim, type ZodMiniType } from 'zod/mini';
import { GRAMMATICAL_GENDERS, type GrammaticalGender } from '../letters/genderForms';

export interface LetterSettings {
  name?: string;
  email?: string;
  /** ISO 3166 code, upper case: "DE", "GB", "US-CA". */
  country?: string;
  /** Resolves two-form words in letters ("wniosłem/wniosłam"); unset keeps both forms. */
  grammaticalGender?: GrammaticalGender;
}

export const LETTER_SETTING_KEYS = ['name', 'email', 'country', 'grammaticalGender'] as const;
type Key = (typeof LETTER_SETTING_KEYS)[number];

const SCHEMAS: Record<Key, ZodMiniType<string>> = {
  name: string().check(trim(), minLength(1), maxLength(200), regex(/^[^\r\n]*$/, 'must be one line')),
  email: string().check(trim(), email('is not an e-mail address')),
  country: string().check(trim(), regex(/^[A-Za-z]{2}(?:-[A-Za-z0-9]{1,3})?$/, 'must be an ISO 3166 code such as DE, GB or US-CA')),
  grammaticalGender: string().check(trim(), regex(new RegExp(`^(?:${GRAMMATICAL_GENDERS.join('|')})$`), `must be ${GRAMMATICAL_GENDERS.join(' or ')}`)),
};

const isGender = (value: string): value is GrammaticalGender => (GRAMMATICAL_GENDERS as readonly string[]).includes(value);

export interface LetterSettingProblem {
  /** e.g. "rightToObject.letters.email". */
  setting: string;
  message: string;
}

/**
 * Validates raw setting values. Empty strings and undefined mean "not set" and are no problem.
 * `prefix` names the settings in messages ("rightToObject.letters.").
 */
export function parseLetterSettings(raw: Partial<Record<Key, unknown>>, prefix: string): { settings: LetterSettings; problems: LetterSettingProblem[] } {
  const settings: LetterSettings = {};
  const problems: LetterSettingProblem[] = [];
  for (const key of LETTER_SETTING_KEYS) {
    const value = raw[key];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue;
    if (typeof value !== 'string') {
      problems.push({ setting: prefix + key, message: 'must be text; it is left out of letters' });
      continue;
    }
    const result = SCHEMAS[key].safeParse(value);
    if (result.success) {
      if (key === 'grammaticalGender') {
        if (isGender(result.data)) settings.grammaticalGender = result.data;
      } else {
        settings[key] = key === 'country' ? result.data.toUpperCase() : result.data;
      }
    } else {
      const message = result.error.issues[0]?.message.replace(/^Invalid input: /, '') ?? 'is not valid';
      problems.push({ setting: prefix + key, message: `${message}; it is left out of letters` });
    }
  }
  return { settings, problems };
}
