import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RightToObjectApi } from '../../src/extension';
import { EXTENSION_ID, closeAllEditors, revertAndCloseAll, openDocument, workspaceFile } from './helpers';

const GUIDE = 'walkthroughs/opt-out.md';
const SECOND = 'walkthroughs/second.md';
const VIEW_TYPE = 'rightToObject.walkthroughPreview';

async function api(): Promise<RightToObjectApi['walkthroughPreview']> {
  const extension = vscode.extensions.getExtension<RightToObjectApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this host`);
  return (await extension.activate()).walkthroughPreview;
}

/** Polls until `read` returns a value `accept` likes; fails with the last value seen. */
async function waitFor<T>(what: string, read: () => T, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = read();
  while (!accept(value)) {
    if (Date.now() > deadline) assert.fail(`Timed out waiting for ${what}; last value: ${JSON.stringify(value)?.slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = read();
  }
  return value;
}

const stepKeys = (html: string | undefined) => [...(html ?? '').matchAll(/<li class="rto-step"[^>]*data-step-key="([^"]+)"/g)].map((match) => match[1]!);

async function openPreviewOf(name: string): Promise<{ editor: vscode.TextEditor; html: string }> {
  const preview = await api();
  const editor = await openDocument(name);
  await vscode.commands.executeCommand('rightToObject.openWalkthroughPreviewToSide');
  const uri = editor.document.uri.toString();
  const html = await waitFor(
    'the preview to render',
    () => (preview.currentDocument()?.toString() === uri ? preview.currentHtml() : undefined),
    (html) => html !== undefined,
  );
  return { editor, html: html! };
}

/** Waits until the webview itself reports it applied the latest render (its script ran). */
async function waitForWebview(accept: (shown: { version: number; done: number; total: number }) => boolean = () => true) {
  const preview = await api();
  const shown = await waitFor(
    'the webview to show the latest render',
    () => preview.lastShown(),
    (shown) => shown !== undefined && shown.version === preview.currentVersion() && shown.uri === preview.currentDocument()?.toString() && accept(shown),
  );
  assert.ok(shown);
  return shown;
}

