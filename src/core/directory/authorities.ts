// The competent data-protection authority for a country. The data records which countries an
// authority covers, not what it supervises, so where a country has several (Germany: the federal
// BfDI, one per Land, church and broadcasting authorities) all of them are returned and the user
// chooses; picking one would be a guess. See README.md, "Authorities".
import type { Authority } from './schema';

/** Codes people type that ISO 3166-1 spells differently: "uk" for GB, "el" (EU usage) for GR. */
const ALIASES: Record<string, string> = { uk: 'gb', el: 'gr' };

/**
 * The authorities for an ISO 3166-1 alpha-2 code (any case), in the data's order (by slug);
 * authorities marked for "all" countries come after the country's own. Empty for an unknown code.
 */
export function authoritiesFor(authorities: readonly Authority[], countryCode: string): Authority[] {
  const lower = countryCode.trim().toLowerCase();
  const code = ALIASES[lower] ?? lower;
  if (!/^[a-z]{2}$/.test(code)) return [];
  const own = authorities.filter((a) => a.countries.includes(code));
  const everywhere = authorities.filter((a) => a.countries.includes('all') && !a.countries.includes(code));
  return [...own, ...everywhere];
}
