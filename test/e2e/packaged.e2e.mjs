// @ts-check
// The packaged extension, as users get it: build the .vsix with @vscode/vsce, check what it holds
// and its size, install it into code-server with code-server's own installer (not the development
// folder), and use it in the browser.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../../scripts/paths.mjs';
import { openFile, openWorkbench, runCommand, screenshot } from './workbench.mjs';

/** Issue #18's budget for the whole package, with this turn's features. */
const MAX_VSIX_BYTES = 1.5 * 1024 * 1024;

describe('Packaged .vsix (browser)', function () {
  this.timeout(300_000);
  const scratch = mkdtempSync(join(tmpdir(), 'rto-vsix-'));
  const vsix = join(scratch, 'right-to-object.vsix');
  /** @type {Awaited<ReturnType<typeof openWorkbench>> | undefined} */
  let session;

  before(() => {
    const built = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', vsix], { cwd: root, encoding: 'utf8', timeout: 240_000 });
    assert.equal(built.status, 0, built.stderr || built.stdout);
  });
  after(async () => {
    await session?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it(`is at most 1.5 MiB and holds only what the extension needs`, () => {
    const size = statSync(vsix).size;
    assert.ok(size <= MAX_VSIX_BYTES, `${size} bytes`);
    const listed = spawnSync('npx', ['vsce', 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    assert.equal(listed.status, 0, listed.stderr);
    const files = listed.stdout.split('\n').filter(Boolean);
    assert.ok(files.includes('dist/extension.js') && files.includes('dist/engines.js') && files.includes('dist/web/extension.js') && files.includes('package.json'));
    const unwanted = files.filter((file) => /^(src|test|bench|scripts|node_modules|out)\/|\.map$|\.ts$|^\.|tsconfig|esbuild\.js/.test(file));
    assert.deepEqual(unwanted, []);
    console.log(`      (.vsix: ${size} bytes, ${files.length} files)`);
  });

  it('is the size the README states, within 15%', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const stated = /writes right-to-object\.vsix \(about (\d+(?:\.\d+)?) MB\)/.exec(readme);
    assert.ok(stated, 'the README states the .vsix size as "writes right-to-object.vsix (about N MB)"');
    const statedBytes = Number(stated[1]) * 1024 * 1024;
    const size = statSync(vsix).size;
    assert.ok(Math.abs(size - statedBytes) <= 0.15 * statedBytes, `the README says about ${stated[1]} MB; npm run package builds ${(size / 1024 / 1024).toFixed(2)} MB`);
  });

  it("installs with code-server's installer and flags vague language in the real workbench", async () => {
    session = await openWorkbench({ workspaceFixture: 'workspace', vsix });
    const { page } = session;
    await openFile(page, 'policy-analysis.md');
    await page.locator('.view-overlays .squiggly-info').first().waitFor({ timeout: 60_000 });
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'legitimate interests' }).first().waitFor({ timeout: 15_000 });
    await runCommand(page, 'Right to Object: Check Document for Vague Language');
    await page
      .locator('.statusbar-item', { hasText: /vague phrase\(s\) found/ })
      .first()
      .waitFor({ timeout: 15_000 });
    await screenshot(page, 'packaged.png');
  });

  it('opens the walkthrough preview from the packaged extension (media and sample ship in it)', async () => {
    assert.ok(session);
    const { page } = session;
    await runCommand(page, 'Right to Object: Open Sample Walkthrough');
    await page.locator('.monaco-editor .view-lines', { hasText: 'Object to Meta' }).first().waitFor({ timeout: 30_000 });
    await runCommand(page, 'Right to Object: Open Walkthrough Preview to the Side');
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await frame.locator('li.rto-step').first().waitFor({ timeout: 30_000 });
    assert.ok((await frame.locator('li.rto-step').count()) >= 5);
    await screenshot(page, 'packaged-preview.png');
  });
});
