// @ts-check
// WCAG text contrast of the walkthrough preview in the four themes people use: Light and Dark
// Modern, Light and Dark High Contrast. The real webview in a real workbench (code-server, Chromium)
// renders a walkthrough that has every part the preview draws (header and its jurisdiction chip,
// deadline banner, friction facts, tags, a ticked step, code, a quote, a table, problems); then
// every element that holds text is measured: its colour against the background it is painted on
// (the ancestors' backgrounds composited down to the page), and the test fails below 4.5:1.
// Screenshots: test-artifacts/e2e/contrast-<theme>.png (top) and contrast-<theme>-steps.png.
// The friction comparison panel (#15) is measured the same way in the same four themes: its chart
// (legend, bar names and labels), matrix, notes and definitions, plus the non-text contrast of
// every bar part against the panel (3:1). Screenshots: test-artifacts/e2e/contrast-friction-<theme>.png
// and the measured pairs in contrast-friction-<theme>.json.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir, root } from '../../scripts/paths.mjs';
import { openFile, openWorkbench, runCommand, screenshot } from './workbench.mjs';
import { measureContrast, previewFrame } from './previewContrast.mjs';

const MINIMUM = 4.5;
/** Non-text contrast (WCAG 1.4.11) for the chart's bar parts. */
const NON_TEXT_MINIMUM = 3;

const THEMES = [
  { name: 'light-modern', theme: 'Default Light Modern', colorScheme: 'light', bodyClass: /\bvscode-light\b/ },
  { name: 'dark-modern', theme: 'Default Dark Modern', colorScheme: 'dark', bodyClass: /\bvscode-dark\b/ },
  { name: 'light-high-contrast', theme: 'Default High Contrast Light', colorScheme: 'light', bodyClass: /\bvscode-high-contrast-light\b/ },
  { name: 'dark-high-contrast', theme: 'Default High Contrast', colorScheme: 'dark', bodyClass: /\bvscode-high-contrast\b(?!-)/ },
];

/** A walkthrough with every part the preview draws, problems included (unknown key, unknown tag). */
const DOCUMENT = `---
title: Contrast check for every part of the preview
controller: Example Corp Ltd
jurisdiction: eu-gdpr
deadline: 2020-01-01
updated: 2025-05-01
layout: page
sources:
  - https://example.org/privacy
---

Intro with a [link](https://example.org/), inline \`code\`, *emphasis* and **strong** text.

> A quoted sentence from the policy.

| Column | Other |
|---|---|
| cell | cell |

\`\`\`
a code block
\`\`\`

## Steps

1. [account] Log in to your account.
2. [find][link] Open Settings, then Privacy.
3. [otp][justify][discretion] Enter the code and explain why. ![A missing picture](../outside.png)
4. [field:2][wait:30d] Fill in two fields and wait.
5. [sparkle] A step with a tag that does not exist.
`;

/** A workbench on the fixture workspace in `theme`, the browser in the matching colour scheme. */
function openInTheme(/** @type {string} */ theme, /** @type {string} */ colorScheme) {
  return openWorkbench({
    workspaceFixture: 'workspace',
    colorScheme: /** @type {'light' | 'dark'} */ (colorScheme),
    settings: { 'workbench.colorTheme': theme, 'window.autoDetectHighContrast': false },
  });
}

describe('Walkthrough preview colour contrast (browser, WCAG 4.5:1)', function () {
  this.timeout(240_000);

  for (const { name, theme, colorScheme, bodyClass } of THEMES) {
    it(`every text in the preview meets 4.5:1 in ${theme}`, async () => {
      const session = await openInTheme(theme, colorScheme);
      try {
        const { page } = session;
        writeFileSync(join(session.workspace, 'contrast-check.md'), DOCUMENT);
        await openFile(page, 'contrast-check.md');
        await runCommand(page, 'Right to Object: Open Walkthrough Preview to the Side');
        const frame = previewFrame(page);
        await frame.locator('li.rto-step').first().waitFor({ timeout: 30_000 });
        assert.match((await frame.locator('body').getAttribute('class')) ?? '', bodyClass);
        // The parts whose colours are under test must be on the page.
        for (const selector of [
          '.rto-meta-jurisdiction code',
          '.rto-deadline-past',
          '.rto-fact',
          '.rto-tag',
          '.rto-tag-unknown',
          '.rto-problem-warning',
          '.rto-problem-information',
          'blockquote',
          'table',
          'pre',
        ]) {
          assert.ok((await frame.locator(selector).count()) > 0, `the preview has no ${selector}`);
        }
        // A ticked step (its text is drawn struck through, in another colour).
        await frame.locator('label.rto-step-label').nth(0).click();
        await frame.locator('input.rto-step-check:checked').first().waitFor({ timeout: 10_000 });

        const measured = await frame.locator('body').evaluate(measureContrast);
        assert.ok(measured.length > 30, `only ${measured.length} text elements were measured`);
        const failing = measured.filter((entry) => 'error' in entry || /** @type {number} */ (entry.ratio) < MINIMUM);

        await runCommand(page, 'View: Close Primary Side Bar');
        await page.setViewportSize({ width: 1400, height: 1000 });
        // Two pictures: the top (problems banner, header and its jurisdiction chip, deadline), then the steps.
        await frame.locator('html').evaluate(() => window.scrollTo(0, 0));
        await screenshot(page, `contrast-${name}.png`);
        await frame.locator('ol.rto-steps').evaluate((list) => list.scrollIntoView({ block: 'start' }));
        await screenshot(page, `contrast-${name}-steps.png`);
        assert.deepEqual(failing, [], `${failing.length} of ${measured.length} texts fall below ${MINIMUM}:1 in ${theme}`);
      } finally {
        await session.close();
      }
    });
  }
});