describe('Walkthrough preview', () => {
  beforeEach(async () => {
    // Progress lives in workspaceState and survives between tests: start from none.
    const preview = await api();
    await closeAllEditors();
    for (const name of [GUIDE, SECOND]) {
      const { html } = await openPreviewOf(name);
      assert.ok(stepKeys(html).length > 0);
      await preview.receiveMessage({ type: 'resetProgress', uri: workspaceFile(name).toString() });
      assert.deepEqual(preview.progressFor(workspaceFile(name)), []);
    }
    await closeAllEditors();
  });

  afterEach(async () => {
    await revertAndCloseAll();
  });

  it('opens beside the editor with the checklist, the friction summary and the problems', async () => {
    const { editor, html } = await openPreviewOf(GUIDE);
    const preview = await api();
    assert.equal(preview.currentDocument()?.toString(), editor.document.uri.toString());
    assert.equal(stepKeys(html).length, 5);
    assert.match(html, /<h1 class="rto-title">Opt out of ad profiling at Example Corp<\/h1>/);
    assert.match(html, /data-fact="fieldsToFill"><dt>Fields to fill<\/dt><dd>3<\/dd>/);
    assert.match(html, /<li class="rto-problem rto-problem-warning" data-code="unknown-tag" data-line="22"/);
    // The editor keeps the focus; the panel is a webview of our type.
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
    const tab = await waitFor(
      'the preview tab',
      () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((t) => t.input instanceof vscode.TabInputWebview),
      (found) => found !== undefined,
    );
    assert.ok(tab);
    assert.match((tab.input as vscode.TabInputWebview).viewType, new RegExp(`${VIEW_TYPE}$`));
    assert.equal(tab.label, 'Walkthrough: opt-out.md');
    // The webview script ran under the CSP and counted the steps it shows.
    const shown = await waitForWebview();
    assert.deepEqual({ done: shown.done, total: shown.total }, { done: 0, total: 5 });
  });

  it('loads images only from the document folder, as webview URIs', async () => {
    const { html } = await openPreviewOf(GUIDE);
    const src = /<img src="([^"]+)" alt="Where the settings link is">/.exec(html)?.[1];
    assert.ok(src, 'the image beside the document is not shown');
    assert.match(src, /^https:\/\//);
    assert.ok(src.endsWith('/walkthroughs/settings.png'), src);
    assert.match(html, /<span class="rto-image-alt">Image: Not from outside the folder<\/span>/);
  });

  it('updates while typing: a new step appears, in the webview too', async () => {
    const { editor } = await openPreviewOf(GUIDE);
    const preview = await api();
    const before = await waitForWebview();
    const line = editor.document
      .getText()
      .split('\n')
      .findIndex((text) => text.startsWith('5. '));
    await editor.edit((edit) => edit.insert(new vscode.Position(line + 1, 0), '6. [wait:30d] Wait for the company to answer.\n'));
    const html = await waitFor(
      'the new step',
      () => preview.currentHtml(),
      (html) => html?.includes('Wait for the company to answer.') === true,
    );
    assert.equal(stepKeys(html).length, 6);
    assert.match(html!, /data-fact="waiting"><dt>Waiting<\/dt><dd>30 days \(step 6\)<\/dd>/);
    assert.ok(preview.currentVersion()! > before.version);
    const after = await waitForWebview((shown) => shown.total === 6);
    assert.equal(after.done, 0);
  });

  it('renders a burst of edits once, after the typing pauses', async () => {
    const { editor } = await openPreviewOf(GUIDE);
    const preview = await api();
    await waitForWebview();
    const start = preview.currentVersion()!;
    for (const word of ['one', 'two', 'three', 'four']) {
      await editor.edit((edit) => edit.insert(new vscode.Position(10, 0), `${word} `));
    }
    await waitFor(
      'the burst to render',
      () => preview.currentHtml(),
      (html) => html?.includes('four three two one') === true,
    );
    assert.ok(preview.currentVersion()! - start <= 2, `rendered ${preview.currentVersion()! - start} times for 4 quick edits`);
  });

  it('follows the active Markdown editor', async () => {
    await openPreviewOf(GUIDE);
    const preview = await api();
    const second = await openDocument(SECOND);
    await waitFor(
      'the preview to follow',
      () => preview.currentDocument()?.toString(),
      (uri) => uri === second.document.uri.toString(),
    );
    assert.match(preview.currentHtml()!, /A second walkthrough/);
    assert.equal(stepKeys(preview.currentHtml()).length, 2);
    await waitForWebview((shown) => shown.total === 2);
    // Other languages leave the preview where it was.
    await openDocument('data.json');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(preview.currentDocument()?.toString(), second.document.uri.toString());
  });

  it('remembers ticked steps per document, across closing the preview, until reset', async () => {
    const { editor, html } = await openPreviewOf(GUIDE);
    const preview = await api();
    const uri = editor.document.uri;
    const [first, , third] = stepKeys(html);
    await preview.receiveMessage({ type: 'setStep', uri: uri.toString(), key: first, done: true });
    await preview.receiveMessage({ type: 'setStep', uri: uri.toString(), key: third, done: true });
    await preview.receiveMessage({ type: 'setStep', uri: uri.toString(), key: third, done: false });
    assert.deepEqual(preview.progressFor(uri), [first]);
    assert.deepEqual(preview.progressFor(workspaceFile(SECOND)), [], 'progress leaked into another document');

    await closeAllEditors();
    await openPreviewOf(GUIDE);
    const shown = await waitForWebview();
    assert.deepEqual({ done: shown.done, total: shown.total }, { done: 1, total: 5 });

    await preview.receiveMessage({ type: 'resetProgress', uri: uri.toString() });
    assert.deepEqual(preview.progressFor(uri), []);
    await waitFor(
      'the webview to clear its ticks',
      () => preview.lastShown()?.done,
      (done) => done === 0,
    );
  });

  it('ignores malformed and stale messages from the webview', async () => {
    const { editor, html } = await openPreviewOf(GUIDE);
    const preview = await api();
    const uri = editor.document.uri;
    const [first] = stepKeys(html);
    for (const message of [
      { type: 'setStep', uri: uri.toString(), key: 'not-a-key', done: true },
      { type: 'setStep', uri: uri.toString(), key: first, done: 'true' },
      { type: 'setStep', uri: workspaceFile(SECOND).toString(), key: first, done: true },
      { type: 'setStep', key: first, done: true },
      { type: 'navigate', href: 'https://example.org' },
      'setStep',
      null,
    ]) {
      await preview.receiveMessage(message);
    }
    assert.deepEqual(preview.progressFor(uri), []);
    assert.deepEqual(preview.progressFor(workspaceFile(SECOND)), []);
  });

  it('reveals a problem in the editor when it is clicked', async () => {
    const { editor, html } = await openPreviewOf(GUIDE);
    const preview = await api();
    const problem = /<li class="rto-problem[^"]*" data-code="unknown-tag" data-line="(\d+)" data-character="(\d+)"/.exec(html);
    assert.ok(problem);
    await vscode.window.showTextDocument(editor.document, { selection: new vscode.Range(0, 0, 0, 0), viewColumn: editor.viewColumn });
    await preview.receiveMessage({ type: 'revealLine', uri: editor.document.uri.toString(), line: Number(problem[1]), character: Number(problem[2]) });
    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.toString(), editor.document.uri.toString());
    assert.deepEqual(active.selection.active, new vscode.Position(Number(problem[1]), Number(problem[2])));
    assert.equal(active.document.getText(new vscode.Range(active.selection.active, active.selection.active.translate(0, 9))), '[sparkle]');
  });

  it('restores after a reload: same document, saved progress', async () => {
    const { editor, html } = await openPreviewOf(GUIDE);
    const preview = await api();
    const uri = editor.document.uri;
    const keys = stepKeys(html);
    await preview.receiveMessage({ type: 'setStep', uri: uri.toString(), key: keys[1], done: true });
    await preview.receiveMessage({ type: 'setStep', uri: uri.toString(), key: keys[3], done: true });
    await closeAllEditors();
    await waitFor(
      'the preview to close',
      () => preview.currentHtml(),
      (html) => html === undefined,
    );

    // What VS Code does after "Reload Window": a fresh panel of our type plus the saved state.
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Restored', vscode.ViewColumn.One, { enableScripts: true });
    await preview.serializer.deserializeWebviewPanel(panel, { uri: uri.toString(), scrollY: 0 });
    assert.equal(preview.currentDocument()?.toString(), uri.toString());
    assert.deepEqual(stepKeys(preview.currentHtml()), keys);
    assert.equal(panel.title, 'Walkthrough: opt-out.md');
    assert.match(panel.webview.html, /Content-Security-Policy/);
    const shown = await waitForWebview();
    assert.deepEqual({ done: shown.done, total: shown.total }, { done: 2, total: 5 });
  });

  it('closes a restored panel whose state names no document, or one that is gone', async () => {
    const preview = await api();
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Broken', vscode.ViewColumn.One, { enableScripts: true });
    const disposed = new Promise<void>((resolve) => panel.onDidDispose(() => resolve()));
    await preview.serializer.deserializeWebviewPanel(panel, { nothing: 'here' });
    await disposed;
    assert.equal(preview.currentHtml(), undefined);
    const broken = vscode.window.createWebviewPanel(VIEW_TYPE, 'Broken', vscode.ViewColumn.One, { enableScripts: true });
    const brokenDisposed = new Promise<void>((resolve) => broken.onDidDispose(() => resolve()));
    await preview.serializer.deserializeWebviewPanel(broken, { uri: workspaceFile('walkthroughs/deleted.md').toString() });
    await brokenDisposed;
  });

  it('sets a strict CSP with a fresh nonce, and loads only the extension script', async () => {
    await openPreviewOf(GUIDE);
    const preview = await api();
    const panel = await waitFor(
      'the webview page',
      () => preview.currentPage(),
      (html) => html !== undefined,
    );
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(panel!)?.[1]?.replace(/&#39;/g, "'");
    assert.ok(csp);
    const source = "(?:'self' )?https://\\S+";
    // Remote images are off by default: the CSP loads images from the webview's resources only.
    assert.match(csp, new RegExp(`^default-src 'none'; style-src ${source}; img-src ${source}; script-src 'nonce-[0-9a-f]{32}'$`));
    const scripts = [...panel!.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    assert.equal(scripts.length, 1);
    assert.match(scripts[0]!, /nonce="[0-9a-f]{32}" src="[^"]+\/media\/walkthroughPreview\.js"/);
    assert.doesNotMatch(panel!, /style="/);
  });

  it('exports a standalone page without scripts', async () => {
    const editor = await openDocument(GUIDE);
    const target = workspaceFile('walkthroughs/exported.html');
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('rightToObject.exportWalkthroughHtml', editor.document.uri, target);
      assert.equal(written?.toString(), target.toString());
      const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(page, /^<!DOCTYPE html>/);
      assert.match(page, /<title>Opt out of ad profiling at Example Corp<\/title>/);
      // Remote images are off by default (#19): the exported page loads no image at all.
      assert.match(page, /content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'"/);
      assert.equal(stepKeys(page).length, 5);
      assert.doesNotMatch(page, /<script/i);
      const body = page.slice(page.indexOf('<body>'));
      assert.doesNotMatch(body, /rto-problem|data-line=|rto-progress/, 'preview-only parts in the export');
    } finally {
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  it('opens the sample walkthrough shipped with the extension', async () => {
    await vscode.commands.executeCommand('rightToObject.openSampleWalkthrough');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.languageId, 'markdown');
    assert.match(editor.document.getText(), /^---\ntitle: Object to Meta using your Facebook and Instagram posts to train AI/);
    await vscode.commands.executeCommand('rightToObject.openWalkthroughPreviewToSide');
    const preview = await api();
    await waitFor(
      'the sample preview',
      () => preview.currentHtml(),
      (html) => stepKeys(html).length === 5,
    );
  });
});
