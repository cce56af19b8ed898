// Issue #19, unbounded structure: documents and settings whose size is the attack.
import assert from 'node:assert/strict';
import { DEFAULT_LINT_CONFIG } from '../../../src/core/config/lintConfig';
import { DocumentLintState } from '../../../src/core/vague/documentLintState';

const pause = () => Promise.resolve();

describe('hostile input: unbounded structure (#19)', () => {
  it('a 2 MB tight list (no blank line) is linted in slices without overflowing the stack', async () => {
    const text = `We share data with partners.\n${'- a\n'.repeat(500_000)}`;
    const state = await DocumentLintState.createInSlices(text, 'markdown', DEFAULT_LINT_CONFIG, { sliceSize: 64 * 1024, pause, cancelled: () => false });
    assert.ok(state, 'not cancelled');
    assert.ok(state.findings.length > 0, 'the finding in the first line is reported');
  });
});
