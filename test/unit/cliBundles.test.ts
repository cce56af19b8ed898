// The release build of the command line (esbuild.js) splits it into files loaded on first use:
// dist/cli.js holds the dispatch and --help, dist/cli/NAME.js each command, dist/directory/*.json
// the company directory. This builds it as released, runs it, and checks which files each command
// really loads (Node's module cache at exit), so a stray import that pulls a part into start-up fails.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build, type BuildOptions } from 'esbuild';

const root = join(__dirname, '..', '..', '..');

describe('command line: start-up loads only what the command needs', function () {
  this.timeout(120_000);
  let out: string;
  let hook: string;
  let policy: string;

  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'rto-cli-bundles-'));
    // A computed path: esbuild must not bundle the build script into this test.
    const buildScript = join(root, 'esbuild.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { cliBundles, copyDirectoryData } = require(buildScript) as { cliBundles: (outdir: string) => BuildOptions[]; copyDirectoryData: (outdir: string) => void };
    await Promise.all(cliBundles(out).map((options) => build({ ...options, sourcemap: false })));
    copyDirectoryData(out);
    hook = join(out, 'loaded.cjs');
    writeFileSync(hook, "process.on('exit', () => require('fs').writeFileSync(process.env.RTO_LOADED, JSON.stringify(Object.keys(require.cache))));\n");
    policy = join(out, 'policy.md');
    writeFileSync(policy, 'We share data with partners.\n');
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  /** Runs the built CLI; returns its output and the files it loaded, relative to the build folder. */
  function run(args: string[]): { code: number | null; stdout: string; stderr: string; loaded: string[] } {
    const list = join(out, 'loaded.json');
    const child = spawnSync(process.execPath, ['--require', hook, join(out, 'cli.js'), ...args], { cwd: out, encoding: 'utf8', env: { ...process.env, RTO_LOADED: list } });
    const loaded = (JSON.parse(readFileSync(list, 'utf8')) as string[]).map((file) => relative(out, file).replace(/\\/g, '/')).filter((file) => file !== 'loaded.cjs');
    return { code: child.status, stdout: child.stdout, stderr: child.stderr, loaded: loaded.sort() };
  }

  it('--help loads dist/cli.js alone', () => {
    const result = run(['--help']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^Usage: right-to-object/);
    assert.deepEqual(result.loaded, ['cli.js']);
  });

  it('lint loads the linter only: no letters, no walkthrough, no directory, no glob library for plain paths', () => {
    const result = run(['lint', '--format', 'json', 'policy.md']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal((JSON.parse(result.stdout) as { findings: unknown[] }[])[0]!.findings.length, 1);
    assert.deepEqual(result.loaded, ['cli.js', 'cli/lint.js']);
    assert.deepEqual(run(['lint', '*.md']).loaded, ['cli.js', 'cli/glob.js', 'cli/lint.js']);
  });

  it('the letters and walkthrough commands load their own file, not the directory', () => {
    assert.deepEqual(run(['letters', '--format', 'json']).loaded, ['cli.js', 'cli/letters.js']);
    const walkthrough = run(['walkthrough', '--help']);
    assert.deepEqual(walkthrough.loaded, ['cli.js', 'cli/walkthrough.js']);
  });

  it('company reads the directory records from their own files', () => {
    const result = run(['company', 'google', '--limit', '1']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Google/);
    assert.deepEqual(result.loaded, ['cli.js', 'cli/company.js', 'directory/authorities.json', 'directory/companies.json', 'directory/meta.json']);
  });

  it('a usage error thrown in a command file still prints as one line without "error:"', () => {
    const result = run(['lint', '--format', 'xml', 'policy.md']);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'right-to-object lint: --format must be one of text, json, jsonl, sarif (got "xml")\n');
  });

  it('streamed lint output ends quietly (exit 0, nothing on stderr) when the reader closes the pipe early', async () => {
    const many = join(out, 'many.md');
    writeFileSync(many, 'We share data with partners and third parties.\n\n'.repeat(20_000));
    const child = spawn(process.execPath, [join(out, 'cli.js'), 'lint', '--format', 'jsonl', '--fail-on', 'never', many, policy, many.replace('many', 'policy')], { cwd: out });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy()); // like `| head -1`
    const code = await new Promise<number | null>((done) => child.on('close', done));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
});
