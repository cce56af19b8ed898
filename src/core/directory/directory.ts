// The directory: the shipped records (data/*.json, bundled by esbuild) decoded on first use, a
// by-slug map, and the search index, built on the first search (or before it, in steps, through
// searchBuilder()).
import { safeParse } from 'zod/mini';
import authoritiesFile from './data/authorities.json';
import companiesFile from './data/companies.json';
import metaFile from './data/meta.json';
import { authoritiesFor } from './authorities';
import { AUTHORITY_FIELDS, COMPANY_FIELDS, CompactFormatError, decodeRows } from './compact';
import { metaSchema, type Authority, type Company, type DirectoryMeta } from './schema';
import { companySearchBuilder, type CompanyMatch, type CompanySearchBuilder } from './search';
import { mergeRecords } from './userRecords';

export interface Directory {
  /** Sorted by slug. */
  readonly companies: readonly Company[];
  /** Sorted by slug. */
  readonly authorities: readonly Authority[];
  /** Best matches first (see search.ts for the ranking); `limit` defaults to 10. */
  searchCompanies(query: string, limit?: number): CompanyMatch[];
  getCompany(slug: string): Company | undefined;
  /** Every authority for the country (several for Germany; see authorities.ts). */
  authoritiesForCountry(countryCode: string): Authority[];
  /** This directory with the user's records added, or replacing records of the same slug. */
  withUserRecords(records: readonly Company[]): Directory;
  /**
   * The builder of this directory's search index, to index it a slice at a time before the first
   * search (an editor does so in the background). searchCompanies uses the same index and
   * finishes it at once if it is not done yet.
   */
  searchBuilder(): CompanySearchBuilder;
}

export function createDirectory(companies: readonly Company[], authorities: readonly Authority[]): Directory {
  const bySlug = new Map(companies.map((company) => [company.slug, company]));
  let builder: CompanySearchBuilder | undefined;
  const searchBuilder = () => (builder ??= companySearchBuilder(companies));
  return {
    companies,
    authorities,
    searchCompanies: (query, limit) => searchBuilder().finish().search(query, limit),
    getCompany: (slug) => bySlug.get(slug.trim().toLowerCase()),
    authoritiesForCountry: (countryCode) => authoritiesFor(authorities, countryCode),
    withUserRecords: (records) => createDirectory(mergeRecords(companies, records), authorities),
    searchBuilder,
  };
}

/**
 * Shipped rows as records. Only the shape every consumer relies on is checked here: the full
 * schema check of every record is a unit test, as it would cost more than the decoding (zod, ~20 ms
 * warm and far more cold, on every start).
 */
function asRecords<T extends { slug: string; name: string; address: string; countries: string[] }>(rows: Record<string, unknown>[], fileName: string): T[] {
  rows.forEach((row, index) => {
    if (typeof row.slug !== 'string' || typeof row.name !== 'string' || typeof row.address !== 'string' || !Array.isArray(row.countries)) {
      throw new CompactFormatError(fileName, `records[${index}] lacks a slug, name, address or countries`);
    }
  });
  return rows as T[];
}

let shipped: Directory | undefined;

/** The shipped directory, decoded once, on the first call. */
export function loadDirectory(): Directory {
  shipped ??= createDirectory(
    asRecords<Company>(decodeRows(companiesFile, COMPANY_FIELDS, 'companies.json'), 'companies.json'),
    asRecords<Authority>(decodeRows(authoritiesFile, AUTHORITY_FIELDS, 'authorities.json'), 'authorities.json'),
  );
  return shipped;
}

/** Where the shipped data comes from: source, licence, commit, dates and counts (data/meta.json). */
export function directoryMeta(): DirectoryMeta {
  const result = safeParse(metaSchema, metaFile);
  if (!result.success) throw new CompactFormatError('meta.json', result.error.issues[0]?.message ?? 'invalid');
  return result.data;
}
