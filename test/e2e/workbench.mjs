// @ts-check
// Helpers for driving the VS Code workbench in Chromium: start code-server with this extension
// installed (a link in a fresh extensions folder), open files, run palette commands, screenshots.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCodeServer } from '../../scripts/codeServer.mjs';
import { launchBrowser } from '../../scripts/browser.mjs';
import { artifactsDir, codeServerBin, node24Bin, root } from '../../scripts/paths.mjs';
import { spawnSync } from 'node:child_process';

const e2eArtifacts = join(artifactsDir, 'e2e');

/**
 * @param {{ workspaceFixture: string, colorScheme?: 'light' | 'dark', settings?: Record<string, unknown>, extensionPath?: string, vsix?: string, files?: Record<string, string>, locale?: 'de' | 'fr', logName?: string }} options
 *   `locale`: the display language (German or French, through a stand-in language pack).
 *   `logName`: the code-server log's file name in test-artifacts/e2e/ (code-server.log unless given).
 *   `vsix`: install that packaged extension (as a user would) instead of linking the development folder.
 *   `files`: more files for the workspace (name to text), written before the workbench starts.
 */
export async function openWorkbench(options) {
  mkdirSync(e2eArtifacts, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'rto-e2e-'));
  const workspace = join(scratch, 'workspace');
  cpSync(join(root, 'test', 'fixtures', options.workspaceFixture), workspace, { recursive: true });
  for (const [name, text] of Object.entries(options.files ?? {})) writeFileSync(join(workspace, name), text);
  const extensionsDir = join(scratch, 'extensions');
  mkdirSync(extensionsDir);
  if (options.vsix) {
    installVsix(options.vsix, extensionsDir);
  } else {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    symlinkSync(options.extensionPath ?? root, join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`));
  }

  const server = await startCodeServer({ extensionsDir, logFile: join(e2eArtifacts, options.logName ?? 'code-server.log'), settings: options.settings, locale: options.locale });
  /** @type {Awaited<ReturnType<typeof launchBrowser>> | undefined} */
  let browser;
  const close = async () => {
    await browser?.close();
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    browser = await launchBrowser({ colorScheme: options.colorScheme });
    const page = await browser.context.newPage();
    // A loaded machine can take well over the default 30 s to serve the workbench.
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`, { timeout: 120_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // The explorer lists the workspace once the workbench has restored.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    return { page, workspace, close };
  } catch (error) {
    // Without a session the caller cannot close them: a failed start would leave both running.
    await close().catch(() => undefined);
    throw error;
  }
}

/** Installs a .vsix with code-server's own installer, into a given extensions folder. */
export function installVsix(/** @type {string} */ vsix, /** @type {string} */ extensionsDir) {
  const result = spawnSync(node24Bin, [codeServerBin, '--extensions-dir', extensionsDir, '--install-extension', vsix], { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`installing ${vsix} failed: ${result.stderr || result.stdout}`);
}

/**
 * Opens a workspace file through Quick Open, as a person would. On a loaded machine the first
 * Ctrl+P can go unanswered and a file written after start-up can take a moment to be listed, so
 * it closes Quick Open and tries again (up to four times).
 */
export async function openFile(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ name) {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ timeout: 10_000 });
      await input.fill(name);
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 15_000 });
      await page.keyboard.press('Enter');
      await page.locator(`.tab.active[aria-label*="${name}"]`).first().waitFor({ timeout: 15_000 });
      return;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (attempt >= 4) throw error;
    }
  }
}

/**
 * Runs a command from the palette by its full title. Right after start-up the palette may not list
 * the extension's commands yet (it keeps the list it opened with), so it reopens until it does.
 */
export async function runCommand(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ title) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    try {
      // The row of this command, clicked: Enter would run the active row, which can be another
      // one (the palette lists "Preferences: Browse Color Themes in Marketplace" above
      // "Preferences: Color Theme").
      const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
      await row.waitFor({ timeout: 5_000 });
      await row.click();
      // The palette is gone (or shows the command's own picker) before anything is typed next, so
      // the next keys cannot land in the palette.
      await page.waitForFunction(
        () => {
          const widget = document.querySelector('.quick-input-widget');
          const input = widget?.querySelector('input');
          return !widget || getComputedStyle(widget).display === 'none' || !input?.value.startsWith('>');
        },
        undefined,
        { timeout: 10_000 },
      );
      return;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (attempt >= 8) throw error;
    }
  }
}

/**
 * Puts the cursor on the first occurrence of `text` (after the cursor) and opens the hover there, as
 * Ctrl+K Ctrl+I does; waits for a hover containing `expected` and returns its text.
 * @param {import('playwright-core').Page} page @param {string} text @param {string} expected
 */
export async function hoverOn(page, text, expected) {
  await page.keyboard.press('Control+F');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover-content', { hasText: expected }).first();
  await hover.waitFor({ timeout: 20_000 });
  return hover.innerText();
}

export async function screenshot(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ name) {
  // Animations finished first: a picker taken while it fades in is half transparent over the editor.
  await page.screenshot({ path: join(e2eArtifacts, name), animations: 'disabled' });
}

/**
 * What the quick input shows now, or undefined when it is closed: its title (with the step
 * counter), placeholder, typed value, the active row's text (what Enter accepts: label,
 * description and detail, as its aria-label reads) and every visible row's text.
 * @param {import('playwright-core').Page} page
 */
