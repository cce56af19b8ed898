// @ts-check
// End-to-end (#14, #20 item 12): a German analysis quoting a German policy and an English analysis
// quoting a French one (and a Dutch one), in the real workbench through Chromium: the German and
// French rules' squiggles, their hovers in the interface language (English here) with the question
// in the quote's language, and the Problems panel with "Not checked: Dutch". The checks hold
// whatever the shipped German and French rules are. Screenshots go to test-artifacts/e2e/languages-*.png.
import assert from 'node:assert/strict';
import { hoverOn, openWorkbench, openFile, screenshot } from './workbench.mjs';

describe('Languages (browser)', function () {
  this.timeout(300_000);
  /** @type {Awaited<ReturnType<typeof openWorkbench>>} */
  let session;

  before(async () => {
    session = await openWorkbench({ workspaceFixture: 'workspace' });
  });
  after(async () => {
    await session?.close();
  });

  it('German analysis of a German policy: German findings, hover in English with the German question', async () => {
    const { page } = session;
    await openFile(page, 'german-analysis.md');
    await page.locator('.view-overlays .squiggly-warning').first().waitFor({ timeout: 60_000 });
    const hover = await hoverOn(page, 'Dritte', 'Ask the company');
    // The rule is German (its id), the hover's words are English, the question German.
    assert.match(hover, /Rule: de-[a-z-]+/);
    assert.match(hover, /Unnamed recipients|third parties/i);
    assert.match(hover, /Ask the company: .*\b(?:Sie|Ihre|welche[nrs]?|Welche[nrs]?|An wen|Wer)\b/);
    await screenshot(page, 'languages-german-hover.png');
    await page.keyboard.press('Escape');
  });

  it('English analysis of a French policy: French findings in Problems, and “Not checked: Dutch” once', async () => {
    const { page } = session;
    await openFile(page, 'french-quoted.md');
    await page.locator('.view-overlays .squiggly-warning').first().waitFor({ timeout: 60_000 });
    const hover = await hoverOn(page, 'des tiers', 'Ask the company');
    assert.match(hover, /Rule: fr-[a-z-]+/);
    assert.match(hover, /“des tiers”/);
    assert.match(hover, /Ask the company: .*\b(?:vous|vos|mes|Quels?|Quelles?|À quels)\b/);
    await screenshot(page, 'languages-french-hover.png');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+Shift+M');
    const notice = page.locator('.markers-panel .monaco-list-row', { hasText: 'Not checked: Dutch' });
    await notice.first().waitFor({ timeout: 20_000 });
    assert.equal(await notice.count(), 1, 'the Dutch quote is reported once');
    const rows = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).join('\n');
    assert.match(rows, /fr-[a-z-]+/, rows);
    assert.match(rows, /“des tiers”/);
    assert.doesNotMatch(rows, /“partners”/, 'the Dutch quote was read with the English rules');
    await screenshot(page, 'languages-problems.png');
  });
});
