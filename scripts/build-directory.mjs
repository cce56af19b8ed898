// @ts-check
// Builds the company and authority directory the extension ships (src/core/directory/data/) from a
// copy of the datenanfragen.de database (CC0). Keeps only the fields the extension uses, one
// record per line as a positional array (the column names head each file), sorted by slug, so the
// output is small, diffable and byte-for-byte the same for the same input.
//
//   node scripts/build-directory.mjs [SOURCE_DIR] [--out DIR] [--commit SHA] [--date YYYY-MM-DD]
//
// SOURCE_DIR defaults to ../shared/data/datenanfragen beside the repository. The source commit and
// its date are read from the source's README.md unless given. The build date is today (UTC), or
// the day of SOURCE_DATE_EPOCH when set (reproducible builds). Offline; no dependencies.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Column order of the derived files; src/core/directory/compact.ts expects exactly these. */
export const COMPANY_FIELDS = ['slug', 'name', 'address', 'countries', 'quality', 'email', 'domains', 'medium', 'language', 'webform', 'needsIdDocument', 'runs'];
export const AUTHORITY_FIELDS = ['slug', 'name', 'address', 'countries', 'email', 'webform', 'language'];

const SLUG = /^[a-z0-9-]+$/;
/** The same patterns as src/core/directory/schema.ts (kept in step by the unit tests). */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,}$/u;
const HTTP_URL = /^https?:\/\/[^\s<>"]+$/;
const COUNTRY = /^([a-z]{2}|all)$/;
const LANGUAGE = /^[a-z]{2}$/;
const MEDIA = ['email', 'letter', 'fax', 'webform'];
const QUALITIES = ['tested', 'verified', 'imported', 'scraped'];

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{source: string, out: string, commit?: string, date?: string}} */
  const options = { source: join(ROOT, '..', 'shared', 'data', 'datenanfragen'), out: join(ROOT, 'src', 'core', 'directory', 'data') };
  let sourceGiven = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const flag = ['--out', '--commit', '--date'].find((f) => arg === f || arg.startsWith(`${f}=`));
    if (flag) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value) throw new Error(`${flag} needs a value`);
      if (flag === '--out') options.out = resolve(value);
      else if (flag === '--commit') options.commit = value;
      else options.date = value;
    } else if (!arg.startsWith('--') && !sourceGiven) {
      options.source = resolve(arg);
      sourceGiven = true;
    } else {
      throw new Error(`unexpected argument "${arg}"`);
    }
  }
  return options;
}

/** Every record file of a folder: all regular files, whatever their extension (one source file lacks ".json"). */
function recordFiles(/** @type {string} */ dir, /** @type {string[]} */ warnings) {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => {
      if (!name.endsWith('.json')) warnings.push(`${dir}/${name}: no .json extension; read as a record anyway`);
      return join(dir, name);
    });
}

