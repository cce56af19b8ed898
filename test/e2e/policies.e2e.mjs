// @ts-check
// End-to-end (#13): policy snapshots as a person uses them. A local HTTP server started here serves
// a policy page (no internet); Import Policy… runs from the palette (quick pick, then the address),
// the page changes, Check Policies for Changes saves a second version, the Policy Versions view in
// the explorer lists both with their findings, and its inline "compare with previous" opens the
// diff editor and the vagueness report. Screenshots go to test-artifacts/policies/.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { artifactsDir } from '../../scripts/paths.mjs';
import { openWorkbench, runCommand } from './workbench.mjs';

const out = join(artifactsDir, 'policies');

const PAGE_V1 = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Privacy Policy | Acme Social</title></head><body>
<nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav><div id="cookie-banner">We use cookies. Accept all?</div>
<main><h1>Privacy Policy</h1>
<p>We collect your email address and your posts to run your account, and we keep them until you close the account.</p>
<h2>Sharing</h2>
<p>We share your email address with our payment processor Stripe, Inc. to take payments.</p>
<p>We may share your data with partners.</p>
<h2>Your rights</h2>
<p>You can ask for a copy of your data at privacy@acme.example.</p></main></body></html>`;
const PAGE_V2 = PAGE_V1.replace(
  '<h2>Your rights</h2>',
  '<h2>Artificial intelligence</h2><p>We may use your posts to train our AI models on the basis of our legitimate interests, for as long as necessary.</p><h2>Your rights</h2>',
);

describe('Policy snapshots (browser)', function () {
  this.timeout(300_000);
  /** @type {Awaited<ReturnType<typeof openWorkbench>>} */
  let session;
  let page = PAGE_V1;
  /** @type {import('node:http').Server} */
  let server;
  let address = '';

  before(async () => {
    mkdirSync(out, { recursive: true });
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
    address = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/privacy`;
    session = await openWorkbench({ workspaceFixture: 'workspace', settings: { 'files.autoSave': 'off', 'workbench.colorTheme': 'Default Light Modern' } });
    await session.page.setViewportSize({ width: 1500, height: 950 });
  });
  after(async () => {
    await session?.close();
    server?.close();
  });

  it('imports a policy from its address through the palette, and opens the snapshot', async () => {
    const { page: ui } = session;
    await runCommand(ui, 'Right to Object: Import Policy…');
    await ui.locator('.quick-input-widget .monaco-list-row', { hasText: 'From a web address' }).first().waitFor({ timeout: 30_000 });
    await ui.keyboard.press('Enter');
    const input = ui.locator('.quick-input-widget input');
    await ui.locator('.quick-input-widget', { hasText: 'The address of the privacy policy page' }).waitFor({ timeout: 15_000 });
    await input.fill(address);
    await ui.keyboard.press('Enter');
    const day = new Date().toISOString().slice(0, 10);
    await ui.locator(`.tab.active[aria-label*="${day}.md"]`).first().waitFor({ timeout: 90_000 });
    const lines = ui.locator('.monaco-editor .view-lines').first();
    await lines.filter({ hasText: 'Privacy Policy' }).waitFor({ timeout: 15_000 });
    const text = (await lines.innerText()).replace(/\u00a0/g, ' ');
    assert.match(text, /source: "http:\/\/127\.0\.0\.1:\d+\/privacy"/);
    assert.match(text, /## Sharing/);
    assert.doesNotMatch(text, /cookies|Jobs/);
    await ui.locator('.notifications-toasts', { hasText: 'Saved the policy' }).first().waitFor({ timeout: 15_000 });
    await ui.screenshot({ path: join(out, 'imported-snapshot.png') });
    const folders = readdirSync(join(session.workspace, 'policies'));
    assert.equal(folders.length, 1);
    assert.deepEqual(readdirSync(join(session.workspace, 'policies', folders[0] ?? '')), [`${day}.md`]);
  });

  it('Check Policies for Changes saves a second version when the page changed', async () => {
    const { page: ui } = session;
    page = PAGE_V2;
    await runCommand(ui, 'Right to Object: Check Policies for Changes');
    await ui
      .locator('.notifications-toasts', { hasText: /1 changed/ })
      .first()
      .waitFor({ timeout: 90_000 });
    const day = new Date().toISOString().slice(0, 10);
    const [company] = readdirSync(join(session.workspace, 'policies'));
    assert.deepEqual(readdirSync(join(session.workspace, 'policies', company ?? '')).sort(), [`${day}-2.md`, `${day}.md`]);
  });

  it('the Policy Versions view lists the company and both snapshots with findings and the change', async () => {
    const { page: ui } = session;
    await ui.keyboard.press('Escape');
    await runCommand(ui, 'Notifications: Clear All Notifications');
    await runCommand(ui, 'View: Close All Editors');
    await runCommand(ui, 'View: Show Explorer');
    // The view starts collapsed in the explorer: open its section.
    const header = ui.locator('.pane-header', { hasText: 'Policy Versions' });
    await header.waitFor({ timeout: 30_000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const pane = ui.locator('.pane', { has: header });
    const companyRow = pane.locator('.monaco-list-row').first();
    await companyRow.waitFor({ timeout: 30_000 });
    assert.match(await companyRow.innerText(), /2 version/);
    await companyRow.click();
    const day = new Date().toISOString().slice(0, 10);
    const newest = pane.locator('.monaco-list-row', { hasText: `${day}-2` });
    await newest.waitFor({ timeout: 60_000 });
    const newestText = await newest.innerText();
    assert.match(newestText, /\+[1-9]\d* −0 since previous · /);
    // The oldest: its findings counted by severity (the page's "partners" and "may share" are
    // information since #12 measured them), and no previous version.
    assert.match(await pane.locator('.monaco-list-row', { hasText: 'first version' }).innerText(), new RegExp(`^${day}\\s*first version · [1-9]\\d* (?:errors?|warnings?|info)\\b`));
    await pane.screenshot({ path: join(out, 'versions-view.png') });
  });

  it('the inline "compare with previous" opens the diff editor and the report of the vague phrases added', async () => {
    const { page: ui } = session;
    const day = new Date().toISOString().slice(0, 10);
    const pane = ui.locator('.pane', { has: ui.locator('.pane-header', { hasText: 'Policy Versions' }) });
    const newest = pane.locator('.monaco-list-row', { hasText: `${day}-2` });
    await newest.hover();
    await newest.locator('.action-label[aria-label*="Compare with Previous"]').click();
    await ui.locator('.monaco-diff-editor').first().waitFor({ timeout: 60_000 });
    const report = ui.locator('.monaco-editor .view-lines', { hasText: 'What changed in vagueness' });
    await report.first().waitFor({ timeout: 60_000 });
    const reportText = (await report.first().innerText()).replace(/\u00a0/g, ' ');
    assert.match(reportText, /[1-9]\d* vague phrase\(s\) added, 0 removed, [1-9]\d* unchanged/);
    // The report editor wraps long lines.
    assert.match(reportText, /Legal bases named for the first time:\*\*\s+legitimate interests/);
    assert.match(reportText, /\*\*train our AI\*\* \(`train-models`\)/);
    // The diff shows the new paragraph as inserted text.
    await ui.locator('.monaco-diff-editor .line-insert, .monaco-diff-editor .char-insert').first().waitFor({ timeout: 30_000 });
    await ui.locator('.notifications-toasts', { hasText: 'Insert Report' }).first().waitFor({ timeout: 15_000 });
    // The report is the extension's output, not a policy: once the compared snapshot in the diff
    // editor shows its squiggles (so the diagnostics have run), the report still shows none.
    await ui.locator('.monaco-diff-editor [class*="squiggly-"]').first().waitFor({ timeout: 60_000 });
    await ui.waitForTimeout(1500);
    const reportEditor = ui.locator('.monaco-editor', { has: ui.locator('.view-lines', { hasText: 'What changed in vagueness' }) }).first();
    assert.equal(await reportEditor.locator('[class*="squiggly-"]').count(), 0, 'the report shows vague-language squiggles');
    // Away from the row, so its tooltip does not cover the view in the screenshot (the one the README shows).
    await ui.mouse.move(700, 20);
    await ui
      .locator('.monaco-hover, .custom-hover')
      .first()
      .waitFor({ state: 'hidden', timeout: 10_000 })
      .catch(() => undefined);
    await ui.screenshot({ path: join(out, 'diff-and-report.png') });
  });
});
