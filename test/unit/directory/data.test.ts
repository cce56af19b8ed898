import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { safeParse } from 'zod/mini';
import { AUTHORITY_FIELDS, authoritySchema, COMPANY_FIELDS, companySchema, decodeRows, directoryMeta, loadDirectory } from '../../../src/core/directory/index';

// The bundle sits in out/test/unit/directory/.
const ROOT = join(__dirname, '..', '..', '..', '..');
const DATA = join(ROOT, 'src', 'core', 'directory', 'data');
/**
 * The full source (3,000 files, outside the repository) is read only when named: set
 * RTO_DIRECTORY_SOURCE to a copy of datenanfragen/data to check the committed data against it.
 * Without it, the build script is checked on the small CC0 sample in test/fixtures.
 */
const SOURCE = process.env.RTO_DIRECTORY_SOURCE;
const SAMPLE = join(ROOT, 'test', 'fixtures', 'datenanfragen-sample');
const SCRIPT = join(ROOT, 'scripts', 'build-directory.mjs');
const NO_SOURCE = 'RTO_DIRECTORY_SOURCE does not name a copy of datenanfragen/data (the full source is not in the repository)';
const REBUILD = 'the committed data is out of date: run `node scripts/build-directory.mjs` and commit src/core/directory/data/';

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));

function sourceFileCount(source: string, folder: string): number {
  const dir = join(source, folder);
  return readdirSync(dir).filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile()).length;
}

/** The full source, or skips the test saying why in its title (mocha's skip() takes no reason). */
function needSource(context: Mocha.Context): string {
  if (SOURCE && existsSync(SOURCE)) return SOURCE;
  if (context.test) context.test.title += ` (skipped: ${NO_SOURCE})`;
  return context.skip();
}

function build(source: string, out: string): void {
  const run = spawnSync(process.execPath, [SCRIPT, source, '--out', out], { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1784592000' } });
  assert.equal(run.status, 0, run.stderr);
}

describe('directory: shipped data', () => {
  const problems = (rows: Record<string, unknown>[], schema: typeof companySchema | typeof authoritySchema) =>
    rows.flatMap((row) => {
      const result = safeParse(schema, row);
      return result.success ? [] : [`${String(row.slug)}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
    });

  it('every company and authority record matches its schema', () => {
    assert.deepEqual(problems(decodeRows(readJson('companies.json'), COMPANY_FIELDS, 'companies.json'), companySchema), []);
    assert.deepEqual(problems(decodeRows(readJson('authorities.json'), AUTHORITY_FIELDS, 'authorities.json'), authoritySchema), []);
  });

  it('records are sorted by slug, slugs unique, counts as in meta.json', () => {
    const { companies, authorities } = loadDirectory();
    const meta = directoryMeta();
    for (const records of [companies, authorities]) {
      const slugs = records.map((r) => r.slug);
      assert.deepEqual(
        slugs,
        [...new Set(slugs)].sort((a, b) => (a < b ? -1 : 1)),
      );
    }
    assert.equal(companies.length, meta.companies);
    assert.equal(authorities.length, meta.authorities);
    assert.equal(meta.licence, 'CC0-1.0');
    assert.match(meta.commit, /^[0-9a-f]{40}$/);
  });

  it('has as many records as the source has files', function () {
    const source = needSource(this);
    const meta = directoryMeta();
    assert.equal(meta.companies, sourceFileCount(source, 'companies'), REBUILD);
    assert.equal(meta.authorities, sourceFileCount(source, 'supervisory-authorities'), REBUILD);
  });

  it('keeps the compact size well under 1 MiB', () => {
    const bytes = ['companies.json', 'authorities.json', 'meta.json'].reduce((sum, file) => sum + statSync(join(DATA, file)).size, 0);
    assert.ok(bytes < 800 * 1024, `${bytes} bytes`);
  });

  it('drops invisible characters from the source (an e-mail address with soft hyphens)', () => {
    const text = readFileSync(join(DATA, 'companies.json'), 'utf8');
    assert.doesNotMatch(text, /\p{Cf}/u);
    assert.equal(loadDirectory().getCompany('vrbank-muenchen-land')?.email, 'datenschutz@vrbml.de');
  });
});

describe('directory: build script', function () {
  this.timeout(60_000);
  let dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    dirs = [];
  });
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'rto-directory-'));
    dirs.push(dir);
    return dir;
  };

  it('writes the same bytes when run twice', () => {
    const [a, b] = [tempDir(), tempDir()];
    build(SAMPLE, a);
    build(SAMPLE, b);
    for (const file of ['companies.json', 'authorities.json', 'meta.json']) {
      assert.ok(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), `${file} differs between two builds`);
    }
  });

  it('builds the sample records exactly as the committed data has them', () => {
    const out = tempDir();
    build(SAMPLE, out);
    const read = (file: string): unknown => JSON.parse(readFileSync(join(out, file), 'utf8'));
    const companies = decodeRows(read('companies.json'), COMPANY_FIELDS, 'companies.json');
    const authorities = decodeRows(read('authorities.json'), AUTHORITY_FIELDS, 'authorities.json');
    assert.deepEqual([companies.length, authorities.length], [sourceFileCount(SAMPLE, 'companies'), sourceFileCount(SAMPLE, 'supervisory-authorities')]);
    const committed = loadDirectory();
    for (const record of companies) assert.deepEqual(record, committed.getCompany(String(record.slug)), `${String(record.slug)}: ${REBUILD}`);
    const committedAuthorities = new Map(committed.authorities.map((authority) => [authority.slug, authority]));
    for (const record of authorities) assert.deepEqual(record, committedAuthorities.get(String(record.slug)), `${String(record.slug)}: ${REBUILD}`);
    // The soft hyphens in the source's address are gone.
    assert.equal(companies.find((record) => record.slug === 'vrbank-muenchen-land')?.email, 'datenschutz@vrbml.de');
    assert.equal((read('meta.json') as { licence?: string }).licence, 'CC0-1.0');
  });

  it('matches the committed data (apart from the build date)', function () {
    const source = needSource(this);
    const out = tempDir();
    build(source, out);
    for (const file of ['companies.json', 'authorities.json']) {
      assert.ok(readFileSync(join(out, file)).equals(readFileSync(join(DATA, file))), `${file}: ${REBUILD}`);
    }
    const fresh = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual({ ...fresh, built: '' }, { ...directoryMeta(), built: '' }, REBUILD);
  });

  it('fails with a message when the source is missing', () => {
    const run = spawnSync(process.execPath, [SCRIPT, join(tempDir(), 'nowhere'), '--out', tempDir(), '--commit', 'a'.repeat(40), '--date', '2026-01-01'], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^build-directory: .*nowhere/);
  });
});
