import assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/main';
import { fakeIo } from '../fakeCliIo';

const OLD = '# P\n\n## Sharing\n\nWe may share data with partners.\n';
const NEW = '# P\n\n## Sharing\n\nWe may share data\nwith partners.\n\n## AI\n\nWe train AI on the basis of our legitimate interests.\n';

describe('right-to-object diff', () => {
  it('prints the added finding, the new section and the newly named basis, in each format', async () => {
    const files = { '/work/space/old.md': OLD, '/work/space/new.md': NEW };
    const text = fakeIo(files);
    assert.equal(await runCli(['diff', 'old.md', 'new.md'], text), 0);
    assert.match(text.out, /^old\.md → new\.md: 1 vague phrase\(s\) added, 0 removed/);
    assert.match(text.out, /\+ "legitimate interests"/);
    const json = fakeIo(files);
    assert.equal(await runCli(['diff', 'old.md', 'new.md', '--format', 'json'], json), 0);
    assert.deepEqual(JSON.parse(json.out).sections.added, ['AI']);
    const markdown = fakeIo(files);
    assert.equal(await runCli(['diff', 'old.md', 'new.md', '--format', 'markdown'], markdown), 0);
    assert.match(markdown.out, /\*\*Legal bases named for the first time:\*\* legitimate interests/);
  });

  it('fails with one line and exit 2 on bad usage', async () => {
    const io = fakeIo({});
    assert.equal(await runCli(['diff', 'only-one.md'], io), 2);
    assert.equal(io.err, 'right-to-object diff: give two files: OLD NEW\n');
    const format = fakeIo({});
    assert.equal(await runCli(['diff', 'a.md', 'b.md', '--format', 'sarif'], format), 2);
    assert.match(format.err, /--format must be one of text, json, markdown/);
  });
});
