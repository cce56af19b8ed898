// @ts-check
// #20 "An advocate's day", played in one session of the real workbench (code-server, Chromium), in
// the order of the issue: an analysis quoting Meta's 2024 AI notice with commentary (only the quote
// is flagged, in the words it uses), the quick fix's question after the quote, a GDPR AI-training
// objection to Meta through the pickers, a follow-up (not yet due, to the same recipient), a sample
// walkthrough's preview, Get Started, then Light High Contrast. Each step asserts what the page shows;
// the saved files are read where the placement of text is the point.
// Screenshots: test-artifacts/e2e/whole-day-<nn>-<step>.png.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyQuickFix, choose, continuePastCompanyNotes, openFile, openWorkbench, quickInputState, runCommand, screenshot, shownWhole, waitForPicker } from './workbench.mjs';
import { measureContrast, previewFrame } from './previewContrast.mjs';

const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
/** The local date as YYYY-MM-DD. */
const dateOf = (/** @type {Date} */ day) => `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
const today = dateOf(new Date());
const META = 'Meta Platforms Ireland Limited';
const STEP = (/** @type {string} */ id) => `.getting-started-step[data-step-id$="#${id}"]`;

/** Editor text as shown (Monaco draws spaces as no-break spaces). @param {import('playwright-core').Page} page */
const editorText = async (page) => (await page.locator('.monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');

/** Polls `condition` until it holds. @param {() => boolean} condition @param {() => string} what */
async function waitUntil(condition, what, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(what());
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Saves the active editor and returns the file's text once it holds `expected`. @param {import('playwright-core').Page} page @param {string} file @param {string} expected */
async function saveAndRead(page, file, expected) {
  await page.keyboard.press('Control+S');
  let text = '';
  await waitUntil(
    () => (text = readFileSync(file, 'utf8')).includes(expected),
    () => `${file} was not saved with “${expected}”:\n${text}`,
  );
  return text;
}

/** The count "Check Document for Vague Language" reports for the active document. @param {import('playwright-core').Page} page */
async function checkedCount(page) {
  const message = page.locator('.statusbar-item', { hasText: /vague phrase\(s\) found/ }).first();
  // A previous count stays up for 5 s: wait until it is gone so that this one is read.
  await message.waitFor({ state: 'hidden', timeout: 10_000 });
  await runCommand(page, 'Right to Object: Check Document for Vague Language');
  await message.waitFor({ timeout: 60_000 });
  return Number(/(\d+) vague phrase/.exec(await message.innerText())?.[1]);
}

describe('#20 the whole advocate’s day in one session (browser)', function () {
  this.timeout(600_000);
  /** @type {Awaited<ReturnType<typeof openWorkbench>>} */
  let session;
  before(async () => {
    session = await openWorkbench({
      workspaceFixture: 'advocate-day',
      colorScheme: 'light',
      settings: {
        'rightToObject.letters.name': 'Ada Example',
        'files.autoSave': 'off',
        'workbench.startupEditor': 'none',
        'workbench.colorTheme': 'Default Light Modern',
        'window.autoDetectHighContrast': false,
      },
    });
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) await screenshot(session.page, 'whole-day-failed.png').catch(() => undefined);
  });
  after(async () => {
    await session?.close();
  });

  it('analysis, quick fix, letter to Meta, follow-up, walkthrough preview, Get Started, Light High Contrast', async () => {
    const { page, workspace } = session;
    const analysisFile = join(workspace, 'meta-ai-analysis.md');
    const lettersFile = join(workspace, 'letters-to-meta.md');

    // 1. The analysis: the quoted notice is flagged in its own words, the commentary is not (auto scope).
    await openFile(page, 'meta-ai-analysis.md');
    // The first lint waits for the extension to start: on a loaded machine that takes a while.
    await page.locator('.squiggly-info').first().waitFor({ timeout: 120_000 });
    await page.keyboard.press('Control+Shift+M');
    const problems = page.locator('.markers-panel .monaco-list-row');
    await problems.filter({ hasText: 'develop and improve AI' }).first().waitFor({ timeout: 30_000 });
    await problems.filter({ hasText: 'legitimate interests' }).first().waitFor({ timeout: 30_000 });
    const messages = (await problems.allInnerTexts()).join('\n');
    assert.match(messages, /Open purpose: “develop and improve AI”/);
    assert.match(messages, /Vague legal basis: “legitimate interests”/);
    assert.doesNotMatch(messages, /training our models|as long as necessary|third parties|balancing|an appropriate legal basis/, messages);
    // The status bar says that only the quotes are checked.
    await page
      .locator('.statusbar-item', { hasText: /(^|\s)2 vague .*quotes/ })
      .first()
      .waitFor({ timeout: 20_000 });
    const before = await checkedCount(page);
    assert.equal(before, 2);
    await screenshot(page, 'whole-day-01-analysis.png');

    // 2. The quick fix on the quoted "develop and improve AI": the question goes after the quote.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+F');
    await page.keyboard.type('develop and improve AI');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await applyQuickFix(page, 'Insert the question to ask the company');
    await page.locator('.monaco-editor .view-lines', { hasText: 'Question to ask' }).first().waitFor({ timeout: 15_000 });
    const analysis = (await saveAndRead(page, analysisFile, 'Question to ask')).split('\n');
    const question = analysis.findIndex((line) => line.includes('Question to ask'));
    const quoteEnd = analysis.findLastIndex((line) => line.startsWith('>'));
    assert.ok(question > quoteEnd && !analysis[question]?.startsWith('>'), `the question is not after the quote:\n${analysis.join('\n')}`);
    assert.equal(analysis[quoteEnd], '> interests for using your information to develop and improve AI at Meta.', 'the quote was changed');
    assert.equal(await checkedCount(page), before, 'the inserted question was flagged itself');
    await screenshot(page, 'whole-day-02-quick-fix.png');

    // 3. The objection to Meta through the pickers, typed as a newcomer types.
    await openFile(page, 'letters-to-meta.md');
    // Into the editor first: right after the tab opens, Ctrl+End can reach the workbench before the
    // editor has focus, and the letter then went above the document's title (seen in a screenshot).
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page
      .locator('.statusbar-item', { hasText: /Ln 3, Col 1/ })
      .first()
      .waitFor({ timeout: 10_000 });
    await runCommand(page, 'Right to Object: Insert Objection Letter…');
    await choose(page, 'EU GDPR', { picker: 'Which law applies', row: 'European Union' });
    await choose(page, 'AI', { picker: 'What do you want to do?', row: 'training AI models' });
    await choose(page, 'English', { picker: 'Which language' });
    await choose(page, 'Meta', { picker: 'Type a company name', row: META });
    const notes = await continuePastCompanyNotes(page);
    assert.ok(notes, `no notes step for ${META}`);
    // One route: the notes say what the company row said.
    assert.match(notes.join('\n'), /suggested route is a postal letter/);
    assert.doesNotMatch(notes.join('\n'), /web form only/);
    const send = await waitForPicker(page, 'How will you send it');
    assert.deepEqual(
      send.rows.map((row) => /By e-mail or web form|By post or another way/.exec(row)?.[0]),
      ['By e-mail or web form', 'By post or another way'],
    );
    await choose(page, 'By e-mail or web form', { picker: 'How will you send it' });
    await page.locator('.monaco-editor .view-lines', { hasText: 'training AI models' }).first().waitFor({ timeout: 20_000 });
    assert.equal(await quickInputState(page), undefined, 'a picker is still open after the letter was inserted');
    const shown = await editorText(page);
    assert.match(shown, new RegExp(`To: ${META}`));
    assert.match(shown, /Objection under Article 21\(1\) GDPR to the use of my personal data for training AI models/);
    await screenshot(page, 'whole-day-03-letter.png');
    await page.keyboard.press('Escape'); // leave the letter's tab stops
    const letter = await saveAndRead(page, lettersFile, 'eu-gdpr-21-1-ai-en');
    // The letter is dated the day it was inserted: the test may run across midnight.
    const insertedOn = [today, dateOf(new Date())];
    assert.ok(
      insertedOn.some((day) => new RegExp(`<!-- right-to-object:letter eu-gdpr-21-1-ai-en sent=${day} received=${day} .*to=${META} -->`).test(letter)),
      `the letter's marker is not dated ${insertedOn.join(' or ')}:\n${letter.slice(0, 300)}`,
    );
    assert.ok(letter.startsWith('# My objection to Meta\n\n<!-- right-to-object:letter '), `the letter is not under the title:\n${letter.slice(0, 300)}`);
    // The extension's own letter is not linted (item 10): no vague phrase in this document.
    await page
      .locator('.statusbar-item', { hasText: /(^|\s)0 vague/ })
      .first()
      .waitFor({ timeout: 20_000 });

    // 4. The follow-up: offered as not due yet, titled by recipient, dated the day it becomes true.
    await page.keyboard.press('Control+End');
    await runCommand(page, 'Right to Object: Insert Follow-up…');
    const followUps = await waitForPicker(page, 'Which letter do you follow up');
    const rowsText = followUps.rows.join('\n');
    assert.doesNotMatch(rowsText, /eu-gdpr-/, rowsText);
    assert.match(rowsText, new RegExp(`Reminder to ${META}`));
    const notBefore = /not due before (\d{4}-\d{2}-\d{2})/.exec(rowsText)?.[1];
    assert.ok(notBefore && notBefore > today, `the reminder is offered as due: ${rowsText}`);
    await screenshot(page, 'whole-day-04-follow-up-picker.png');
    // The date is the point of the row: it is drawn whole, not cut to "2027-01-0…" at the row's end.
    assert.ok(await shownWhole(page, `Reminder to ${META}`, `not due before ${notBefore}`), 'the row cuts off when the reminder is due');
    await choose(page, 'Reminder', { picker: 'Which letter do you follow up', row: `Reminder to ${META}` });
    // The editor shows the reminder's first lines (its marker) at the cursor.
    await page
      .locator('.monaco-editor .view-lines', { hasText: /-reminder-en\ssent=/ })
      .first()
      .waitFor({ timeout: 20_000 });
    await page.keyboard.press('Escape'); // leave the reminder's tab stops
    const letters = await saveAndRead(page, lettersFile, 'Reminder: my objection');
    const marker = /<!-- right-to-object:letter (\S+-reminder-en) sent=(\d{4}-\d{2}-\d{2})[^>]*?to=([^>]*?) -->/.exec(letters);
    assert.ok(marker, `no reminder marker:\n${letters}`);
    assert.equal(marker[2], notBefore, 'the reminder is not dated on the day it becomes true');
    assert.equal(marker[3], META, 'the reminder goes to another recipient');
    const reminder = letters.slice(marker.index);
    assert.match(reminder, new RegExp(`To: ${META}`));
    assert.doesNotMatch(reminder, /\[\[controller/, 'the reminder is addressed to a placeholder');
    // Its heading, brought into view with Find.
    await page.keyboard.press('Control+F');
    await page.keyboard.type('Reminder: my objection');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.locator('.monaco-editor .view-lines', { hasText: 'Reminder: my objection' }).first().waitFor({ timeout: 15_000 });
    await screenshot(page, 'whole-day-05-follow-up.png');

    // 5. A sample walkthrough and its preview beside it.
    await runCommand(page, 'Right to Object: Open Sample Walkthroughs…');
    await choose(page, 'Meta', { row: 'Object to Meta' });
    await page.locator('.monaco-editor .view-lines', { hasText: 'Object to Meta using your Facebook' }).first().waitFor({ timeout: 30_000 });
    const previewButton = page.locator('.editor-actions .action-label[aria-label^="Open Walkthrough Preview to the Side"]').first();
    await previewButton.waitFor({ timeout: 15_000 });
    await previewButton.click();
    const frame = previewFrame(page);
    await frame.locator('li.rto-step').first().waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('li.rto-step').count(), 5);
    assert.match(await frame.locator('h1').first().innerText(), /Object to Meta using your Facebook and Instagram posts to train AI/);
    assert.equal(await frame.locator('.rto-meta-jurisdiction code').innerText(), 'eu-gdpr');
    await screenshot(page, 'whole-day-06-preview.png');

    // 6. Get Started: its follow-up button works on the letters (the last Markdown document with
    //    letters brought back beside the page), and a step is ticked only when its command succeeded.
    // Back to the letters by their tab, as a person would.
    await page.locator('.tab', { hasText: 'letters-to-meta.md' }).first().click();
    await page.locator('.tab.active[aria-label*="letters-to-meta.md"]').first().waitFor({ timeout: 15_000 });
    await runCommand(page, 'Welcome: Open Walkthrough...');
    await choose(page, 'Get Started with Right to Object');
    const gettingStarted = page.locator('.gettingStartedContainer');
    await gettingStarted.locator(STEP('insertFollowUp')).first().waitFor({ timeout: 30_000 });
    const stepsText = await gettingStarted.innerText();
    assert.doesNotMatch(stepsText, /`/, 'a step shows literal backticks');
    await gettingStarted.locator(STEP('insertFollowUp')).first().click();
    await gettingStarted
      .locator(`${STEP('insertFollowUp')} .monaco-button`, { hasText: 'Insert Follow-up' })
      .first()
      .click();
    const fromPage = await waitForPicker(page, 'Which letter do you follow up');
    assert.match(fromPage.rows.join('\n'), new RegExp(`Reminder to ${META}`));
    // The reminder inserted in step 4 is dated ahead: a complaint about it is not offered as due.
    assert.match(fromPage.rows.join('\n'), new RegExp(`dated ${notBefore}: not sent yet`));
    await screenshot(page, 'whole-day-07-get-started.png');
    // The preview followed the letters on the way here (the letters tab, clicked above): they are
    // no walkthrough and get no walkthrough errors (the Problems panel, which this screenshot shows
    // from its top, listed "No steps found" and "Missing front matter" for them as errors).
    assert.equal(await problems.filter({ hasText: /No steps found|Missing front matter/ }).count(), 0, 'the letters got walkthrough problems');
    await page.keyboard.press('Escape');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    assert.equal(await page.locator('.notification-toast', { hasText: 'Open a Markdown or plain-text document first' }).count(), 0);
    assert.notEqual(await gettingStarted.locator(STEP('insertFollowUp')).first().getAttribute('aria-checked'), 'true', 'a cancelled follow-up ticked its step');

    // 7. Light High Contrast, through the theme picker; the preview's texts keep 4.5:1, its chip too.
    await runCommand(page, 'Preferences: Color Theme');
    await choose(page, 'Light High Contrast', { picker: /color theme/i });
    await page.locator('.monaco-workbench.hc-light').waitFor({ timeout: 15_000 });
    // The preview follows the active Markdown editor: back to the sample, then the preview's tab.
    await page.locator('.tab', { hasText: 'Untitled-1' }).first().click();
    const previewTab = page.locator('.tab', { hasText: 'Walkthrough: Untitled-1' }).first();
    await previewTab.waitFor({ timeout: 20_000 });
    await previewTab.click();
    const body = frame.locator('body.vscode-high-contrast-light');
    await body.waitFor({ timeout: 20_000 });
    await frame.locator('.rto-meta-jurisdiction code').waitFor();
    const measured = await frame.locator('body').evaluate(measureContrast);
    const chip = measured.find((entry) => entry.text === 'eu-gdpr');
    assert.ok(chip && 'ratio' in chip, 'the jurisdiction chip was not measured');
    const failing = measured.filter((entry) => 'error' in entry || /** @type {number} */ (entry.ratio) < 4.5);
    await screenshot(page, 'whole-day-08-light-high-contrast.png');
    assert.deepEqual(failing, [], `${failing.length} of ${measured.length} texts fall below 4.5:1 in Light High Contrast`);
  });
});
