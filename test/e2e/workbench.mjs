// @ts-check
// Helpers for driving the VS Code workbench in Chromium: start code-server with this extension
// installed (a link in a fresh extensions folder), open files, run palette commands, screenshots.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCodeServer } from '../../scripts/codeServer.mjs';
import { launchBrowser } from '../../scripts/browser.mjs';
import { artifactsDir, codeServerBin, node24Bin, root } from '../../scripts/paths.mjs';
import { spawnSync } from 'node:child_process';

const e2eArtifacts = join(artifactsDir, 'e2e');

/**
 * @param {{ workspaceFixture: string, colorScheme?: 'light' | 'dark', settings?: Record<string, unknown>, extensionPath?: string, vsix?: string }} options
 *   `vsix`: install that packaged extension (as a user would) instead of linking the development folder.
 */
export async function openWorkbench(options) {
  mkdirSync(e2eArtifacts, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'rto-e2e-'));
  const workspace = join(scratch, 'workspace');
  cpSync(join(root, 'test', 'fixtures', options.workspaceFixture), workspace, { recursive: true });
  const extensionsDir = join(scratch, 'extensions');
  mkdirSync(extensionsDir);
  if (options.vsix) {
    installVsix(options.vsix, extensionsDir);
  } else {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    symlinkSync(options.extensionPath ?? root, join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`));
  }

  const server = await startCodeServer({ extensionsDir, logFile: join(e2eArtifacts, 'code-server.log'), settings: options.settings });
  const browser = await launchBrowser({ colorScheme: options.colorScheme });
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  // The explorer lists the workspace once the workbench has restored.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  return {
    page,
    workspace,
    close: async () => {
      await browser.close();
      await server.stop();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** Installs a .vsix with code-server's own installer, into a given extensions folder. */
export function installVsix(/** @type {string} */ vsix, /** @type {string} */ extensionsDir) {
  const result = spawnSync(node24Bin, [codeServerBin, '--extensions-dir', extensionsDir, '--install-extension', vsix], { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`installing ${vsix} failed: ${result.stderr || result.stdout}`);
}

/** Opens a workspace file through Quick Open, as a person would. */
export async function openFile(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.tab.active[aria-label*="${name}"]`).first().waitFor();
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
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 5_000 });
      await page.keyboard.press('Enter');
      return;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (attempt >= 8) throw error;
    }
  }
}

export async function screenshot(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ name) {
  await page.screenshot({ path: join(e2eArtifacts, name) });
}
