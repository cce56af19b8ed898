import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/io';
import { assertWellFormedXml } from './xmlCheck';

const root = join(__dirname, '..', '..', '..', '..');

async function cli(args: string[], cwd = root): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), readFile: async (path) => readFileSync(path, 'utf8'), cwd };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe('command line: friction', () => {
  it('compares the shipped samples as a Markdown table, Meta first, and skips documents without steps', async () => {
    const { code, stdout, stderr } = await cli(['friction', 'samples']);
    assert.equal(code, 0);
    const rows = stdout.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Company') && !line.startsWith('| ---'));
    assert.equal(rows.length, 4);
    assert.match(rows[0] ?? '', /^\| Meta Platforms Ireland Limited \| 5 \| 3 \| 1 \| 1 \| 0 \| Yes \|/);
    assert.match(stderr, /samples[\\/]policy-analysis\.md: skipped, not a walkthrough/);
  });

  it('prints JSON with the order, the definitions and the rows', async () => {
    const { code, stdout } = await cli(['friction', 'samples/*.md', '--format', 'json']);
    assert.equal(code, 0);
    const json = JSON.parse(stdout) as { order: string; columns: Array<{ id: string }>; rows: Array<{ company: string; steps: number; file: string }> };
    assert.match(json.order, /Most steps first/);
    assert.equal(json.columns.length, 10);
    assert.equal(json.rows[0]?.company, 'Meta Platforms Ireland Limited');
    assert.equal(json.rows[0]?.steps, 5);
  });

  it('prints a well-formed SVG and a script-free HTML page', async () => {
    const svg = await cli(['friction', 'samples', '--format', 'svg']);
    assert.equal(svg.code, 0);
    assertWellFormedXml(svg.stdout);
    const html = await cli(['friction', 'samples', '--format', 'html']);
    assert.equal(html.code, 0);
    assert.match(html.stdout, /^<!DOCTYPE html>/);
    assert.doesNotMatch(html.stdout, /<script/i);
  });

  it('sorts by a column', async () => {
    const { stdout } = await cli(['friction', 'samples', '--format', 'json', '--sort', 'fields:asc']);
    const fields = (JSON.parse(stdout) as { rows: Array<{ fields: number }> }).rows.map((row) => row.fields);
    assert.deepEqual(
      fields,
      [...fields].sort((a, b) => a - b),
    );
    assert.equal(JSON.parse(stdout).order, 'Order: by "Fields", ascending; ties in the default order.');
  });

  it('fails with one readable line on bad input', async () => {
    for (const [args, message] of [
      [['friction'], /no PATH given/],
      [['friction', 'samples', '--format', 'pdf'], /--format must be one of markdown, json, svg, html/],
      [['friction', 'samples', '--sort', 'score'], /--sort must name a column/],
      [['friction', 'samples', '--sort', 'steps:up'], /--sort direction must be one of asc, desc/],
      [['friction', 'no-such-file.md'], /cannot read "no-such-file\.md"/],
      [['friction', 'samples', '--bogus'], /Unknown option/],
    ] as const) {
      const { code, stdout, stderr } = await cli([...args]);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.equal(stderr.trimEnd().split('\n').length, 1, 'one line');
    }
  });

  it('says so when no path holds a walkthrough', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rto-friction-'));
    try {
      writeFileSync(join(dir, 'notes.md'), '# Notes\n\nNo steps here.\n');
      const { code, stderr } = await cli(['friction', 'notes.md'], dir);
      assert.equal(code, 2);
      assert.match(stderr, /no walkthrough with steps/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
