// @ts-check
// End-to-end: "Compare Opt-out Friction" as a person uses it, in a light and a dark theme. The
// shipped samples are copied into the workspace, the command runs from the palette, all
// walkthroughs are accepted in the quick pick, and the panel shows the chart and the matrix with
// the Meta objection first. A click on a column header (a command link: the panel runs no script)
// sorts it. The exported page and chart (from the command line) are opened in Chromium too.
// Screenshots go to test-artifacts/friction/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../../scripts/browser.mjs';
import { artifactsDir, root } from '../../scripts/paths.mjs';
import { openWorkbench, runCommand } from './workbench.mjs';

const SAMPLES = ['meta-ai-objection.md', 'linkedin-generative-ai.md', 'x-grok-training.md', 'slack-global-models.md'];
const out = join(artifactsDir, 'friction');

const THEMES = [
  { name: 'light', theme: 'Default Light Modern' },
  { name: 'dark', theme: 'Default Dark Modern' },
];

function panelFrame(/** @type {import('playwright-core').Page} */ page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

describe('Friction comparison (browser)', function () {
  this.timeout(240_000);
  before(() => mkdirSync(out, { recursive: true }));

  for (const { name, theme } of THEMES) {
    describe(`in the ${theme} theme`, () => {
      /** @type {Awaited<ReturnType<typeof openWorkbench>>} */
      let session;
      /** @type {string[]} */
      const problems = [];

      before(async () => {
        session = await openWorkbench({ workspaceFixture: 'workspace', colorScheme: name === 'dark' ? 'dark' : 'light', settings: { 'workbench.colorTheme': theme } });
        mkdirSync(join(session.workspace, 'ai-samples'));
        for (const file of SAMPLES) copyFileSync(join(root, 'samples', file), join(session.workspace, 'ai-samples', file));
        session.page.on('console', (message) => {
          if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
        });
      });
      after(async () => {
        await session?.close();
      });

      it('compares the workspace walkthroughs with Meta first, sorts by a header click, without CSP violations', async () => {
        const { page } = session;
        await runCommand(page, 'Right to Object: Compare Opt-out Friction');
        // The multi-select quick pick lists every walkthrough, all ticked; Enter accepts them.
        await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Meta Platforms Ireland Limited' }).first().waitFor({ timeout: 30_000 });
        await page.keyboard.press('Enter');
        const frame = panelFrame(page);
        const rows = frame.locator('table.rto-friction-table tbody tr');
        await rows.first().waitFor({ timeout: 30_000 });
        assert.equal(await rows.count(), 6, "the four samples and the fixture's two walkthroughs");
        assert.match(await rows.first().innerText(), /^Meta Platforms Ireland Limited/);
        assert.equal(await frame.locator('svg.rto-chart g.rto-bar').count(), 6);
        assert.equal(await frame.locator('script').count(), 0);

        await runCommand(page, 'View: Close Primary Side Bar');
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
        await page.setViewportSize({ width: 1400, height: 1100 });
        await page.screenshot({ path: join(out, `comparison-panel-${name}.png`) });

        // Sort by fields, ascending after the second click (the first sorts descending).
        await frame.locator('thead th[data-column="fields"] a').click();
        await frame.locator('thead th[data-column="fields"] a', { hasText: '▼' }).waitFor({ timeout: 15_000 });
        await frame.locator('thead th[data-column="fields"] a').click();
        await frame.locator('thead th[data-column="fields"] a', { hasText: '▲' }).waitFor({ timeout: 15_000 });
        const fields = await frame.locator('tbody td[data-column="fields"]').allInnerTexts();
        assert.deepEqual(
          fields.map(Number),
          fields.map(Number).sort((a, b) => a - b),
        );
        assert.match(await frame.locator('p.rto-note').innerText(), /by "Fields", ascending/);
        assert.deepEqual(problems, [], 'CSP violations in the panel');
      });
    });
  }

  it('the exported page and chart open cleanly in Chromium, light and dark', async () => {
    const cli = join(root, 'dist', 'cli.js');
    for (const format of ['html', 'svg']) {
      const result = spawnSync(process.execPath, [cli, 'friction', ...SAMPLES.map((file) => join('samples', file)), '--format', format], { cwd: root, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      writeFileSync(join(out, `opt-out-friction.${format}`), result.stdout);
    }
    for (const scheme of /** @type {const} */ (['light', 'dark'])) {
      const browser = await launchBrowser({ colorScheme: scheme });
      try {
        const page = await browser.context.newPage();
        /** @type {string[]} */
        const errors = [];
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        page.on('pageerror', (error) => errors.push(String(error)));
        await page.goto(pathToFileURL(join(out, 'opt-out-friction.html')).href);
        assert.equal(await page.locator('table.rto-friction-table tbody tr').count(), 4);
        assert.match(await page.locator('table.rto-friction-table tbody tr').first().innerText(), /^Meta Platforms Ireland Limited/);
        await page.screenshot({ path: join(out, `exported-page-${scheme}.png`), fullPage: true });
        // The chart on its own, as GitHub shows it: an <img>, on the scheme's page colour.
        const svgUrl = pathToFileURL(join(out, 'opt-out-friction.svg')).href;
        await page.goto(svgUrl);
        assert.equal(await page.locator('svg g.rto-bar').count(), 4, 'the SVG parsed as an XML document');
        const wrapper = join(out, `chart-as-image-${scheme}.html`);
        writeFileSync(
          wrapper,
          `<!DOCTYPE html><meta name="color-scheme" content="light dark"><body style="margin:16px;background:${scheme === 'dark' ? '#0d1117' : '#ffffff'}"><img id="chart" alt="chart" src="opt-out-friction.svg"></body>`,
        );
        await page.goto(pathToFileURL(wrapper).href);
        assert.ok(await page.locator('#chart').evaluate((image) => /** @type {HTMLImageElement} */ (image).naturalWidth > 0), 'the SVG loads as an image');
        await page.locator('#chart').screenshot({ path: join(out, `exported-chart-${scheme}.png`) });
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    }
  });
});
