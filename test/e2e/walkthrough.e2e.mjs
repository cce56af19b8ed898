// @ts-check
// End-to-end: the walkthrough preview as a person uses it. Open the sample, open the preview from
// the editor title, tick steps inside the webview, and see the progress and the friction summary.
// Screenshots in a light and a dark theme go to test-artifacts/e2e/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/paths.mjs';
import { openWorkbench, runCommand, screenshot } from './workbench.mjs';

const THEMES = [
  { name: 'light', theme: 'Default Light Modern', bodyClass: /\bvscode-light\b/ },
  { name: 'dark', theme: 'Default Dark Modern', bodyClass: /\bvscode-dark\b/ },
];

/** The preview's content: the webview's outer frame, then its inner active frame. */
function previewFrame(/** @type {import('playwright-core').Page} */ page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/** Collects what the browser reports about CSP violations and script errors, in every frame. */
function watchConsole(/** @type {import('playwright-core').Page} */ page) {
  /** @type {string[]} */
  const problems = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to|walkthroughPreview\.js/i.test(text)) problems.push(text);
  });
  page.on('pageerror', (error) => {
    if (/walkthroughPreview/.test(String(error.stack))) problems.push(String(error));
  });
  return problems;
}

async function openSampleWithPreview(/** @type {import('playwright-core').Page} */ page) {
  await runCommand(page, 'Right to Object: Open Sample Walkthrough');
  await page.locator('.monaco-editor .view-lines', { hasText: 'Object to Meta using your Facebook' }).first().waitFor({ timeout: 30_000 });
  // The editor-title button, as a person would click it.
  const button = page.locator('.editor-actions .action-label[aria-label^="Open Walkthrough Preview to the Side"]').first();
  await button.waitFor({ timeout: 15_000 });
  await button.click();
  const frame = previewFrame(page);
  await frame.locator('li.rto-step').first().waitFor({ timeout: 30_000 });
  return frame;
}

describe('Walkthrough preview (browser)', function () {
  this.timeout(180_000);

  for (const { name, theme, bodyClass } of THEMES) {
    describe(`in the ${theme} theme`, () => {
      /** @type {Awaited<ReturnType<typeof openWorkbench>>} */
      let session;
      /** @type {string[]} */
      let consoleProblems = [];

      before(async () => {
        session = await openWorkbench({
          workspaceFixture: 'workspace',
          colorScheme: name === 'dark' ? 'dark' : 'light',
          settings: { 'workbench.colorTheme': theme },
        });
        consoleProblems = watchConsole(session.page);
      });
      after(async () => {
        await session?.close();
      });

      it('shows the sample as a checklist with its friction, and counts ticked steps', async () => {
        const { page } = session;
        const frame = await openSampleWithPreview(page);
        assert.match((await frame.locator('body').getAttribute('class')) ?? '', bodyClass);

        assert.equal(await frame.locator('li.rto-step').count(), 5);
        assert.match(await frame.locator('h1.rto-title').innerText(), /Object to Meta using your Facebook and Instagram posts to train AI/);
        const friction = frame.locator('section.rto-friction');
        assert.match(await friction.innerText(), /What the company asks of you/);
        assert.match(await friction.locator('[data-fact="fieldsToFill"]').innerText(), /Fields to fill\s+3/);
        assert.match(await friction.locator('[data-fact="justificationDemanded"]').innerText(), /Yes/);
        assert.match(await friction.locator('[data-fact="outcomeAtDiscretion"]').innerText(), /Yes/);

        const progress = frame.locator('p.rto-progress');
        assert.match(await progress.innerText(), /^0 of 5 steps done/);
        await frame.locator('input.rto-step-check').nth(0).check();
        await frame.locator('p.rto-progress', { hasText: '1 of 5 steps done' }).waitFor({ timeout: 10_000 });
        await frame.locator('input.rto-step-check').nth(1).check();
        await frame.locator('p.rto-progress', { hasText: '2 of 5 steps done' }).waitFor({ timeout: 10_000 });
        assert.equal(await frame.locator('input.rto-step-check:checked').count(), 2);

        await frame.locator('button.rto-reset').click();
        await frame.locator('p.rto-progress', { hasText: '0 of 5 steps done' }).waitFor({ timeout: 10_000 });
        assert.equal(await frame.locator('input.rto-step-check:checked').count(), 0);

        // Ticked steps for the screenshot: the first two, by clicking their labels.
        await frame.locator('label.rto-step-label').nth(0).click();
        await frame.locator('label.rto-step-label').nth(1).click();
        await frame.locator('p.rto-progress', { hasText: '2 of 5 steps done' }).waitFor({ timeout: 10_000 });
        // The picture: editor and preview side by side, from the friction summary to the ticks.
        await runCommand(page, 'View: Close Primary Side Bar');
        await page.setViewportSize({ width: 1400, height: 1000 });
        await frame.locator('section.rto-friction').evaluate((section) => section.scrollIntoView({ block: 'start' }));
        await frame.locator('p.rto-progress').waitFor();
        await screenshot(page, `walkthrough-${name}.png`);
        assert.deepEqual(consoleProblems, [], 'the webview reported CSP violations or script errors');
      });

      it('keeps the ticks and the scroll position while the document is edited', async () => {
        const { page } = session;
        const frame = previewFrame(page);
        const steps = frame.locator('ol.rto-steps');
        await steps.scrollIntoViewIfNeeded();
        const scrolledTo = await frame.locator('html').evaluate(() => window.scrollY);
        assert.ok(scrolledTo > 0, 'the preview did not scroll');
        // Type a new last step at the end of the steps list, in the editor: before the heading that follows "## Steps".
        const sampleLines = readFileSync(join(root, 'media', 'samples', 'meta-ai-objection.md'), 'utf8').split('\n');
        const stepsLine = sampleLines.indexOf('## Steps');
        assert.ok(stepsLine >= 0);
        const nextHeading = sampleLines.findIndex((line, index) => index > stepsLine && line.startsWith('## '));
        assert.ok(nextHeading > stepsLine);
        const endOfStepsLine = nextHeading + 1;
        const nextHeadingText = sampleLines[nextHeading] ?? '';
        await page.locator('.monaco-editor .view-lines', { hasText: 'title: Object to Meta' }).first().click();
        await page.keyboard.press('Control+G');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(`:${endOfStepsLine}`);
        await page.keyboard.press('Enter');
        await page.locator('.monaco-editor .view-lines', { hasText: nextHeadingText }).first().waitFor();
        await page.keyboard.type('6. [wait:30d] Wait for the answer.');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Enter');
        // Typing pauses may render half-typed states first; wait for the finished line.
        await frame.locator('[data-fact="waiting"]', { hasText: '30 days (step 6)' }).waitFor({ timeout: 10_000 });
        await frame.locator('li.rto-step', { hasText: /Wait for the answer\.\s*$/ }).waitFor({ timeout: 15_000 });
        assert.match(await frame.locator('p.rto-progress').innerText(), /^2 of 6 steps done/);
        assert.equal(await frame.locator('input.rto-step-check:checked').count(), 2);
        assert.match(await frame.locator('li.rto-step').nth(5).innerText(), /Step 6\s+Waiting: 30 days\s+Wait for the answer\./);
        const after = await frame.locator('html').evaluate(() => window.scrollY);
        assert.ok(Math.abs(after - scrolledTo) < 5, `scroll moved from ${scrolledTo} to ${after}`);
      });
    });
  }
});
