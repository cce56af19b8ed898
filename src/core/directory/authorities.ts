// The competent data-protection authority for a country. The data records which countries an
// authority covers, not what it supervises, so where a country has several (Germany: the federal
// BfDI, one per Land, church and broadcasting authorities) all of them are returned and the user
// chooses; picking one would be a guess. See README.md, "Authorities".
import type { Authority } from './schema';
import { ownValue } from '../ownKeys';

/** Codes people type that ISO 3166-1 spells differently: "uk" for GB, "el" (EU usage) for GR. */
const ALIASES: Record<string, string> = { uk: 'gb', el: 'gr' };

/**
 * The authorities for an ISO 3166-1 alpha-2 code (any case), in the data's order (by slug);
 * authorities marked for "all" countries come after the country's own. Empty for an unknown code.
 */
export function authoritiesFor(authorities: readonly Authority[], countryCode: string): Authority[] {
  const lower = countryCode.trim().toLowerCase();
  const code = ownValue(ALIASES, lower) ?? lower;
  if (!/^[a-z]{2}$/.test(code)) return [];
  const own = authorities.filter((a) => a.countries.includes(code));
  const everywhere = authorities.filter((a) => a.countries.includes('all') && !a.countries.includes(code));
  return [...own, ...everywhere];
}

/** Where a group of candidate authorities comes from. */
export type AuthorityOrigin = 'user' | 'company';

export interface AuthorityGroup {
  /** ISO 3166-1 alpha-2, lower case. */
  country: string;
  /** Whose country: the user's (the setting) or the company's (its record's only country). */
  origin: AuthorityOrigin;
  authorities: Authority[];
}

/** "US-CA" → "us", "de" → "de"; undefined for anything that does not start with a country code. */
export function countryOf(code: string | undefined): string | undefined {
  const match = /^([A-Za-z]{2})(?:-[A-Za-z0-9]{1,3})?$/.exec(code?.trim() ?? '');
  if (!match) return undefined;
  const lower = (match[1] ?? '').toLowerCase();
  return ownValue(ALIASES, lower) ?? lower;
}

/**
 * The authorities a complaint could go to: those of the user's country (the setting; where the
 * GDPR lets a person complain, Art. 77(1)), or, when that is not set or has none, those of the
 * company's country: its record's only country (a record for several countries or for "all" names
 * none). Undefined when neither gives an authority: the user then chooses among all of them.
 */
export function complaintAuthorities(authorities: readonly Authority[], options: { userCountry?: string | undefined; companyCountries?: readonly string[] | undefined }): AuthorityGroup | undefined {
  const user = countryOf(options.userCountry);
  const countries = options.companyCountries ?? [];
  const company = countries.length === 1 && countries[0] !== 'all' ? countryOf(countries[0]) : undefined;
  for (const [country, origin] of [
    [user, 'user'],
    [company, 'company'],
  ] as const) {
    if (country === undefined) continue;
    const found = authoritiesFor(authorities, country);
    if (found.length > 0) return { country, origin, authorities: found };
  }
  return undefined;
}
