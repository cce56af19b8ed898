// The capabilities in the web-worker extension host (no Node.js): letters, the walkthrough
// preview and the friction comparison, besides the diagnostics covered in webExtension.test.ts.
import * as assert from './assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'right-to-object.right-to-object';

interface Api {
  walkthroughPreview: { currentHtml(): string | undefined };
}

async function until<T>(read: () => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('Web extension host: letters and preview', () => {
  it('inserts a German objection letter through the letters catalogue', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(document);
    const inserted = await vscode.commands.executeCommand<string | undefined>('rightToObject.insertObjectionLetter', { jurisdiction: 'eu-gdpr', kind: 'object-direct-marketing', language: 'de' });
    assert.equal(inserted, 'eu-gdpr-21-2-de');
    assert.ok(document.getText().includes('right-to-object:letter eu-gdpr-21-2-de'), document.getText().slice(0, 200));
    assert.ok(/Art(?:ikel|\.) 21/.test(document.getText()), 'German letter cites Art. 21');
  });

  it('opens the sample walkthrough and renders its checklist in the preview', async () => {
    const api = (await vscode.extensions.getExtension(EXTENSION_ID)!.activate()) as Api;
    await vscode.commands.executeCommand('rightToObject.openSampleWalkthrough');
    await vscode.commands.executeCommand('rightToObject.openWalkthroughPreviewToSide');
    const html = await until(() => api.walkthroughPreview.currentHtml(), 'the preview');
    assert.ok(html.includes('rto-steps'), 'checklist rendered');
    assert.ok(html.includes('rto-friction'), 'friction summary rendered');
  });

  it('compares the shipped samples in the friction panel, Meta first', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    await extension.activate();
    const samples = ['meta-ai-objection.md', 'linkedin-generative-ai.md', 'x-grok-training.md', 'slack-global-models.md'].map((name) =>
      vscode.Uri.joinPath(extension.extensionUri, 'media', 'samples', name),
    );
    const result = await vscode.commands.executeCommand<{ rows: Array<{ company: string }>; html?: string }>('rightToObject.compareFriction', samples);
    assert.equal(result?.rows.length, 4);
    assert.equal(result?.rows[0]?.company, 'Meta Platforms Ireland Limited');
    assert.ok((result?.html ?? '').includes('rto-friction-table'), 'matrix rendered');
  });
});
