// @ts-check
// #20 "An advocate's day", items 1, 2, 4, 5 and 6 in Chromium against the real workbench: the quick
// fix and the Problems rows on an analysis quoting Meta's 2024 notice, the letter pickers typed into
// as a person types ("EU GDPR", "AI", "Meta"), the notes after the company, and the follow-up to Meta
// before its reply is due. Screenshots go to test-artifacts/day/.
// RTO_EXTENSION_PATH runs the same steps against another build (e.g. the code before #20) for the
// "before" screenshots; the assertions are for this build and are skipped then.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyQuickFix, choose, openFile, openWorkbench, runCommand } from './workbench.mjs';
import { artifactsDir, root } from '../../scripts/paths.mjs';

const other = process.env.RTO_EXTENSION_PATH;
const label = process.env.RTO_SHOT_LABEL ?? (other ? 'before' : 'after');
const shots = join(artifactsDir, 'day');
const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
const now = new Date();
const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** @param {import('playwright-core').Page} page @param {string} name */
async function shot(page, name) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${label}-${name}.png`) });
}

/** Polls a condition on the files the workbench writes. @param {() => boolean} condition @param {string} what */
async function waitUntil(condition, what, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(what);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** @param {import('playwright-core').Page} page */
const rows = (page) => page.locator('.quick-input-widget .monaco-list-row');

/** Types into the open quick input (replacing what is there) and waits for the list to settle. @param {import('playwright-core').Page} page @param {string} text */
async function type(page, text) {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(text);
  await page.waitForTimeout(600);
}

describe('#20 an advocate’s day: pickers and follow-ups (browser)', function () {
  this.timeout(240_000);
  /** @type {Awaited<ReturnType<typeof openWorkbench>>} */
  let session;
  before(async () => {
    session = await openWorkbench({
      workspaceFixture: 'workspace',
      settings: { 'rightToObject.letters.name': 'Ada Example', 'files.autoSave': 'off', 'workbench.colorTheme': 'Default Light Modern' },
      ...(other ? { extensionPath: other } : {}),
      files: {
        'meta-ai-analysis.md': readFileSync(join(root, 'test', 'fixtures', 'advocate-day', 'meta-ai-analysis.md'), 'utf8'),
        'sent-to-meta.md': [
          '# Letters to Meta',
          '',
          // Builds before #20 read only `sent=` (a marker with more fields was no letter to them).
          other
            ? `<!-- right-to-object:letter eu-gdpr-21-1-ai-en sent=${today} -->`
            : `<!-- right-to-object:letter eu-gdpr-21-1-ai-en sent=${today} received=${today} to=Meta Platforms Ireland Limited -->`,
          'To: Meta Platforms Ireland Limited',
          '',
          'I object to the use of my personal data for training AI models.',
          '',
        ].join('\n'),
      },
    });
  });
  after(async () => {
    await session?.close();
  });

  /** The count "Check Document for Vague Language" reports for the active document. @param {import('playwright-core').Page} page */
  async function checkedCount(page) {
    const message = page.locator('.statusbar-item', { hasText: /vague phrase\(s\) found/ }).first();
    // A previous count stays up for 5 s: wait until it is gone so that this one is read.
    await message.waitFor({ state: 'hidden', timeout: 10_000 });
    await runCommand(page, 'Right to Object: Check Document for Vague Language');
    await message.waitFor({ timeout: 60_000 });
    return Number(/(\d+) vague phrase/.exec(await message.innerText())?.[1]);
  }

  it('items 1 and 2: the Problems rows quote the words as written; the question goes after the quote', async () => {
    const { page } = session;
    await openFile(page, 'meta-ai-analysis.md');
    // The first lint waits for the extension to start: on a loaded machine that takes a while.
    await page.locator('.squiggly-info').first().waitFor({ timeout: 120_000 });
    await page.keyboard.press('Control+Shift+M');
    const problems = page.locator('.markers-panel .monaco-list-row');
    await problems
      .filter({ hasText: /develop and improve AI|training our models/ })
      .first()
      .waitFor({ timeout: 30_000 });
    await shot(page, '2-problems');
    const messages = (await problems.allInnerTexts()).join('\n');
    if (!other) {
      assert.match(messages, /“develop and improve AI”/);
      assert.match(messages, /“legitimate interests”/);
      // The words of the rules' canonical phrases that the text does not contain, and the commentary.
      assert.doesNotMatch(messages, /training our models|an appropriate legal basis|we have balanced our interests|as long as necessary|third parties/);
    }
    const before = await checkedCount(page);

    // The cursor on the quoted "develop and improve AI", then the light bulb's quick fix.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+F');
    await page.keyboard.type('develop and improve AI');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await applyQuickFix(page, 'Insert the question to ask the company');
    const lines = page.locator('.monaco-editor .view-lines');
    await lines.filter({ hasText: 'Question to ask' }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Control+S');
    const saved = join(session.workspace, 'meta-ai-analysis.md');
    await waitUntil(() => readFileSync(saved, 'utf8').includes('Question to ask'), 'the document was not saved');
    const after = await checkedCount(page);
    await shot(page, '1-quick-fix');
    const text = readFileSync(saved, 'utf8').split('\n');
    const question = text.findIndex((line) => line.includes('Question to ask'));
    const lastQuoteLine = text.findLastIndex((line) => line.startsWith('>'));
    console.log(`      (${label}) findings ${before} -> ${after}; question on line ${question + 1}, quote ends on line ${lastQuoteLine + 1}`);
    if (!other) {
      assert.ok(question > lastQuoteLine && !text[question]?.startsWith('>'), `the question is inside the quote:\n${text.join('\n')}`);
      assert.equal(after, before, 'the inserted question was flagged itself');
    }
  });

  it('item 5: "EU GDPR", "AI" and "Meta" in the letter pickers; item 6: the route in the row and the notes', async () => {
    const { page } = session;
    await openFile(page, 'other.md');
    await runCommand(page, 'Right to Object: Insert Objection Letter…');
    await type(page, 'EU GDPR');
    await shot(page, '5a-law-eu-gdpr');
    const lawRows = await rows(page).allInnerTexts();
    if (!other) assert.match(lawRows[0] ?? '', /European Union/, lawRows.join('\n---\n'));

    await choose(page, 'European Union');
    await page
      .locator('.quick-input-widget .monaco-list-row', { hasText: /legitimate interests/ })
      .first()
      .waitFor();
    await page.waitForTimeout(400);
    await shot(page, '5b-kinds');
    if (!other) {
      const title = await page.locator('.quick-input-widget .quick-input-title').innerText();
      assert.match(title, /2\/4/);
      // The long deadline paragraph is under the input once, not on every row.
      const listText = (await rows(page).allInnerTexts()).join('\n');
      assert.ok(!listText.includes('1182/71'), 'a row repeats the deadline paragraph');
      assert.match(await page.locator('.quick-input-widget').innerText(), /1182\/71/);
    }

    await type(page, 'AI');
    await shot(page, '5c-kinds-ai');
    const aiRows = await rows(page).allInnerTexts();
    if (!other) assert.match(aiRows[0] ?? '', /training AI models/, aiRows.join('\n---\n'));

    await choose(page, 'training');
    await choose(page, 'English', { picker: /language/ });

    await type(page, 'Meta');
    await page
      .locator('.quick-input-widget .monaco-list-row', { hasText: 'Meta Platforms' })
      .first()
      .waitFor({ timeout: 45_000 })
      .catch(async (/** @type {unknown} */ error) => {
        await shot(page, '5d-failed');
        throw error;
      });
    await page.waitForTimeout(800);
    await shot(page, '5d-company-meta');
    const companyRows = await rows(page).allInnerTexts();
    if (!other) {
      assert.match(companyRows[0] ?? '', /Meta Platforms Ireland Limited/);
      assert.match(companyRows[0] ?? '', /suggested route: postal letter/);
      assert.match(await page.locator('.quick-input-widget .quick-input-title').innerText(), /4\/4/);
    }
    await page.keyboard.press('Enter');
    await page
      .locator('.quick-input-widget .monaco-list-row', { hasText: /Continue/ })
      .first()
      .waitFor();
    await shot(page, '6-notes-after-company');
    if (!other) assert.match((await rows(page).allInnerTexts()).join('\n'), /suggested route is a postal letter/);
    await page.keyboard.press('Escape');
  });

  it('item 4: the follow-up to Meta before its reply is due', async () => {
    const { page } = session;
    await openFile(page, 'sent-to-meta.md');
    await runCommand(page, 'Right to Object: Insert Follow-up…');
    await rows(page).first().waitFor();
    await page.waitForTimeout(500);
    await shot(page, '4a-follow-up-picker');
    const pickerText = (await rows(page).allInnerTexts()).join('\n');
    if (!other) {
      assert.ok(!/eu-gdpr-/.test(pickerText), pickerText);
      assert.match(pickerText, /Reminder to Meta Platforms Ireland Limited/);
      assert.match(pickerText, /not due before \d{4}-\d{2}-\d{2}/);
    }
    await page.keyboard.press('Enter');
    const lines = page.locator('.monaco-editor .view-lines');
    await lines.filter({ hasText: 'Reminder: my objection' }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Escape');
    // Show the inserted reminder's first lines (its marker carries the date it is given).
    await page.keyboard.press('Control+F');
    await page.keyboard.type('right-to-object:letter eu-gdpr-12-3');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
    await shot(page, '4b-reminder-inserted');
    const text = (await lines.first().innerText()).replace(/\u00a0/g, ' ');
    if (!other) {
      const sent = /eu-gdpr-12-3-reminder-en sent=(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
      assert.ok(sent && sent > today, `the reminder is dated ${sent}, not after the deadline`);
    }
  });
});
