// Text and domain normalisation shared by the search index and the queries, so both sides compare
// the same way: case, diacritics and punctuation never decide a match.

import { foldText } from '../text/foldText';

export { foldText };

/** German transliteration typed for umlauts ("muenchen"): tried as a second spelling of a query. */
export function umlautVariant(folded: string): string {
  return folded.replace(/([aou])e/g, '$1');
}

/**
 * Legal-form words dropped from the end of a name to get the name people type: "Deutsche Bank AG"
 * → "deutsche bank". Single letters cover forms split by folding ("S.à r.l." → "s a r l").
 */
const LEGAL_FORM_WORDS = new Set(
  (
    'gmbh mbh ag se kg kgaa co ohg gbr ug haftungsbeschrankt ev eg e v g ltd limited llc inc incorporated corp corporation ' +
    'plc sa sas sarl s a r l c bv b nv n ab as asa aps oy oyj spa srl sl slu lp llp pte pty cie et und and company group holding'
  ).split(' '),
);

export function coreName(foldedName: string): string {
  const words = foldedName.split(' ');
  while (words.length > 1 && LEGAL_FORM_WORDS.has(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}

/**
 * A domain from a URL, host, or e-mail address the user typed: lower case, without scheme, port,
 * path or "www.". Undefined when the text does not look like one (no dot, spaces inside).
 */
export function domainOf(input: string): string | undefined {
  let text = input.trim().toLowerCase();
  const at = text.lastIndexOf('@');
  if (at >= 0 && !text.includes('/')) text = text.slice(at + 1);
  const match = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#\s]+)(?:[/?#]\S*)?$/.exec(text);
  const host = match?.[1]
    ?.replace(/:\d+$/, '')
    .replace(/\.$/, '')
    .replace(/^www\d*\./, '');
  return host && /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(host) ? host : undefined;
}

/** Second-level labels under which the registrable name sits one label further left ("bbc.co.uk"). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'gv', 'or', 'ne', 'edu']);

/** The name part of a domain: "google" for google.com and mail.google.com, "bbc" for bbc.co.uk. */
export function brandOf(domain: string): string {
  const labels = domain.split('.');
  const second = labels[labels.length - 2] ?? '';
  const index = labels.length >= 3 && SECOND_LEVEL.has(second) ? labels.length - 3 : labels.length - 2;
  return foldText(labels[Math.max(0, index)] ?? '');
}
