// @ts-check
// End-to-end (#14, #20 item 12): a German analysis quoting a German policy and an English analysis
// quoting a French one (and a Dutch one), in the real workbench through Chromium: the German and
// French rules' squiggles, their hovers in the interface language (English here) with the question
// in the quote's language, and the Problems panel with "Not checked: Dutch". Uses the placeholder
// German and French rules. Screenshots go to test-artifacts/e2e/languages-*.png.
import assert from 'node:assert/strict';
import { openWorkbench, openFile, screenshot } from './workbench.mjs';

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

  /** Puts the cursor on the first occurrence of `text` and opens the hover, as Ctrl+K Ctrl+I does. */
  async function hoverOn(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ text, /** @type {string} */ expected) {
    await page.keyboard.press('Control+F');
    await page.keyboard.type(text);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover-content', { hasText: expected }).first();
    await hover.waitFor({ timeout: 20_000 });
    return hover.innerText();
  }

  it('German analysis of a German policy: German findings, hover in English with the German question', async () => {
    const { page } = session;
    await openFile(page, 'german-analysis.md');
    await page.locator('.view-overlays .squiggly-warning').first().waitFor({ timeout: 60_000 });
    const hover = await hoverOn(page, 'berechtigten Interessen', 'Ask the company');
    assert.match(hover, /Vague legal basis: “berechtigten Interessen”/);
    assert.match(hover, /Ask the company: Welches berechtigte Interesse verfolgen Sie/);
    await screenshot(page, 'languages-german-hover.png');
    await page.keyboard.press('Escape');
  });

  it('English analysis of a French policy: French findings in Problems, and “Not checked: Dutch” once', async () => {
    const { page } = session;
    await openFile(page, 'french-quoted.md');
    await page.locator('.view-overlays .squiggly-warning').first().waitFor({ timeout: 60_000 });
    const hover = await hoverOn(page, 'des tiers', 'Ask the company');
    assert.match(hover, /Unnamed recipients: “des tiers”/);
    assert.match(hover, /À quels tiers communiquez-vous mes données/);
    await screenshot(page, 'languages-french-hover.png');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+Shift+M');
    const notice = page.locator('.markers-panel .monaco-list-row', { hasText: 'Not checked: Dutch' });
    await notice.first().waitFor({ timeout: 20_000 });
    assert.equal(await notice.count(), 1, 'the Dutch quote is reported once');
    const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
    const text = rows.join('\n');
    assert.match(text, /Unnamed recipients: “des tiers”/);
    assert.match(text, /Vague legal basis: “intérêt légitime”/);
    assert.doesNotMatch(text, /“partners”/, 'the Dutch quote was read with the English rules');
    await screenshot(page, 'languages-problems.png');
  });
});
