// Proposes the company a policy belongs to: the directory record whose web domains include the
// policy URL's registrable domain (or the URL's host). None when no record matches, or several
// records claim the domain and none is more specific: a wrong controller is worse than none.
import { registrableDomain } from './registrableDomain';

export interface DomainRecord {
  slug: string;
  name: string;
  domains?: readonly string[];
}

export function proposeController<T extends DomainRecord>(url: string, companies: readonly T[]): T | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
  const site = registrableDomain(host);
  const exact = companies.filter((company) => company.domains?.some((domain) => domain.toLowerCase() === host));
  if (exact.length === 1) return exact[0];
  if (!site) return undefined;
  const bySite = companies.filter((company) => company.domains?.some((domain) => registrableDomain(domain.toLowerCase()) === site));
  return bySite.length === 1 ? bySite[0] : undefined;
}
