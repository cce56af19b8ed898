// @ts-check
// End-to-end (#20): Export Walkthrough as HTML, then "Open" in the notification, as a person does in
// VS Code in the browser (code-server). The page must appear rendered (title, checklist), not as
// HTML source in a text editor. Screenshot: test-artifacts/e2e/export-open.png.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openFile, openWorkbench, runCommand, screenshot } from './workbench.mjs';

describe('Export Walkthrough as HTML, then Open (browser)', function () {
  this.timeout(180_000);
  /** @type {Awaited<ReturnType<typeof openWorkbench>>} */
  let session;
  before(async () => {
    session = await openWorkbench({ workspaceFixture: 'workspace', settings: { 'files.simpleDialog.enable': true } });
  });
  after(async () => {
    await session?.close();
  });

  it('opens the exported page rendered, not its HTML source', async () => {
    const { page, workspace } = session;
    await openFile(page, 'opt-out.md');
    await runCommand(page, 'Right to Object: Export Walkthrough as HTML');
    // The save dialog proposes opt-out.html beside the guide; accept it.
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await page
      .locator('.quick-input-widget', { hasText: /opt-out\.html/ })
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    assert.match(await input.inputValue(), /opt-out\.html$/);
    await page.keyboard.press('Enter');

    const notification = page.locator('.notification-toast', { hasText: 'Exported the walkthrough' }).first();
    await notification.waitFor({ timeout: 20_000 });
    assert.ok(existsSync(join(workspace, 'walkthroughs', 'opt-out.html')), 'the page was not written');
    await notification.locator('a.monaco-button', { hasText: /^Open$/ }).click();

    // The page, rendered: its title and checklist in a webview, not "<!DOCTYPE html>" in an editor.
    const frame = page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
    await frame.locator('h1.rto-title', { hasText: 'Opt out of ad profiling at Example Corp' }).waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('li.rto-step').count(), 5);
    const activeTab = (await page.locator('.tab.active').first().getAttribute('aria-label')) ?? '';
    assert.match(activeTab, /opt-out\.html \(exported page\)/);
    const sourceShown = await page.locator('.monaco-editor .view-lines', { hasText: '<!DOCTYPE html>' }).count();
    assert.equal(sourceShown, 0, 'the HTML source is shown in an editor');
    await screenshot(page, 'export-open.png');
  });
});
