// The registrable domain ("example.co.uk" for www.legal.example.co.uk) from the Public Suffix List,
// through tldts (which ships the list and is kept current). Used to refuse a redirect that leaves
// the company's site and to propose the company from the directory. Private suffixes count
// (github.io), so two users' pages there are two domains.
import { getDomain } from 'tldts';

/** The registrable domain of a URL or host name, or undefined (an IP address, "localhost", a bare suffix). */
export function registrableDomain(urlOrHost: string): string | undefined {
  return getDomain(urlOrHost, { allowPrivateDomains: true }) ?? undefined;
}

/**
 * Whether `to` stays on the same site as `from`: the same registrable domain, or for hosts without
 * one (localhost, an IP address) the same host.
 */
export function sameSite(from: string, to: string): boolean {
  const a = new URL(from);
  const b = new URL(to);
  const domainA = registrableDomain(a.hostname);
  const domainB = registrableDomain(b.hostname);
  return domainA !== undefined && domainB !== undefined ? domainA === domainB : a.hostname === b.hostname;
}
