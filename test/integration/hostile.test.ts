// Issue #19 in the editor: what a hostile workspace or document can no longer do through the real
// extension host. code-server runs with --disable-workspace-trust, so an untrusted workspace
// cannot be opened here: this checks the manifest VS Code enforces, and the unit layer
// (test/unit/hostile/trust.test.ts) checks the untrusted code path.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RightToObjectApi } from '../../src/extension';
import { STEP_BUDGET_RETRIES, measureLintSteps } from '../support/lintTimings';
import { EXTENSION_ID, closeAllEditors, openDocument, waitFor, workspaceFile } from './helpers';

const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

function hoverText(hovers: readonly vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))).join('\n');
}

describe('Hostile input in the editor (#19)', function () {
  this.timeout(60_000);
  let api: RightToObjectApi;
  before(async () => {
    api = await vscode.extensions.getExtension<RightToObjectApi>(EXTENSION_ID)!.activate();
  });
  afterEach(async () => {
    await closeAllEditors();
  });

  it('declares the sender settings and remote images as restricted in untrusted workspaces', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { capabilities: { untrustedWorkspaces: { supported: unknown; restrictedConfigurations?: string[] } } };
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    for (const setting of ['rightToObject.letters.name', 'rightToObject.letters.email', 'rightToObject.letters.country', 'rightToObject.preview.remoteImages']) {
      assert.ok(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations?.includes(setting), setting);
    }
  });

  it('lints a 0.7 MB document of unclosed comments and markers followed by spaces without a step over 50 ms', async () => {
    const measured = measureLintSteps(api.testing);
    const { timings } = measured;
    // Each once took seconds in one synchronous step: the disable-comment pattern (9.5 s at 0.5 MB)
    // and the letter marker with "[[" in the document (23 s at 200 KB).
    const content = `We may share data with partners.\n\n[[a: b]] <!-- right-to-object:letter x sent=${' '.repeat(200_000)}\n\n<!-- right-to-object-disable${' '.repeat(500_000)}\n`;
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(document);
    await waitFor('the finding', () => (vscode.languages.getDiagnostics(document.uri).some((d) => document.getText(d.range) === 'partners') ? true : undefined), 60_000).finally(() =>
      measured.dispose(),
    );
    console.log(`      (hostile 0.7 MB document: longest step ${timings.longestStepMs} ms, ${timings.longestStep})`);
    assert.ok(timings.longestStepMs > 0, 'no step was measured');
    assert.ok(timings.longestStepMs <= 50, `longest synchronous step ${timings.longestStepMs} ms (${timings.longestStep})`);
  }).retries(STEP_BUDGET_RETRIES);

  // The other adversarial shapes of the unit layer's time budgets, as the editor meets them. One
  // megabyte-sized block (a table, a paragraph of comment lines, a tight list) was once linted in
  // one synchronous step (300 ms and more): slices are now cut inside such blocks (innerCuts.ts).
  const shapes: Record<string, string> = {
    'an unclosed 1 MB fence': `We may share data with partners.\n\n\`\`\`\n${'partners '.repeat(115_000)}\n`,
    'a 1 MB run of one character': `We may share data with partners.\n\n${'_'.repeat(1_000_000)}\n`,
    'a 1 MB tight list with no blank line': `We may share data with partners.\n\n${'- we may share data with partners for business purposes\n'.repeat(18_000)}`,
    'a 1 MB table': `We may share data with partners.\n\n| Who | What |\n|---|---|\n${'| we may share | data with partners for business purposes |\n'.repeat(17_000)}`,
    'a paragraph of 40,000 comment lines': `We may share data with partners.\n${'partners <!-- right-to-object-disable-line x -->\n'.repeat(40_000)}`,
  };
  for (const [name, content] of Object.entries(shapes)) {
    it(`lints ${name} without a step over 50 ms`, async () => {
      const measured = measureLintSteps(api.testing);
      const { timings } = measured;
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
      await vscode.window.showTextDocument(document);
      await waitFor('the finding', () => (vscode.languages.getDiagnostics(document.uri).some((d) => document.getText(d.range) === 'partners') ? true : undefined), 90_000).finally(() =>
        measured.dispose(),
      );
      console.log(`      (${name}: longest step ${timings.longestStepMs} ms, ${timings.longestStep})`);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      assert.ok(timings.longestStepMs > 0, 'no step was measured');
      assert.ok(timings.longestStepMs <= 50, `longest synchronous step ${timings.longestStepMs} ms (${timings.longestStep})`);
    }).retries(STEP_BUDGET_RETRIES);
  }

  it('keeps a web-form URL with ")" inside its link in the company hover', async () => {
    const settingsFile = workspaceFile('.right-to-object.json');
    const record = {
      slug: 'acmeflux',
      name: 'Acmeflux Widgets Ltd',
      address: '1 Road\nLondon\nUnited Kingdom',
      countries: ['gb'],
      email: 'privacy@acmeflux.example',
      webform: 'https://acmeflux.example/form)](https://evil.example/track',
    };
    try {
      await write(settingsFile, JSON.stringify({ companies: [record] }));
      const editor = await openDocument('directory/workspace-only.md');
      const line = editor.document
        .getText()
        .split('\n')
        .findIndex((l) => l.startsWith('controller:'));
      const hover = await waitFor('the workspace record in the hover', async () => {
        const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line, 14)));
        return text.includes('acmeflux') ? text : undefined;
      });
      assert.ok(hover.includes('(https://acmeflux.example/form%29%5D%28https://evil.example/track)'), hover);
      assert.doesNotMatch(hover, /\]\(https:\/\/evil/);
    } finally {
      await vscode.workspace.fs.delete(settingsFile).then(undefined, () => undefined);
    }
  });

  it('shows a remote image in the preview as a link naming its host, not an <img>, and the page CSP follows the setting', async () => {
    const file = workspaceFile('walkthroughs/pixel.md');
    try {
      await write(file, '---\ntitle: Pixel\n---\n1. Open ![pixel](https://tracker.example/p.gif) the form.\n');
      const editor = await openDocument('walkthroughs/pixel.md');
      await vscode.commands.executeCommand('rightToObject.openWalkthroughPreviewToSide');
      const preview = api.walkthroughPreview;
      const html = await waitFor('the preview', () => (preview.currentDocument()?.toString() === editor.document.uri.toString() ? preview.currentHtml() : undefined));
      assert.doesNotMatch(html, /<img/);
      assert.match(html, /not loaded from tracker\.example/);
      const cspOf = (page: string | undefined) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page ?? '')?.[1]?.replace(/&#39;/g, "'");
      // The page's CSP agrees: no https: image source while remote images are off…
      const off = await waitFor('the page', () => cspOf(preview.currentPage()));
      assert.match(off, /img-src [^;]*;/);
      assert.doesNotMatch(off, /img-src [^;]* https:;/, off);
      // …and turning them on reloads the page with one, and draws the image.
      await vscode.workspace.getConfiguration('rightToObject.preview').update('remoteImages', true, vscode.ConfigurationTarget.Workspace);
      const on = await waitFor('the page with remote images', () => (/img-src [^;]* https:;/.test(cspOf(preview.currentPage()) ?? '') ? cspOf(preview.currentPage()) : undefined));
      assert.ok(on);
      assert.match(preview.currentHtml() ?? '', /<img src="https:\/\/tracker\.example\/p\.gif"/);
    } finally {
      await vscode.workspace.getConfiguration('rightToObject.preview').update('remoteImages', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    }
  });
});