/** The shipped AI-training samples the comparison panel compares (the Meta objection among them). */
const SAMPLES = ['meta-ai-objection.md', 'linkedin-generative-ai.md', 'x-grok-training.md', 'slack-global-models.md'];

/**
 * Runs in the panel: each bar part's fill against the background it is drawn on (non-text
 * contrast). Returns one entry per <rect class="rto-part">, legend swatches included.
 */
function measureBarParts() {
  const parse = (/** @type {string} */ value) => {
    const match = /^rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(value.trim());
    return match ? { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]) } : undefined;
  };
  const luminance = (/** @type {{r:number,g:number,b:number}} */ c) => {
    const channel = (/** @type {number} */ v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  };
  const background = parse(getComputedStyle(document.body).backgroundColor);
  if (!background) throw new Error(`unreadable body background ${getComputedStyle(document.body).backgroundColor}`);
  return [...document.querySelectorAll('rect.rto-part')].map((rect) => {
    const fill = parse(getComputedStyle(rect).fill);
    if (!fill) return { part: rect.getAttribute('data-part') ?? 'legend', error: `unreadable fill ${getComputedStyle(rect).fill}` };
    const [light, dark] = [luminance(fill), luminance(background)].sort((a, b) => b - a);
    return { part: rect.getAttribute('data-part') ?? 'legend', ratio: Math.round((((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)) * 100) / 100 };
  });
}

describe('Friction comparison colour contrast (browser, WCAG 4.5:1 text, 3:1 bars)', function () {
  this.timeout(240_000);

  for (const { name, theme, colorScheme, bodyClass } of THEMES) {
    it(`every text in the comparison panel meets 4.5:1 and every bar part 3:1 in ${theme}`, async () => {
      const session = await openInTheme(theme, colorScheme);
      try {
        const { page } = session;
        mkdirSync(join(session.workspace, 'ai-samples'));
        for (const file of SAMPLES) copyFileSync(join(root, 'samples', file), join(session.workspace, 'ai-samples', file));
        await runCommand(page, 'Right to Object: Compare Opt-out Friction');
        await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Meta Platforms Ireland Limited' }).first().waitFor({ timeout: 30_000 });
        await page.keyboard.press('Enter');
        const frame = previewFrame(page);
        await frame.locator('table.rto-friction-table tbody tr').first().waitFor({ timeout: 30_000 });
        assert.match((await frame.locator('body').getAttribute('class')) ?? '', bodyClass);
        assert.match(await frame.locator('table.rto-friction-table tbody tr').first().innerText(), /^Meta Platforms Ireland Limited/);
        // The definitions are folded away by default; open them so they are measured too.
        await frame.locator('details summary').click();
        for (const selector of [
          'svg.rto-chart text.rto-bar-name',
          'svg.rto-chart text.rto-bar-label',
          'svg.rto-chart .rto-legend text',
          'thead th a',
          'tbody th',
          'tbody td',
          '.rto-file',
          'p.rto-note',
          '.rto-definitions dd',
          'nav.rto-actions a',
        ]) {
          assert.ok((await frame.locator(selector).count()) > 0, `the panel has no ${selector}`);
        }

        const measured = await frame.locator('body').evaluate(measureContrast);
        const bars = await frame.locator('body').evaluate(measureBarParts);
        assert.ok(measured.length > 60, `only ${measured.length} text elements were measured`);
        assert.ok(bars.length >= 8 + 6, `only ${bars.length} bar parts were measured`);
        const failing = measured.filter((entry) => 'error' in entry || /** @type {number} */ (entry.ratio) < MINIMUM);
        const failingBars = bars.filter((entry) => 'error' in entry || /** @type {number} */ (entry.ratio) < NON_TEXT_MINIMUM);
        const lowest = Math.min(...measured.map((entry) => /** @type {number} */ (entry.ratio ?? 0)));
        const lowestBar = Math.min(...bars.map((entry) => /** @type {number} */ (entry.ratio ?? 0)));
        mkdirSync(join(artifactsDir, 'e2e'), { recursive: true });
        writeFileSync(join(artifactsDir, 'e2e', `contrast-friction-${name}.json`), JSON.stringify({ theme, lowestText: lowest, lowestBarPart: lowestBar, texts: measured, barParts: bars }, null, 2));
        console.log(`      ${theme}: ${measured.length} texts, lowest ${lowest}:1; ${bars.length} bar parts, lowest ${lowestBar}:1`);

        await runCommand(page, 'View: Close Primary Side Bar');
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
        await page.setViewportSize({ width: 1400, height: 1100 });
        await frame.locator('html').evaluate(() => window.scrollTo(0, 0));
        await screenshot(page, `contrast-friction-${name}.png`);
        await frame.locator('table.rto-friction-table').evaluate((table) => table.scrollIntoView({ block: 'start' }));
        await screenshot(page, `contrast-friction-${name}-table.png`);
        assert.deepEqual(failing, [], `${failing.length} of ${measured.length} texts fall below ${MINIMUM}:1 in ${theme}`);
        assert.deepEqual(failingBars, [], `${failingBars.length} of ${bars.length} bar parts fall below ${NON_TEXT_MINIMUM}:1 in ${theme}`);
      } finally {
        await session.close();
      }
    });
  }
});
