// @ts-check
// End-to-end (#20): the Get Started page as a newcomer uses it. With a Markdown document open and
// the Get Started page in front, the letter button inserts the letter into that document (no empty
// editor group, no "open a document first") and the step is ticked; the follow-up button on a
// document without letters does nothing and leaves its step unticked.
// Screenshot: test-artifacts/e2e/get-started.png.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { choose, continuePastCompanyNotes, openFile, openWorkbench, runCommand, screenshot } from './workbench.mjs';

const STEP = (/** @type {string} */ id) => `.getting-started-step[data-step-id$="#${id}"]`;

/** Whether the page shows a step as done (the step button's aria-checked, which its tick icon follows). */
async function isTicked(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ id) {
  return (await page.locator(STEP(id)).first().getAttribute('aria-checked')) === 'true';
}

describe('Get Started (browser)', function () {
  this.timeout(240_000);
  /** @type {Awaited<ReturnType<typeof openWorkbench>>} */
  let session;
  before(async () => {
    session = await openWorkbench({ workspaceFixture: 'workspace', settings: { 'files.autoSave': 'off', 'workbench.startupEditor': 'none' } });
  });
  after(async () => {
    await session?.close();
  });

  it('runs the letter button on the open Markdown document, ticks it, and leaves a failed follow-up unticked', async () => {
    const { page } = session;
    writeFileSync(join(session.workspace, 'my-objection.md'), '# My objection to Zalando\n\n');
    await openFile(page, 'my-objection.md');
    await runCommand(page, 'Welcome: Open Walkthrough...');
    await choose(page, 'Get Started with Right to Object', { picker: /walkthrough/i });
    await page.locator(STEP('insertObjectionLetter')).first().waitFor({ timeout: 30_000 });
    assert.equal(await isTicked(page, 'insertObjectionLetter'), false, 'the letter step starts ticked');

    // The follow-up button on a document without letters: a message, and no tick.
    await page.locator(STEP('insertFollowUp')).first().click();
    await page
      .locator(`${STEP('insertFollowUp')} .monaco-button`, { hasText: 'Insert Follow-up' })
      .first()
      .click();
    await page.locator('.notification-toast', { hasText: 'holds no letter inserted by Right to Object' }).first().waitFor({ timeout: 20_000 });
    await screenshot(page, 'get-started-follow-up.png');
    assert.equal(await isTicked(page, 'insertFollowUp'), false, 'the follow-up step was ticked although nothing was inserted');

    // The letter button: the pickers, then the letter in my-objection.md.
    await page.locator(STEP('insertObjectionLetter')).first().click();
    // Selecting a step loads its text into a webview beside the steps; the webview takes focus when it
    // is ready, which closes a quick pick opened before (a person reads the text before clicking the
    // button; clicked at once, the pickers vanished within a second: CI on 11ea5f7).
    await page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame').getByText('An objection that cites the law').first().waitFor({ state: 'attached', timeout: 30_000 });
    await page
      .locator(`${STEP('insertObjectionLetter')} .monaco-button`, { hasText: 'Insert Objection Letter' })
      .first()
      .click();
    // Each answer goes to the step it is meant for (named by its placeholder): typed before the next
    // step is shown, it would land in the previous one (the cause of the stalls seen after the
    // pickers were reworked).
    await choose(page, 'European Union', { picker: 'Which law applies' });
    await choose(page, 'legitimate interests', { picker: 'What do you want to do?' });
    await choose(page, 'English', { picker: 'Which language' });
    await choose(page, 'Zalando', { picker: 'Type a company name' });
    // The directory's notes about the company come first when it has any; then how it is sent.
    await continuePastCompanyNotes(page);
    await choose(page, 'By e-mail or web form', { picker: 'How will you send it' });
    const lines = page.locator('.monaco-editor .view-lines');
    await lines.filter({ hasText: 'Objection under Article 21(1) GDPR' }).first().waitFor({ timeout: 20_000 });
    await screenshot(page, 'get-started-letter.png');
    // In my-objection.md, the document that was open, not in a new one.
    assert.ok((await page.locator('.tab.active[aria-label*="my-objection.md"]').count()) > 0, 'the letter went into another document');
    await page.keyboard.press('Escape');

    // Back on the Get Started page: the letter step is ticked, the follow-up step still is not.
    await runCommand(page, 'Welcome: Open Walkthrough...');
    await choose(page, 'Get Started with Right to Object', { picker: /walkthrough/i });
    await page.locator(STEP('insertObjectionLetter')).first().waitFor({ state: 'visible', timeout: 30_000 });
    await page
      .locator(`${STEP('insertObjectionLetter')}[aria-checked="true"]`)
      .first()
      .waitFor({ timeout: 15_000 });
    assert.equal(await isTicked(page, 'insertFollowUp'), false);
    await screenshot(page, 'get-started.png');
  });
});
