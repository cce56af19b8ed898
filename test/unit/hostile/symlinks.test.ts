// Issue #19, files: a symbolic-link loop under a "**" glob reported the same file several times,
// and a linked file was skipped by a folder walk but included by a glob. One rule for both now.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandPaths } from '../../../src/cli/expandPaths';

describe('hostile input: symbolic links (#19)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'rto-links-'));
    mkdirSync(join(dir, 'docs', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'a.md'), 'partners\n');
    writeFileSync(join(dir, 'outside.md'), 'partners\n');
    symlinkSync(join(dir, 'docs'), join(dir, 'docs', 'sub', 'loop')); // docs/sub/loop -> docs
    symlinkSync(join(dir, 'outside.md'), join(dir, 'docs', 'linked.md'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a "**" glob over a link loop reports each file once', async () => {
    const files = await expandPaths(['docs/**/*.md'], dir);
    assert.deepEqual(
      files.map((f) => f.display),
      ['docs/a.md', 'docs/linked.md'],
    );
  });

  it('a folder walk and a glob agree on linked files and linked folders', async () => {
    const walked = await expandPaths(['docs'], dir);
    const globbed = await expandPaths(['docs/**/*.md'], dir);
    assert.deepEqual(
      walked.map((f) => f.display),
      globbed.map((f) => f.display),
    );
  });

  it('a file reached by two paths is reported once', async () => {
    const files = await expandPaths(['outside.md', 'docs/linked.md'], dir);
    assert.equal(files.length, 1);
  });
});
