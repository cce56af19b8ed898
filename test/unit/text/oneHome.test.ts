// The helpers of src/core/text are the one check for what they decide, and the callers that used to
// have their own copy now give the same answers: a date is a real calendar date (the shape
// YYYY-MM-DD is not enough: 2026-02-31 is not a day), a byte-order mark is skipped the same way.
import assert from 'node:assert/strict';
import { safeParse } from 'zod/mini';
import { compareSnapshotNames, isSnapshotName } from '../../../src/core/policy/snapshotFile';
import { metaSchema } from '../../../src/core/directory/schema';
import { withoutFrontMatter } from '../../../src/core/policy/normalise';
import { BYTE_ORDER_MARK, byteOrderMarkLength, withoutByteOrderMark } from '../../../src/core/text/byteOrderMark';
import { parseWorkspaceFile } from '../../../src/core/config/workspaceFile';
import { parseUserRecords } from '../../../src/core/directory/userRecords';
import { readFrontMatter } from '../../../src/core/walkthrough/frontMatter';
import { LineIndex } from '../../../src/core/text/lineIndex';

describe('src/core/text as the one home', () => {
  describe('calendar dates: the snapshot names and the directory meta use the one ISO date check', () => {
    it('a snapshot is named by a real day', () => {
      assert.equal(isSnapshotName('2026-02-28.md'), true);
      assert.equal(isSnapshotName('2024-02-29-2.md'), true, 'a leap day');
      for (const name of ['2026-02-31.md', '2026-02-29.md', '2026-13-01.md', '2026-00-10.md', '0000-01-01.md', '2026-02-31-2.md', '2026-2-3.md', 'notes.md']) {
        assert.equal(isSnapshotName(name), false, name);
      }
    });
    it('snapshots sort by day, then by their -N suffix; a name that is no real day sorts by its text', () => {
      assert.deepEqual(['2024-03-01-10.md', '2024-03-02.md', '2024-03-01-9.md', '2024-03-01.md'].sort(compareSnapshotNames), ['2024-03-01.md', '2024-03-01-9.md', '2024-03-01-10.md', '2024-03-02.md']);
      assert.ok(compareSnapshotNames('2026-02-31.md', '2026-02-28.md') > 0, 'no longer read as a day: compared as text');
    });
    it("the directory's commit and build dates are real days", () => {
      const meta = { source: 's', sourceUrl: 'u', licence: 'l', licenceUrl: 'v', commit: 'a'.repeat(40), commitDate: '2026-02-28', companies: 1, authorities: 1, built: '2026-12-06' };
      assert.equal(safeParse(metaSchema, meta).success, true);
      assert.equal(safeParse(metaSchema, { ...meta, commitDate: '2026-02-31' }).success, false, 'commitDate 2026-02-31');
      assert.equal(safeParse(metaSchema, { ...meta, built: '2026-13-01' }).success, false, 'built 2026-13-01');
      assert.equal(safeParse(metaSchema, { ...meta, built: '0000-01-01' }).success, false, 'built 0000-01-01');
    });
  });

  describe('byte-order mark: one helper for every reader', () => {
    it('is counted and removed only at the start', () => {
      assert.equal(byteOrderMarkLength(`${BYTE_ORDER_MARK}x`), 1);
      assert.equal(byteOrderMarkLength(`x${BYTE_ORDER_MARK}`), 0);
      assert.equal(withoutByteOrderMark(`${BYTE_ORDER_MARK}${BYTE_ORDER_MARK}x`), `${BYTE_ORDER_MARK}x`, 'one mark only');
      assert.equal(withoutByteOrderMark('x'), 'x');
    });
    it('a snapshot without front matter compares without the mark', () => {
      assert.equal(withoutFrontMatter(`${BYTE_ORDER_MARK}# Policy\n`), '# Policy\n');
      assert.equal(withoutFrontMatter(`${BYTE_ORDER_MARK}---\ntitle: x\n---\n# Policy\n`), '# Policy\n');
    });
    it('the workspace file and the records file read the same with and without the mark', () => {
      const settings = '{"diagnostics":{"allow":["partners"]}}';
      assert.deepEqual(parseWorkspaceFile(`${BYTE_ORDER_MARK}${settings}`), parseWorkspaceFile(settings));
      assert.deepEqual(parseUserRecords(`${BYTE_ORDER_MARK}[]`, 'r.json'), parseUserRecords('[]', 'r.json'));
    });
    it('a walkthrough without front matter starts after the mark', () => {
      const { block } = readFrontMatter(new LineIndex(`${BYTE_ORDER_MARK}# Steps\n`));
      assert.equal(block.present, false);
      assert.equal(block.fenceStart, 1);
    });
  });
});