export async function quickInputState(page) {
  return page.evaluate(() => {
    const widget = document.querySelector('.quick-input-widget');
    if (!widget || getComputedStyle(widget).display === 'none') return undefined;
    const input = widget.querySelector('input');
    const active = widget.querySelector('.quick-input-list .monaco-list-row.focused');
    return {
      title: widget.querySelector('.quick-input-title')?.textContent?.trim() ?? '',
      placeholder: input?.placeholder ?? '',
      value: input?.value ?? '',
      active: active?.getAttribute('aria-label') ?? '',
      rows: [...widget.querySelectorAll('.quick-input-list .monaco-list-row')].map((row) => row.getAttribute('aria-label') ?? ''),
    };
  });
}

/** @param {string} text @param {string | RegExp | undefined} expected */
const fits = (text, expected) => expected === undefined || (typeof expected === 'string' ? text.includes(expected) : expected.test(text));

/**
 * Waits until a quick input is open whose placeholder or title fits `expected` (any open one when
 * it is undefined) and returns its state. Steps of one command follow each other with work in
 * between (the company index is built on first use), so this waits for the condition, not a time.
 * @param {import('playwright-core').Page} page
 * @param {string | RegExp} [expected]
 * @param {number} [timeout]
 */
export async function waitForPicker(page, expected, timeout = 45_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await quickInputState(page);
    if (state && (fits(state.placeholder, expected) || fits(state.title, expected))) return state;
    if (Date.now() > deadline) throw new Error(`no quick input fitting ${String(expected)} within ${timeout} ms (now: ${JSON.stringify(state)})`);
    await page.waitForTimeout(100);
  }
}

/**
 * Types `text` into the open quick pick, as a person does, and accepts the row it brings to the
 * top once that row is the active one, then waits until this step is over (the picker closed, or
 * the next step shown). `options.row`: what the active row must contain when it differs from what
 * is typed (type "EU GDPR", expect "European Union"); `options.picker`: the placeholder or title
 * of the step this is meant for, so that text typed too early cannot go to the previous step.
 * When a step is replaced by the next one while typing, the text is typed again into the new one.
 * @param {import('playwright-core').Page} page
 * @param {string} text
 * @param {{ row?: string | RegExp, picker?: string | RegExp, timeout?: number }} [options]
 */
export async function choose(page, text, options = {}) {
  const { row = text, picker, timeout = 45_000 } = options;
  const input = page.locator('.quick-input-widget input');
  const deadline = Date.now() + timeout;
  for (;;) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new Error(`quick pick: typed “${text}” but no active row fits ${String(row)} (now: ${JSON.stringify(await quickInputState(page))})`);
    const state = await waitForPicker(page, picker, remaining);
    if (state.value !== text) {
      await input.fill(text);
    } else if (fits(state.active, row)) {
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        ([title, placeholder, typed]) => {
          const widget = document.querySelector('.quick-input-widget');
          if (!widget || getComputedStyle(widget).display === 'none') return true;
          const current = widget.querySelector('input');
          return widget.querySelector('.quick-input-title')?.textContent?.trim() !== title || current?.placeholder !== placeholder || current?.value !== typed;
        },
        [state.title, state.placeholder, text],
        { timeout: Math.max(deadline - Date.now(), 5_000) },
      );
      return;
    }
    await page.waitForTimeout(100);
  }
}

/**
 * "Insert Objection Letter…" after the company: the directory's notes about it come first when it
 * has any (Continue), then the question how the letter is sent. Returns the notes step's rows, or
 * undefined when there was none.
 * @param {import('playwright-core').Page} page
 */
export async function continuePastCompanyNotes(page) {
  const next = await waitForPicker(page, /Read the notes|How will you send it/);
  if (!next.placeholder.startsWith('Read the notes')) return undefined;
  await choose(page, 'Continue', { picker: 'Read the notes' });
  return next.rows;
}

/**
 * Applies the quick fix titled `title` at the cursor through Ctrl+. (the light bulb's menu). The
 * menu lists what the extension answered when it opened: on a loaded machine the first request
 * can come back empty, so it closes the menu and asks again (up to four times).
 */
export async function applyQuickFix(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ title) {
  const row = page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    try {
      await row.waitFor({ timeout: 10_000 });
      await row.click();
      await row.waitFor({ state: 'hidden', timeout: 10_000 });
      return;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (attempt >= 4) throw error;
    }
  }
}

/**
 * Whether `text` is drawn whole in the quick-input row that contains `rowText`: not cut off by an
 * ellipsis (clipped by an ancestor that hides overflow) and not under the separator label VS Code
 * draws at the right of a row. Checked on the laid-out text, as a reader sees it.
 * @param {import('playwright-core').Page} page @param {string} rowText @param {string} text
 */
export async function shownWhole(page, rowText, text) {
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: rowText }).first();
  return row.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const box = range.getBoundingClientRect();
      for (let parent = node.parentElement; parent && parent !== element.parentElement; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX === 'visible') continue;
        // An ellipsis takes the place of the last characters that fit: about one em before the edge.
        const edge = parent.getBoundingClientRect().right - (parent.scrollWidth > parent.clientWidth ? parseFloat(style.fontSize) : 0);
        if (box.right > edge + 0.5) return false;
      }
      for (const label of element.querySelectorAll('.quick-input-list-separator')) {
        if (!(label.textContent ?? '').trim()) continue;
        const over = label.getBoundingClientRect();
        if (box.right > over.left && box.left < over.right && box.bottom > over.top && box.top < over.bottom) return false;
      }
      return true;
    }
    return false;
  }, text);
}
