// `lint` writes each file's findings as soon as that file is linted (text, json, jsonl, sarif), and
// the streamed JSON is byte for byte what JSON.stringify of the whole result would print.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { formatLintResults } from '../../src/cli/formatLint';
import type { CliIo } from '../../src/cli/io';

interface Run {
  code: number;
  stdout: string;
  /** What stdout held when each file was read, by file name. */
  outAtRead: Map<string, string>;
}

async function cli(args: string[], cwd: string): Promise<Run> {
  let stdout = '';
  const outAtRead = new Map<string, string>();
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => assert.fail(`unexpected stderr: ${text}`),
    readFile: async (path) => {
      outAtRead.set(path.slice(path.lastIndexOf('/') + 1), stdout);
      return readFileSync(path, 'utf8');
    },
    cwd,
  };
  const code = await runCli(args, io);
  return { code, stdout, outAtRead };
}

describe('command line: streamed lint output and --format jsonl', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'rto-cli-stream-'));
    writeFileSync(join(dir, 'a.md'), '# A\n\nWe share data with service providers.\n');
    writeFileSync(join(dir, 'b.md'), 'We may keep it as long as necessary.\r\nOur partners too.\n');
    writeFileSync(join(dir, 'c.txt'), 'Nothing vague to see here.\n');
    writeFileSync(join(dir, 'd.md'), 'Legitimate interests, and third parties.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the first file's findings before the last file is read, in every format", async () => {
    for (const format of ['text', 'json', 'jsonl', 'sarif']) {
      const run = await cli(['lint', '--format', format, '--fail-on', 'never', '.'], dir);
      assert.equal(run.code, 0);
      const beforeLast = run.outAtRead.get('d.md')!;
      assert.match(beforeLast, /service providers/, `${format}: nothing was written before d.md was read`);
      assert.doesNotMatch(beforeLast, /[Ll]egitimate interests/, `${format}: d.md's findings cannot be out before it is read`);
      assert.match(run.stdout, /[Ll]egitimate interests/);
    }
  });

  it('prints the same JSON as one JSON.stringify of all files, empty files included', async () => {
    const run = await cli(['lint', '--format', 'json', '.'], dir);
    const parsed = JSON.parse(run.stdout) as { file: string; findings: unknown[] }[];
    assert.deepEqual(
      parsed.map((file) => file.file),
      ['a.md', 'b.md', 'c.txt', 'd.md'],
    );
    assert.equal(parsed[2]!.findings.length, 0);
    assert.ok(parsed[1]!.findings.length >= 2);
    assert.equal(run.stdout, `${JSON.stringify(parsed, null, 2)}\n`);
    assert.equal(
      formatLintResults([], 'json', () => undefined, '0'),
      '[]\n',
    );
  });

  it('--format jsonl prints one object per finding with its file, the same findings as json', async () => {
    const json = JSON.parse((await cli(['lint', '--format', 'json', '.'], dir)).stdout) as { file: string; findings: object[] }[];
    const run = await cli(['lint', '--format', 'jsonl', '--fail-on', 'information', '.'], dir);
    assert.equal(run.code, 1, 'the exit code follows --fail-on as for the other formats');
    assert.ok(run.stdout.endsWith('\n'));
    const lines = run.stdout.trimEnd().split('\n');
    const records = lines.map((line) => JSON.parse(line) as { file: string });
    assert.deepEqual(
      records,
      json.flatMap((file) => file.findings.map((finding) => ({ file: file.file, ...finding }))),
    );
    assert.ok(records.length >= 4);
  });

  it('streams SARIF that reads as before: rules by index, and a valid log with no results', async () => {
    const sarif = JSON.parse((await cli(['lint', '--format', 'sarif', '.'], dir)).stdout);
    const run = sarif.runs[0];
    const ids = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(run.results.length >= 4);
    for (const result of run.results) assert.equal(ids[result.ruleIndex], result.ruleId);
    assert.deepEqual(new Set(run.results.map((result: { ruleId: string }) => result.ruleId)), new Set(ids), 'only rules that produced findings are listed');
    const empty = JSON.parse(formatLintResults([], 'sarif', () => undefined, '0'));
    assert.deepEqual(empty.runs[0].results, []);
    assert.deepEqual(empty.runs[0].tool.driver.rules, []);
  });
});
