// `company QUERY... [--format text|json] [--limit N] [--records FILE]`: searches the company
// directory (names, web domains, services a company runs) and prints the best matches with their
// contact details. Exit 0 with matches, 1 with none, 2 on bad usage. --records adds or replaces
// companies from a workspace records file ({"records": [...]}); its problems go to stderr.
import { resolve } from 'node:path';
import type * as DirectoryCore from '../../core/directory/index';
import type { Company, CompanyMatch, Directory } from '../../core/directory/index';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliCommand, type CliIo } from '../io';

const USAGE = 'Usage: company QUERY... [--format text|json] [--limit N] [--records FILE]';

let core: typeof DirectoryCore | undefined;

/**
 * The directory core, loaded on first use: its data is ~650 kB of JSON that other commands should
 * not pay for at start-up (esbuild turns this require into a lazily initialised module).
 */
export function directoryCore(): typeof DirectoryCore {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy require: the directory loads only for the command that needs it
  core ??= require('../../core/directory/index') as typeof DirectoryCore;
  return core;
}

/** The shipped directory, with the records of `recordsFile` (if given) added; problems go to stderr as warnings. */
export async function directoryWith(recordsFile: string | undefined, io: CliIo): Promise<{ directory: Directory; userSlugs: Set<string> }> {
  const { describeProblem, loadDirectory, parseUserRecords } = directoryCore();
  const shipped = loadDirectory();
  if (recordsFile === undefined) return { directory: shipped, userSlugs: new Set() };
  let text: string;
  try {
    text = await io.readFile(resolve(io.cwd, recordsFile));
  } catch (error) {
    throw new UsageError(`cannot read --records ${recordsFile}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
  }
  const { records, problems } = parseUserRecords(text, recordsFile);
  for (const problem of problems) io.stderr(`warning: ${describeProblem(problem)}\n`);
  return { directory: shipped.withUserRecords(records), userSlugs: new Set(records.map((r) => r.slug)) };
}

interface Options {
  query: string;
  format: 'text' | 'json';
  limit: number;
  records?: string;
}

function parseArgs(args: string[]): Options {
  const words: string[] = [];
  const options: Omit<Options, 'query'> = { format: 'text', limit: 5 };
  const seen = new Set<string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      words.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    if (!['--format', '--limit', '--records'].includes(flag)) throw new UsageError(`Unknown argument "${arg}". ${USAGE}`);
    if (seen.has(flag)) throw new UsageError(`${flag} given twice. ${USAGE}`);
    seen.add(flag);
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value. ${USAGE}`);
    if (flag === '--format') {
      if (value !== 'text' && value !== 'json') throw new UsageError(`--format must be text or json, not "${value}".`);
      options.format = value;
    } else if (flag === '--limit') {
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 100) throw new UsageError(`--limit must be a whole number from 1 to 100, not "${value}".`);
      options.limit = Number(value);
    } else {
      options.records = value;
    }
  }
  const query = words.join(' ').trim();
  if (query === '') throw new UsageError(`Which company? ${USAGE}`);
  return { ...options, query };
}

/** The JSON shape of one match in `company --format json`. */
export interface CompanyListing extends Company {
  /** The medium to use, with the source's default applied (e-mail when there is an address, else a letter). */
  suggestedMedium: string;
  /** "workspace" when the record came from --records. */
  origin: 'directory' | 'workspace';
  match: { score: number; via: CompanyMatch['via']; matched: string };
}

function listing(match: CompanyMatch, userSlugs: Set<string>): CompanyListing {
  const { suggestedMedium } = directoryCore();
  return {
    ...match.company,
    suggestedMedium: suggestedMedium(match.company),
    origin: userSlugs.has(match.company.slug) ? 'workspace' : 'directory',
    match: { score: match.score, via: match.via, matched: match.matched },
  };
}

function textFor(item: CompanyListing): string {
  const lines = [`${item.slug}  ${item.name}${item.origin === 'workspace' ? '  (workspace record)' : ''}`];
  const field = (label: string, value: string | undefined) => {
    if (value) lines.push(`  ${`${label}:`.padEnd(13)}${value}`);
  };
  field('Domains', item.domains?.join(', '));
  const [first, ...rest] = item.address.split('\n');
  field('Address', first);
  for (const line of rest) lines.push(`  ${''.padEnd(13)}${line}`);
  field('E-mail', item.email);
  field('Web form', item.webform);
  field('Send by', `${item.suggestedMedium}${item.medium ? '' : ' (default)'}`);
  if (item.needsIdDocument) field('ID document', 'demanded with every request');
  field('Language', item.language);
  field('Countries', item.countries.join(', '));
  field('Quality', item.quality);
  if (item.match.via !== 'name') field('Matched', `${item.match.via === 'runs' ? 'runs' : 'domain'} "${item.match.matched}"`);
  return lines.join('\n');
}

export const companyCommand: CliCommand = async (args, io) => {
  const options = parseArgs(args);
  const { directory, userSlugs } = await directoryWith(options.records, io);
  const matches = directory.searchCompanies(options.query, options.limit).map((match) => listing(match, userSlugs));
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(matches, null, 2)}\n`);
  } else if (matches.length > 0) {
    io.stdout(`${matches.map(textFor).join('\n\n')}\n`);
  }
  if (matches.length === 0) {
    io.stderr(`No company matches "${options.query}".\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
};
