// @ts-check
// End-to-end: insert an objection letter the way a person does, through the palette and the
// quick picks, into a document that names its company in the front matter. The screenshot is the
// one the README shows.
import assert from 'node:assert/strict';
import { choose, continuePastCompanyNotes, openFile, openWorkbench, runCommand, screenshot } from './workbench.mjs';

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
    await choose(page, 'European Union', { picker: 'Which law applies' });
    await choose(page, 'legitimate interests', { picker: 'What do you want to do?' });
    await choose(page, 'English', { picker: 'Which language' });
    // The company search builds its index on first use: choose waits for it.
    await choose(page, 'Zalando', { picker: 'Type a company name' });
    // A company with notices (e.g. its preferred route) asks to continue first.
    await continuePastCompanyNotes(page);
    // How the letter is sent decides when the reply period starts (receipt): e-mail, the same day.
    await choose(page, 'By e-mail or web form', { picker: 'How will you send it' });
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
    await page
      .locator('.markers-panel .monaco-list-row', { hasText: /grounds/i })
      .first()
      .waitFor({ timeout: 15_000 });
    await screenshot(page, 'letters.png');
  });
});
