// Shapes of directory records. The shipped records (decoded from data/*.json) and the records a
// user keeps in the workspace have the same shape and are checked by the same schemas, so an
// override can never hold something a shipped record could not.
import { array, boolean, enum as enumOf, int, minLength, optional, refine, regex, strictObject, string, url, type infer as Infer } from 'zod/mini';
import { isIsoDate } from '../text/isoDate';

/** Same patterns as scripts/build-directory.mjs. IDN addresses are allowed ("format: idn-email" in the source). */
export const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,}$/u;
export const SLUG_PATTERN = /^[a-z0-9-]+$/;
/** A host name without scheme, path or "www.": "example.com", "müller.de". */
export const DOMAIN_PATTERN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

export const MEDIA = ['email', 'letter', 'fax', 'webform'] as const;
export type Medium = (typeof MEDIA)[number];

/** Source quality levels, best first (datenanfragen schema: tested > verified > imported > scraped). */
export const QUALITIES = ['tested', 'verified', 'imported', 'scraped'] as const;
export type Quality = (typeof QUALITIES)[number];

const slug = string({ error: 'expected text' }).check(regex(SLUG_PATTERN, 'expected lower-case letters, digits and hyphens'));
const oneLine = string({ error: 'expected text' }).check(minLength(1, 'expected non-empty text'), regex(/^[^\r\n]*$/, 'expected one non-blank line'), regex(/\S/, 'expected one non-blank line'));
const address = string({ error: 'expected text' }).check(regex(/\S/, 'expected a postal address, one line per address line'));
const email = string({ error: 'expected text' }).check(regex(EMAIL_PATTERN, 'expected an email address'));
const httpUrl = string({ error: 'expected text' }).check(url({ protocol: /^https?$/, error: 'expected an http(s) URL' }));
const countries = array(string({ error: 'expected text' }).check(regex(/^([a-z]{2}|all)$/, 'expected a lower-case ISO 3166-1 alpha-2 code or "all"')), {
  error: 'expected a list of country codes',
}).check(minLength(1, 'expected at least one country code'));
const language = string({ error: 'expected text' }).check(regex(/^[a-z]{2}$/, 'expected a lower-case ISO 639-1 language code'));

/** A company (or other organisation) and its contact for privacy requests. */
export const companySchema = strictObject(
  {
    slug,
    name: oneLine,
    /** Multi-line postal address, country on the last line. */
    address,
    /** Countries the record is for ("all" when not restricted). */
    countries,
    quality: optional(enumOf(QUALITIES, { error: `expected one of ${QUALITIES.join(', ')}` })),
    /** Privacy contact e-mail. */
    email: optional(email),
    /** Web domains, lower case, without "www.". */
    domains: optional(array(string({ error: 'expected text' }).check(regex(DOMAIN_PATTERN, 'expected a domain such as example.com')), { error: 'expected a list of domains' })),
    /** Suggested transport medium; when absent: e-mail if there is an address, else a letter (source rule). */
    medium: optional(enumOf(MEDIA, { error: `expected one of ${MEDIA.join(', ')}` })),
    /** ISO 639-1 language requests should be written in. */
    language: optional(language),
    /** Privacy web form. */
    webform: optional(httpUrl),
    /** An ID document is demanded with every request. */
    needsIdDocument: optional(boolean({ error: 'expected true or false' })),
    /** Services and companies it is responsible for (searched like names). */
    runs: optional(array(oneLine, { error: 'expected a list of names' })),
  },
  { error: 'expected an object' },
);
export type Company = Infer<typeof companySchema>;

/** A data-protection supervisory authority and its contact for complaints. */
export const authoritySchema = strictObject(
  {
    slug,
    name: oneLine,
    address,
    countries,
    email: optional(email),
    webform: optional(httpUrl),
    /** ISO 639-1 language complaints should be written in. */
    language: optional(language),
  },
  { error: 'expected an object' },
);
export type Authority = Infer<typeof authoritySchema>;

/** Provenance of the shipped data (data/meta.json). */
export const metaSchema = strictObject({
  source: string(),
  sourceUrl: string(),
  licence: string(),
  licenceUrl: string(),
  commit: string().check(regex(/^[0-9a-f]{40}$/)),
  commitDate: string().check(refine(isIsoDate, 'a real calendar date written YYYY-MM-DD')),
  companies: int(),
  authorities: int(),
  built: string().check(refine(isIsoDate, 'a real calendar date written YYYY-MM-DD')),
});
export type DirectoryMeta = Infer<typeof metaSchema>;
