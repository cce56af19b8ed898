// The release build of the command line (esbuild.js) splits it into files loaded on first use:
// dist/cli.js holds the dispatch and --help, dist/cli/NAME.js each command, dist/directory/*.json
// the company directory. This builds it as released, runs it, and checks which files each command
// really loads (Node's module cache at exit), so a stray import that pulls a part into start-up fails.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { mkdirSync, renameSync } from 'node:fs';
import { DEFAULT_LINT_CONFIG } from '../../src/core/vague/lintConfig';
import { lintDocument } from '../../src/core/vague/lintDocument';
import { lintInWorkers } from '../../src/cli/lintInWorkers';

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
    const { cliBundles, copyDirectoryData, writePhraseTables } = require(buildScript) as {
      cliBundles: (outdir: string) => BuildOptions[];
      copyDirectoryData: (outdir: string) => void;
      writePhraseTables: (outdir: string) => Promise<void>;
    };
    await Promise.all(cliBundles(out).map((options) => build({ ...options, sourcemap: false })));
    copyDirectoryData(out);
    await writePhraseTables(out);
    hook = join(out, 'loaded.cjs');
    writeFileSync(hook, "process.on('exit', () => require('fs').writeFileSync(process.env.RTO_LOADED, JSON.stringify(Object.keys(require.cache))));\n");
    policy = join(out, 'policy.md');
    writeFileSync(policy, 'We share data with service providers.\n');
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  /** Runs the built CLI; returns its output and the files it loaded, relative to the build folder. */
  function run(args: string[]): { code: number | null; stdout: string; stderr: string; loaded: string[] } {
    const list = join(out, 'loaded.json');
    const child = spawnSync(process.execPath, ['--require', hook, join(out, 'cli.js'), ...args], { cwd: out, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, RTO_LOADED: list } });
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

  it('lint of one file loads neither Node’s worker threads nor the HTML entity tables (built when markdown-it first decodes one)', () => {
    // Node's own modules are not in require.cache; process.moduleLoadList names them.
    const builtinsHook = join(out, 'builtins.cjs');
    writeFileSync(builtinsHook, "process.on('exit', () => require('fs').writeFileSync(process.env.RTO_BUILTINS, JSON.stringify(process.moduleLoadList)));\n");
    const list = join(out, 'builtins.json');
    const child = spawnSync(process.execPath, ['--require', builtinsHook, join(out, 'cli.js'), 'lint', '--format', 'json', 'policy.md'], {
      cwd: out,
      encoding: 'utf8',
      env: { ...process.env, RTO_BUILTINS: list },
    });
    assert.equal(child.status, 0, child.stderr);
    const builtins = JSON.parse(readFileSync(list, 'utf8')) as string[];
    assert.ok(builtins.includes('NativeModule fs'), 'the list names built-ins');
    assert.ok(!builtins.includes('NativeModule worker_threads'), 'worker_threads loaded for one file');
    const lint = readFileSync(join(out, 'cli', 'lint.js'), 'utf8');
    assert.doesNotMatch(lint, /entities\/lib\/esm\/generated\/encode-html/, 'the encoding tables are bundled');
    assert.match(lint, /var init_decode_data_html = __esm\(/, 'the decoding table is built when the bundle loads');
  });

  it('lint loads the German or French rules only for a file with a block in that language (#14)', () => {
    writeFileSync(join(out, 'german.md'), '# Datenschutz\n\nWir geben Ihre personenbezogenen Daten an Dritte weiter, wenn dies für die Erbringung unserer Dienste erforderlich ist.\n');
    writeFileSync(join(out, 'french.md'), 'Nous partageons vos données personnelles avec des tiers lorsque cela est nécessaire pour fournir nos services.\n');
    const german = run(['lint', '--format', 'json', 'german.md']);
    assert.deepEqual(german.loaded, ['catalogue/de.js', 'cli.js', 'cli/lint.js']);
    const finding = (JSON.parse(german.stdout) as { findings: { ruleId: string; language: string }[] }[])[0]!.findings[0]!;
    assert.equal(finding.language, 'de');
    assert.deepEqual(run(['lint', '--format', 'json', 'french.md']).loaded, ['catalogue/fr.js', 'cli.js', 'cli/lint.js']);
    // Forced to English: the German file is read with the English rules, no catalogue loaded.
    assert.deepEqual(run(['lint', '--language', 'en', 'german.md']).loaded, ['cli.js', 'cli/lint.js']);
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

  it('lint reads the precompiled matchers once, and prints what it prints without them or with a damaged file', () => {
    const readsHook = join(out, 'reads.cjs');
    writeFileSync(
      readsHook,
      "const fs = require('fs'); const read = fs.readFileSync; const seen = []; fs.readFileSync = function (path, ...rest) { if (String(path).endsWith('.bin')) seen.push(String(path)); return read.call(this, path, ...rest); }; process.on('exit', () => fs.writeFileSync(process.env.RTO_READS, JSON.stringify(seen)));\n",
    );
    writeFileSync(join(out, 'policy-long.md'), 'We may share your data with our partners and third parties for legitimate interests.\n\n'.repeat(50));
    // German and French paragraphs: their catalogues' tables are in the same file.
    writeFileSync(
      join(out, 'policy-languages.md'),
      'Wir geben Ihre personenbezogenen Daten an unsere Partner und sonstige Dritte weiter, soweit dies erforderlich ist.\n\nNous partageons vos données personnelles avec nos partenaires et d’autres tiers, le cas échéant.\n\n'.repeat(
        20,
      ),
    );
    const lint = () => {
      const list = join(out, 'reads.json');
      const child = spawnSync(
        process.execPath,
        ['--require', readsHook, join(out, 'cli.js'), 'lint', '--format', 'json', '--fail-on', 'never', '--jobs', '1', 'policy.md', 'policy-long.md', 'policy-languages.md'],
        { cwd: out, encoding: 'utf8', env: { ...process.env, RTO_READS: list } },
      );
      assert.equal(child.status, 0, child.stderr);
      return { stdout: child.stdout, reads: (JSON.parse(readFileSync(list, 'utf8')) as string[]).map((file) => relative(out, file).replace(/\\/g, '/')) };
    };
    const withTable = lint();
    assert.deepEqual(withTable.reads, ['phrase-tables.bin']);
    const files = JSON.parse(withTable.stdout) as { file: string; findings: { language: string }[] }[];
    assert.ok(files.find((file) => file.file === 'policy-long.md')!.findings.length >= 100);
    const languages = new Set(files.find((file) => file.file === 'policy-languages.md')!.findings.map((finding) => finding.language));
    assert.deepEqual([...languages].sort(), ['de', 'fr']);
    const table = join(out, 'phrase-tables.bin');
    renameSync(table, `${table}.kept`);
    try {
      assert.equal(lint().stdout, withTable.stdout, 'without the table');
      writeFileSync(table, readFileSync(`${table}.kept`).subarray(0, 5000));
      assert.equal(lint().stdout, withTable.stdout, 'with a damaged table');
    } finally {
      renameSync(`${table}.kept`, table);
    }
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

  describe('lint --jobs N', () => {
    let corpus: string;
    before(() => {
      corpus = join(out, 'corpus');
      mkdirSync(corpus);
      const sentences = ['We share data with partners.', 'We keep it as long as necessary.', 'Nothing vague here.', 'Legitimate interests apply.', 'Third parties may receive it.'];
      // The first file is the largest, so later files finish first and must wait their turn.
      writeFileSync(join(corpus, 'a-000.md'), `${sentences.join(' ')}\n\n`.repeat(3000));
      for (let i = 1; i < 60; i++) writeFileSync(join(corpus, `a-${String(i).padStart(3, '0')}.${i % 7 === 0 ? 'txt' : 'md'}`), `# Policy ${i}\n\n${sentences.slice(i % 5).join(' ')}\n`);
    });

    it('prints the same output with 1, 2 and 3 jobs, in every format', () => {
      for (const format of ['jsonl', 'json', 'text', 'sarif']) {
        const [one, ...others] = ['1', '2', '3'].map((jobs) => run(['lint', '--format', format, '--fail-on', 'never', '--jobs', jobs, 'corpus']));
        assert.equal(one!.code, 0, one!.stderr);
        assert.ok(one!.stdout.length > 1000);
        for (const other of others) assert.equal(other.stdout, one!.stdout, `--format ${format}`);
      }
    });

    it('starts each worker with a code cache of its own, written by the first run that had a worker', () => {
      const cache = join(out, 'cli', '.code-cache', `lintWorker-${process.version}-${process.arch}.v8cache`);
      rmSync(cache, { force: true });
      const first = run(['lint', '--format', 'jsonl', '--fail-on', 'never', '--jobs', '2', 'corpus']);
      assert.equal(first.code, 0, first.stderr);
      assert.ok(existsSync(cache), 'no cache written for the worker');
      assert.equal(run(['lint', '--format', 'jsonl', '--fail-on', 'never', '--jobs', '2', 'corpus']).stdout, first.stdout, 'with the cache');
    });

    it('lints in worker threads and this one, handing back each file in order with the in-process findings', async () => {
      const files = ['a-000.md', 'a-001.md', 'a-007.txt', 'a-002.md'].map((name) => ({ absolute: join(corpus, name), display: name }));
      const seen: string[] = [];
      const here: string[] = [];
      const lintHere = async (file: { absolute: string; display: string }) => {
        here.push(file.display);
        const text = readFileSync(file.absolute, 'utf8');
        return { text, findings: lintDocument(text, { kind: 'markdown', config: DEFAULT_LINT_CONFIG }), notChecked: [] };
      };
      await lintInWorkers(files, DEFAULT_LINT_CONFIG, 3, join(out, 'cli', 'lintWorker.js'), lintHere, (file, text, findings) => {
        seen.push(file.display);
        assert.deepEqual(findings, lintDocument(text, { kind: file.display.endsWith('.md') ? 'markdown' : 'plaintext', config: DEFAULT_LINT_CONFIG }));
      });
      assert.deepEqual(seen, ['a-000.md', 'a-001.md', 'a-007.txt', 'a-002.md']);
      assert.ok(here.length < files.length, `this thread linted every file itself: ${here.join(', ')}`);
    });

    it('lints a file named twice once, and reports a bad --jobs value as one line, exit 2', () => {
      const twice = run(['lint', '--format', 'jsonl', '--fail-on', 'never', '--jobs', '2', 'corpus/a-001.md', join(out, 'corpus', 'a-001.md')]);
      assert.equal(twice.code, 0, twice.stderr);
      assert.equal(twice.stdout, run(['lint', '--format', 'jsonl', '--fail-on', 'never', '--jobs', '1', 'corpus/a-001.md']).stdout);
      const bad = run(['lint', '--jobs', '0', 'corpus']);
      assert.equal(bad.code, 2);
      assert.equal(bad.stderr, 'right-to-object lint: --jobs must be a whole number from 1 to 999 (got "0")\n');
    });
  });
});
