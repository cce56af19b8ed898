// @ts-check
// End-to-end: insert an objection letter the way a person does, through the palette and the
// quick picks, into a document that names its company in the front matter. The screenshot is the
// one the README shows.
import assert from 'node:assert/strict';
import { openFile, openWorkbench, runCommand, screenshot } from './workbench.mjs';

/** Types into the open quick pick and accepts the first item that contains `text`. */
async function choose(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ text) {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(text);
  // The company search builds its index on first use: allow it time on a busy machine.
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: text }).first().waitFor({ timeout: 45_000 });
  await page.keyboard.press('Enter');
}

describe('Objection letters (browser)', function () {
  this.timeout(180_000);
  /** @type {Awaited<ReturnType<typeof openWorkbench>>} */
  let session;
  before(async () => {
    session = await openWorkbench({ workspaceFixture: 'workspace', settings: { 'rightToObject.letters.name': 'Ada Example', 'files.autoSave': 'off' } });
  });
  after(async () => {
    await session?.close();
  });

  it('inserts a GDPR Art. 21(1) objection addressed to the company from the directory', async () => {
    const { page } = session;
    await openFile(page, 'known.md');
    // Put the cursor on the placeholder line.
    await page.keyboard.press('Control+F');
    await page.keyboard.type('REPLACE-ME');
    await page.keyboard.press('Escape');
    await runCommand(page, 'Right to Object: Insert Objection Letter…');
    await choose(page, 'European Union');
    await choose(page, 'legitimate interests');
    await choose(page, 'English');
    await choose(page, 'Zalando');
    // A company with notices (e.g. its preferred route) asks to continue first.
    const proceed = page.locator('.quick-input-widget .monaco-list-row', { hasText: /Continue/ }).first();
    if (await proceed.isVisible({ timeout: 3_000 }).catch(() => false)) await page.keyboard.press('Enter');
    // How the letter is sent decides when the reply period starts (receipt): e-mail, the same day.
    await choose(page, 'By e-mail or web form');
    // The directory gives Zalando's country, so no question about where it is established follows.
    const lines = page.locator('.monaco-editor .view-lines');
    await lines.filter({ hasText: 'Objection under Article 21(1) GDPR' }).first().waitFor({ timeout: 20_000 });
    // Monaco renders spaces as no-break spaces.
    const text = (await lines.first().innerText()).replace(/\u00a0/g, ' ');
    assert.match(text, /Zalando SE/);
    assert.match(text, /Ada Example/);
    assert.match(text, /\d{4}-\d{2}-\d{2}/);
    // The grounds are still a placeholder, and the extension says so.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: /grounds/i }).first().waitFor({ timeout: 15_000 });
    await screenshot(page, 'letters.png');
  });
});
