// Which regime and letter language to offer first for the country in the user's settings. Only an
// ordering hint for the pickers: every regime stays available, because the law that applies
// depends on where the company is and whom it targets, not only on where the user lives.
import type { Language } from '../letters/schema';

/** EU member states plus the EEA countries, where the GDPR applies. */
const GDPR_COUNTRIES = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
]);

/** Whole-country regimes; subdivisions (US-CA, CA-QC) are looked up first. */
const REGIMES: Readonly<Record<string, string>> = {
  GB: 'uk-gdpr',
  UK: 'uk-gdpr',
  CH: 'ch-fadp',
  'US-CA': 'us-ca',
  'US-VA': 'us-va',
  'US-CO': 'us-co',
  BR: 'br-lgpd',
  CA: 'ca-pipeda',
  'CA-QC': 'ca-qc',
  JP: 'jp-appi',
  KR: 'kr-pipa',
  CN: 'cn-pipl',
  ZA: 'za-popia',
  AU: 'au-privacy',
  SG: 'sg-pdpa',
};

const LANGUAGES: Readonly<Record<string, Language>> = {
  DE: 'de',
  AT: 'de',
  LI: 'de',
  FR: 'fr',
  LU: 'fr',
  NL: 'nl',
  BE: 'nl',
  ES: 'es',
  IT: 'it',
  PL: 'pl',
  PT: 'pt',
  BR: 'pt',
};

/** The jurisdiction id to offer first for an ISO 3166 code ("DE", "US-CA"), if any. */
export function jurisdictionForCountry(country: string | undefined): string | undefined {
  if (!country) return undefined;
  const code = country.toUpperCase();
  const whole = code.split('-')[0] ?? code;
  return REGIMES[code] ?? (GDPR_COUNTRIES.has(whole) ? 'eu-gdpr' : REGIMES[whole]);
}

/** The letter language to offer first for an ISO 3166 code, if the country has one of ours. */
export function languageForCountry(country: string | undefined): Language | undefined {
  if (!country) return undefined;
  return LANGUAGES[country.toUpperCase().split('-')[0] ?? ''];
}
