// @ts-check
// `npm start`, as the README tells a newcomer: started through npm (so provisioning runs nested in
// an npm script, the path that once broke), it prints a URL; the URL answers with a VS Code that
// has the samples/ workspace open and the extension flagging vague language. Then Ctrl+C stops it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { freePort } from '../../scripts/codeServer.mjs';
import { launchBrowser } from '../../scripts/browser.mjs';
import { root } from '../../scripts/paths.mjs';
import { hoverOn, openFile, screenshot } from './workbench.mjs';

describe('npm start (browser)', function () {
  this.timeout(300_000);
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  let output = '';

  after(() => {
    if (child?.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  });

  it('serves VS Code with the samples workspace at the URL it prints, and stops on Ctrl+C', async () => {
    const port = await freePort();
    child = spawn('npm', ['start'], { cwd: root, detached: true, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise((resolve) => child?.on('exit', (code, signal) => resolve({ code, signal })));
    const printed = new Promise((resolve, reject) => {
      const look = (/** @type {Buffer} */ chunk) => {
        output += chunk;
        const url = /https?:\/\/127\.0\.0\.1:\d+\/\?folder=\S+/.exec(output)?.[0];
        if (url) resolve(url);
      };
      child?.stdout?.on('data', look);
      child?.stderr?.on('data', look);
      void exited.then(() => reject(new Error(`npm start exited before printing a URL:\n${output}`)));
    });
    const url = /** @type {string} */ (await printed);
    assert.ok(url.startsWith(`http://127.0.0.1:${port}/`), url);
    assert.match(decodeURIComponent(url), /samples$/);

    const response = await fetch(url);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<html/i);

    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await page.goto(url);
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'policy-analysis.md' }).first().waitFor({ timeout: 90_000 });
      await openFile(page, 'policy-analysis.md');
      await page.locator('.view-overlays .squiggly-warning, .view-overlays .squiggly-info').first().waitFor({ timeout: 60_000 });
      // The sample analysis quotes a policy: the status bar says only the quotes are checked.
      await page
        .locator('.statusbar-item', { hasText: /vague · [\d.]+\/1k words · quotes/ })
        .first()
        .waitFor({ timeout: 30_000 });
      await screenshot(page, 'npm-start.png');
      // "partners" is hidden alone; in the sample's stacked sentence it is shown, and its hover says why.
      const hover = await hoverOn(page, 'our partners', 'Shown as information, not as a hint');
      assert.match(hover, /other vague phrases stand in the same sentence/);
      assert.match(hover, /Ask the company:/);
      await screenshot(page, 'npm-start-hover.png');
    } finally {
      await browser.close();
    }

    // Ctrl+C reaches the whole foreground group in a terminal; send SIGINT to the group likewise.
    if (child.pid) process.kill(-child.pid, 'SIGINT');
    const ended = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 20_000))]);
    assert.notEqual(ended, 'timeout', 'npm start did not stop on Ctrl+C');
    await assert.rejects(fetch(url), 'the server still answers after npm start stopped');
  });
});