/** @param {string} file @returns {Record<string, unknown>} */
function readRecord(file) {
  let value;
  try {
    value = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${file}: not a JSON object`);
  return value;
}

/** Invisible format characters (soft hyphens, zero-width and bidi marks): one source e-mail address has soft hyphens. */
const INVISIBLE = /\p{Cf}/gu;

/**
 * Trimmed text without invisible characters; multi-line text keeps its lines, each trimmed, with
 * \n endings. Removing an invisible character is warned about, as it changes the value.
 */
function text(/** @type {unknown} */ value, /** @type {string} */ where, /** @type {string[]} */ warnings) {
  if (typeof value !== 'string') return undefined;
  const visible = value.replace(INVISIBLE, '').replace(/\u00A0/g, ' ');
  if (visible.length !== value.replace(/\u00A0/g, ' ').length) warnings.push(`${where}: removed invisible characters from ${JSON.stringify(value)}`);
  const cleaned = visible
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
  return cleaned === '' ? undefined : cleaned;
}

/**
 * The host of a website, lower case, without "www.". Lenient about the scheme, because a domain is
 * only used for search and one source record has "httsp://" (warned about, not dropped).
 */
function domainOf(/** @type {unknown} */ web, /** @type {string} */ where, /** @type {string[]} */ warnings) {
  if (typeof web !== 'string') return undefined;
  const match = /^\s*(?:([a-z][a-z0-9+.-]*):\/\/)?([^/?#\s]+)/i.exec(web);
  const scheme = match?.[1]?.toLowerCase();
  const host = match?.[2]
    ?.toLowerCase()
    .replace(/:\d+$/, '')
    .replace(/\.$/, '')
    .replace(/^www\d*\./, '');
  if (!host || !/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(host)) {
    warnings.push(`${where}: web "${web}" has no usable domain; left out`);
    return undefined;
  }
  if (scheme !== 'http' && scheme !== 'https') warnings.push(`${where}: web "${web}" is not an http(s) URL; domain taken as ${host}`);
  return host;
}

/** An optional value that must match a pattern; a mismatch is warned about and dropped. */
function checked(/** @type {unknown} */ value, /** @type {RegExp} */ pattern, /** @type {string} */ where, /** @type {string[]} */ warnings) {
  const cleaned = text(value, where, warnings);
  if (cleaned === undefined) return undefined;
  if (pattern.test(cleaned)) return cleaned;
  warnings.push(`${where}: "${cleaned}" does not look valid; left out`);
  return undefined;
}

function oneOf(/** @type {unknown} */ value, /** @type {string[]} */ allowed, /** @type {string} */ where, /** @type {string[]} */ warnings) {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && allowed.includes(value)) return value;
  warnings.push(`${where}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}; left out`);
  return undefined;
}

/** Required fields shared by both record kinds; a broken one stops the build (the data must be fixed). */
function required(/** @type {Record<string, unknown>} */ raw, /** @type {string} */ file, /** @type {string[]} */ warnings) {
  const slug = raw.slug;
  if (typeof slug !== 'string' || !SLUG.test(slug)) throw new Error(`${file}: slug ${JSON.stringify(slug)} is not [a-z0-9-]+`);
  const stem = file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (stem !== slug) throw new Error(`${file}: slug "${slug}" does not match the file name`);
  const name = text(raw.name, `${slug}.name`, warnings);
  if (name === undefined || name.includes('\n')) throw new Error(`${file}: name must be one non-empty line`);
  const address = text(raw.address, `${slug}.address`, warnings);
  if (address === undefined) throw new Error(`${file}: address is missing`);
  const countries = raw['relevant-countries'];
  if (!Array.isArray(countries) || countries.length === 0 || !countries.every((c) => typeof c === 'string' && COUNTRY.test(c))) {
    throw new Error(`${file}: relevant-countries must be a non-empty list of ISO 3166-1 alpha-2 codes or "all"`);
  }
  return { slug, name, address, countries: [...new Set(/** @type {string[]} */ (countries))] };
}

/** A record as a positional row; absent values are null and trailing nulls are cut. */
function toRow(/** @type {string[]} */ fields, /** @type {Record<string, unknown>} */ record) {
  const row = fields.map((field) => record[field] ?? null);
  while (row.length > 0 && row[row.length - 1] === null) row.pop();
  return row;
}

function company(/** @type {string} */ file, /** @type {string[]} */ warnings) {
  const raw = readRecord(file);
  const base = required(raw, file, warnings);
  const where = `${base.slug}`;
  const domain = domainOf(raw.web, `${where}.web`, warnings);
  const runs = Array.isArray(raw.runs) ? [...new Set(raw.runs.map((r) => text(r, `${where}.runs`, warnings)).filter((r) => r !== undefined && !r.includes('\n')))] : [];
  return {
    ...base,
    quality: oneOf(raw.quality ?? 'verified', QUALITIES, `${where}.quality`, warnings),
    email: checked(raw.email, EMAIL, `${where}.email`, warnings),
    domains: domain ? [domain] : undefined,
    medium: oneOf(raw['suggested-transport-medium'], MEDIA, `${where}.suggested-transport-medium`, warnings),
    language: checked(raw['request-language'], LANGUAGE, `${where}.request-language`, warnings),
    webform: checked(raw.webform, HTTP_URL, `${where}.webform`, warnings),
    needsIdDocument: raw['needs-id-document'] === true ? true : undefined,
    runs: runs.length > 0 ? runs : undefined,
  };
}

function authority(/** @type {string} */ file, /** @type {string[]} */ warnings) {
  const raw = readRecord(file);
  const base = required(raw, file, warnings);
  return {
    ...base,
    email: checked(raw.email, EMAIL, `${base.slug}.email`, warnings),
    webform: checked(raw.webform, HTTP_URL, `${base.slug}.webform`, warnings),
    language: checked(raw['complaint-language'], LANGUAGE, `${base.slug}.complaint-language`, warnings),
  };
}

/** {"fields": [...], "records": [\n[row],\n[row]\n]}: compact, yet one record per line in diffs. */
function serialise(/** @type {string[]} */ fields, /** @type {Record<string, unknown>[]} */ records) {
  const bySlug = [...records].sort((a, b) => (String(a.slug) < String(b.slug) ? -1 : String(a.slug) > String(b.slug) ? 1 : 0));
  for (let i = 1; i < bySlug.length; i += 1) {
    if (bySlug[i]?.slug === bySlug[i - 1]?.slug) throw new Error(`duplicate slug "${bySlug[i]?.slug}"`);
  }
  const rows = bySlug.map((record) => JSON.stringify(toRow(fields, record)));
  return `{"fields":${JSON.stringify(fields)},"records":[\n${rows.join(',\n')}\n]}\n`;
}

/** The source commit and date: given, or stated in the source's README.md. */
function provenance(/** @type {string} */ source, /** @type {{commit?: string, date?: string}} */ given) {
  let readme = '';
  try {
    readme = readFileSync(join(source, 'README.md'), 'utf8');
  } catch {
    // No README: the flags must say it.
  }
  const commit = given.commit ?? /\b([0-9a-f]{40})\b/.exec(readme)?.[1];
  const date = given.date ?? /\b(\d{4}-\d{2}-\d{2})\b/.exec(readme)?.[1];
  if (!commit || !/^[0-9a-f]{40}$/.test(commit)) throw new Error('source commit unknown: pass --commit SHA (40 hex digits)');
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error('source date unknown: pass --date YYYY-MM-DD');
  return { commit, date };
}

function buildDate() {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const when = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return when.toISOString().slice(0, 10);
}

/**
 * Builds the three files into `out`. Returns what was written and the warnings (records are
 * kept; only the doubtful optional value is dropped or, for a website, repaired).
 * @param {{source: string, out: string, commit?: string, date?: string}} options
 */
export function buildDirectory(options) {
  const warnings = /** @type {string[]} */ ([]);
  const { commit, date } = provenance(options.source, options);
  const companies = recordFiles(join(options.source, 'companies'), warnings).map((file) => company(file, warnings));
  const authorities = recordFiles(join(options.source, 'supervisory-authorities'), warnings).map((file) => authority(file, warnings));
  const files = {
    'companies.json': serialise(COMPANY_FIELDS, companies),
    'authorities.json': serialise(AUTHORITY_FIELDS, authorities),
    'meta.json': `${JSON.stringify(
      {
        source: 'datenanfragen.de company and supervisory-authority database',
        sourceUrl: 'https://github.com/datenanfragen/data',
        licence: 'CC0-1.0',
        licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
        commit,
        commitDate: date,
        companies: companies.length,
        authorities: authorities.length,
        built: buildDate(),
      },
      null,
      2,
    )}\n`,
  };
  mkdirSync(options.out, { recursive: true });
  const sizes = /** @type {Record<string, number>} */ ({});
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(options.out, name), content);
    sizes[name] = Buffer.byteLength(content);
  }
  return { companies: companies.length, authorities: authorities.length, sizes, warnings };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const options = parseArgs(process.argv.slice(2));
    const result = buildDirectory(options);
    for (const warning of result.warnings) console.warn(`warning: ${warning}`);
    const total = Object.values(result.sizes).reduce((a, b) => a + b, 0);
    console.log(
      `${result.companies} companies, ${result.authorities} authorities → ${options.out} (${total} bytes: ${Object.entries(result.sizes)
        .map(([n, s]) => `${n} ${s}`)
        .join(', ')})`,
    );
  } catch (error) {
    console.error(`build-directory: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
