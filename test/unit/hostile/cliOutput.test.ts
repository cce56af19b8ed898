// Issue #19, output that trusts its text: escape sequences from files reach the terminal escaped,
// a closed pipe ends quietly, SARIF URIs keep a file name's backslash.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { toSarifUri } from '../../../src/cli/formatSarif';
import type { CliIo } from '../../../src/cli/io';
import { runCli } from '../../../src/cli/main';

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readFile: async (p) => readFileSync(p, 'utf8'), cwd };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe('hostile input: command-line output (#19)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'rto-hostile-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('escapes control characters from file names and text in --format text', async () => {
    const name = `evil\u001b]0;pwned\u0007\u009b2J.md`;
    writeFileSync(join(dir, name), `We share data with service providers.\u001b[2J\u001b[1A\rno findings\n`);
    const run = await cli(['lint', '--format', 'text', name], dir);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /service providers/);
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(run.stdout), JSON.stringify(run.stdout));
    assert.match(run.stdout, /evil\\u001B\]0;pwned\\u0007\\u009B2J\.md/);
  });

  it('keeps JSON output valid and equal in meaning', async () => {
    const name = `c1\u009b.md`;
    writeFileSync(join(dir, name), 'We share data with service providers.\n');
    const run = await cli(['lint', '--format', 'json', name], dir);
    assert.ok(!run.stdout.includes('\u009b'));
    const parsed = JSON.parse(run.stdout) as unknown;
    assert.ok(JSON.stringify(parsed).includes('\u009b'), 'the file name survives the escape as the same character');
  });

  it('percent-encodes SARIF URIs and treats a backslash as part of a Linux file name', () => {
    assert.equal(toSarifUri('docs/a\\b c#?.md', '/'), 'docs/a%5Cb%20c%23%3F.md');
    assert.equal(toSarifUri('docs\\sub\\a b.md', '\\'), 'docs/sub/a%20b.md');
    assert.equal(toSarifUri('ünï/%.md', '/'), '%C3%BCn%C3%AF/%25.md');
  });

  it('ends quietly with exit 0 when the reader closes the pipe (letters --format json | head -1)', async function () {
    this.timeout(30_000);
    const bundle = join(dir, 'cli.js');
    // Bundled as esbuild.js bundles dist/cli.js, so this test needs no prior build.
    buildSync({
      entryPoints: ['src/cli/main.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      mainFields: ['module', 'main'],
      outfile: bundle,
      logLevel: 'silent',
      banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
      define: { __VERSION__: '"0.0.0"', 'import.meta.url': '__importMetaUrl' },
    });
    // The real pipeline: head exits after one line and closes the pipe while the CLI still writes.
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) => {
      const script = `"${process.execPath}" "${bundle}" letters --format json | head -1 >/dev/null; echo "exit=\${PIPESTATUS[0]}"`;
      const child = spawn('bash', ['-c', script], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.on('close', () => resolve({ code: Number(/exit=(\d+)/.exec(out)?.[1] ?? -1), stderr: err }));
    });
    assert.equal(stderr, '', 'nothing on stderr');
    assert.equal(code, 0);
  });
});
