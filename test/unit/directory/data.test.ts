import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { safeParse } from 'zod/mini';
import {
  AUTHORITY_FIELDS,
  authoritySchema,
  COMPANY_FIELDS,
  companySchema,
  decodeRows,
  directoryMeta,
  loadDirectory,
} from '../../../src/core/directory/index';

// The bundle sits in out/test/unit/directory/.
const ROOT = join(__dirname, '..', '..', '..', '..');
const DATA = join(ROOT, 'src', 'core', 'directory', 'data');
const SOURCE = join(ROOT, '..', 'shared', 'data', 'datenanfragen');
const SCRIPT = join(ROOT, 'scripts', 'build-directory.mjs');
const NO_SOURCE = `the source folder ${SOURCE} is absent (CI keeps a copy of shared/ beside the repository)`;
const REBUILD = 'the committed data is out of date: run `node scripts/build-directory.mjs` and commit src/core/directory/data/';

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));

function sourceFileCount(folder: string): number {
  const dir = join(SOURCE, folder);
  return readdirSync(dir).filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile()).length;
}

/** Skips a test that needs the source, saying why in the test's title (mocha's skip() takes no reason). */
function needSource(context: Mocha.Context): void {
  if (existsSync(SOURCE)) return;
  if (context.test) context.test.title += ` (skipped: ${NO_SOURCE})`;
  context.skip();
}

function build(out: string): void {
  const run = spawnSync(process.execPath, [SCRIPT, SOURCE, '--out', out], { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1784592000' } });
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
      assert.deepEqual(slugs, [...new Set(slugs)].sort((a, b) => (a < b ? -1 : 1)));
    }
    assert.equal(companies.length, meta.companies);
    assert.equal(authorities.length, meta.authorities);
    assert.equal(meta.licence, 'CC0-1.0');
    assert.match(meta.commit, /^[0-9a-f]{40}$/);
  });

  it('has as many records as the source has files', function () {
    needSource(this);
    const meta = directoryMeta();
    assert.equal(meta.companies, sourceFileCount('companies'), REBUILD);
    assert.equal(meta.authorities, sourceFileCount('supervisory-authorities'), REBUILD);
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

  it('writes the same bytes when run twice', function () {
    needSource(this);
    const [a, b] = [tempDir(), tempDir()];
    build(a);
    build(b);
    for (const file of ['companies.json', 'authorities.json', 'meta.json']) {
      assert.ok(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), `${file} differs between two builds`);
    }
  });

  it('matches the committed data (apart from the build date)', function () {
    needSource(this);
    const out = tempDir();
    build(out);
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
