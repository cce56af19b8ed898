// lint --shard I/N (#18): N runs with I = 1..N lint every file exactly once between them, each run's
// part depends only on the file's printed path, and a bad value is one usage line.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { runCli } from '../../src/cli/main';
import { filesOfShard, parseShard, shardOf } from '../../src/cli/shard';

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), readFile: async (path) => readFileSync(path, 'utf8'), cwd });
  return { code, stdout, stderr };
}

describe('lint --shard I/N', () => {
  it('parses I/N and refuses anything else with the expected form in the message', () => {
    assert.deepEqual(parseShard('2/8'), { index: 2, count: 8 });
    assert.deepEqual(parseShard('1/1'), { index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '1/0', '2', '/4', '1/4/2', 'a/b', '-1/4', '1.5/4', ' 1/4', '1/1000000']) {
      assert.throws(() => parseShard(bad), /--shard must be I\/N with 1 ≤ I ≤ N/, bad);
    }
  });

  it('splits any file list into disjoint parts that together are the whole list, in its order [property]', () => {
    const path = fc.stringMatching(/^[a-z0-9_\-/.]{1,30}$/);
    fc.assert(
      fc.property(fc.uniqueArray(path, { maxLength: 80 }), fc.integer({ min: 1, max: 9 }), (paths, count) => {
        const files = paths.map((display) => ({ display }));
        const parts = Array.from({ length: count }, (_, index) => filesOfShard(files, { index: index + 1, count }));
        const seen = parts.flat().map((file) => file.display);
        assert.deepEqual([...seen].sort(), [...paths].sort());
        for (const part of parts)
          assert.deepEqual(
            part,
            files.filter((file) => part.includes(file)),
            'each part keeps the list order',
          );
      }),
      { numRuns: 300, seed: 18 },
    );
  });

  it("puts a file in the same part whatever the other files are, and whatever the machine's separator", () => {
    const list = Array.from({ length: 200 }, (_, i) => ({ display: `policies/company-${i}/2026-01-0${i % 9}.md` }));
    const alone = list.map((file) => filesOfShard([file], { index: shardOf(file.display, 7), count: 7 }).length);
    assert.ok(alone.every((count) => count === 1));
    assert.equal(shardOf('policies\\acme\\2026.md', 5), shardOf('policies/acme/2026.md', 5));
    // Spread: 200 paths over 4 parts, none empty or holding more than twice its share.
    const sizes = [1, 2, 3, 4].map((index) => filesOfShard(list, { index, count: 4 }).length);
    assert.ok(
      sizes.every((size) => size > 0 && size < 100),
      sizes.join(', '),
    );
  });

  describe('on the command line', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'rto-shard-'));
      mkdirSync(join(dir, 'corpus'));
      for (let i = 0; i < 30; i++) writeFileSync(join(dir, 'corpus', `p-${i}.md`), `Policy ${i}: we share data with service providers.\n`);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('N runs lint every file once between them, with the same findings as one run', async () => {
      const whole = await cli(['lint', '--format', 'jsonl', '--fail-on', 'never', '--jobs', '1', 'corpus'], dir);
      const lines = (output: string) => output.split('\n').filter(Boolean);
      const parts = await Promise.all([1, 2, 3].map((index) => cli(['lint', '--format', 'jsonl', '--fail-on', 'never', '--jobs', '1', '--shard', `${index}/3`, 'corpus'], dir)));
      for (const part of parts) {
        assert.equal(part.code, 0, part.stderr);
        assert.ok(lines(part.stdout).length > 0 && lines(part.stdout).length < 30);
      }
      assert.deepEqual(parts.flatMap((part) => lines(part.stdout)).sort(), lines(whole.stdout).sort());
      assert.equal(lines(whole.stdout).length, 30);
    });

    it('prints an empty result for a part with no file, and a usage error for a bad value', async () => {
      writeFileSync(join(dir, 'one.md'), 'We share data with service providers.\n');
      const part = shardOf('one.md', 2);
      const empty = await cli(['lint', '--format', 'json', '--shard', `${3 - part}/2`, 'one.md'], dir);
      assert.equal(empty.code, 0, empty.stderr);
      assert.deepEqual(JSON.parse(empty.stdout), []);
      const bad = await cli(['lint', '--shard', '3/2', 'one.md'], dir);
      assert.equal(bad.code, 2);
      assert.equal(bad.stderr, 'right-to-object lint: --shard must be I/N with 1 ≤ I ≤ N ≤ 100000, e.g. 2/8 (got "3/2")\n');
    });
  });
});
