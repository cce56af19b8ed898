import assert from 'node:assert/strict';
import { isWalkthrough, parseWalkthrough, renderWalkthroughBody } from '../../../src/core/walkthrough';

// #20: walkthrough problems where people look. A blank line before the front matter is named as
// such; walkthroughs are told apart from other Markdown (for the Problems panel); the preview puts
// the problems first.

const STEPS = '## Steps\n\n1. [link] Open the form.\n2. [otp] Enter the code.\n';

describe('walkthrough: problems where they are seen (#20)', () => {
  it('names front matter after blank lines, on its "---" line, instead of "missing front matter"', () => {
    const text = `\n\n---\ntitle: T\n---\n\n${STEPS}`;
    const { problems } = parseWalkthrough(text);
    const misplaced = problems.find((p) => p.code === 'front-matter-misplaced');
    assert.ok(misplaced, problems.map((p) => p.code).join());
    assert.equal(misplaced.severity, 'error');
    assert.deepEqual([misplaced.line, misplaced.character, misplaced.endCharacter], [2, 0, 3]);
    assert.ok(!problems.some((p) => p.code === 'missing-title'));
  });

  it('keeps "missing front matter" when there is no fence at all, and nothing when the front matter is in place', () => {
    assert.ok(parseWalkthrough(`# T\n\n${STEPS}`).problems.some((p) => p.code === 'missing-title'));
    assert.deepEqual(parseWalkthrough(`---\ntitle: T\n---\n\n${STEPS}`).problems, []);
    assert.ok(!parseWalkthrough(`Text first.\n\n---\ntitle: T\n---\n\n${STEPS}`).problems.some((p) => p.code === 'front-matter-misplaced'));
  });

  it('tells walkthroughs from other Markdown by their friction tags', () => {
    assert.equal(isWalkthrough(parseWalkthrough(`\n---\ntitle: T\n---\n\n${STEPS}`)), true);
    assert.equal(isWalkthrough(parseWalkthrough('---\ntitle: T\n---\n\n1. [emial] Give your email.\n')), true, 'a misspelt tag under a title');
    assert.equal(isWalkthrough(parseWalkthrough('# Analysis\n\n> We may share data with partners.\n\n1. Who are the partners?\n')), false);
    assert.equal(isWalkthrough(parseWalkthrough('# Notes\n\n1. [see above] a bracketed remark\n')), false);
  });

  it('renders the problems first in the preview, before the header, and never in an export', () => {
    const text = `\n---\ntitle: T\n---\n\n${STEPS}`;
    const preview = renderWalkthroughBody(parseWalkthrough(text), text, { mode: 'preview', today: '2025-05-20' });
    const banner = preview.indexOf('<section class="rto-problems rto-problems-error"');
    assert.ok(banner > 0 && banner < preview.indexOf('<header class="rto-header"'), preview.slice(0, 300));
    assert.match(preview, /Problems in this document \(1 problem\)/);
    assert.doesNotMatch(renderWalkthroughBody(parseWalkthrough(text), text, { mode: 'export', today: '2025-05-20' }), /rto-problem/);
  });
});
