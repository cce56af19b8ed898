// A Markdown file saved with a byte-order mark (as editors on Windows save UTF-8) at the editor's
// entry points: the vague-language diagnostics, the walkthrough preview, the letters (the
// front matter's company) and the directory's controller line give what they give for the same
// file without the mark. The file is read from disk, as a user's file is (#17).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { RightToObjectApi } from '../../src/extension';
import { EXTENSION_ID, revertAndCloseAll, waitFor, waitForDiagnostics } from './helpers';

const BOM = '\uFEFF';
const TEXT = `---\ntitle: Opt out of partners' tracking\ncontroller: Zalando SE\nnote: shared with partners\n---\n\n# Steps\n\n1. [link] Open the settings.\n\nWe may share data with third parties.\n\nLETTER-HERE\n`;
const FRONT_MATTER_LINES = 5;

const codeOf = (diagnostic: vscode.Diagnostic) => (typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);

describe('A document that starts with a byte-order mark (#17)', () => {
  let dir = '';
  const files: Record<'marked' | 'plain', vscode.Uri> = { marked: vscode.Uri.file('/'), plain: vscode.Uri.file('/') };
  let api: RightToObjectApi;

  before(async () => {
    api = await vscode.extensions.getExtension<RightToObjectApi>(EXTENSION_ID)!.activate();
    dir = mkdtempSync(join(tmpdir(), 'rto-bom-host-'));
    writeFileSync(join(dir, 'marked.md'), `${BOM}${TEXT}`);
    writeFileSync(join(dir, 'plain.md'), TEXT);
    files.marked = vscode.Uri.file(join(dir, 'marked.md'));
    files.plain = vscode.Uri.file(join(dir, 'plain.md'));
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await revertAndCloseAll();
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  async function open(which: 'marked' | 'plain'): Promise<vscode.TextEditor> {
    return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(files[which]));
  }

  it('lint: nothing in the front matter is flagged, the body is, as without the mark', async () => {
    const found: Record<string, string[]> = {};
    for (const which of ['marked', 'plain'] as const) {
      const editor = await open(which);
      const diagnostics = await waitForDiagnostics(editor.document.uri, (all) => all.some((d) => codeOf(d) === 'third-parties'));
      const vague = diagnostics.filter((d) => codeOf(d) !== 'unknown-controller');
      assert.ok(
        vague.every((d) => d.range.start.line >= FRONT_MATTER_LINES),
        vague.map((d) => `${codeOf(d)}@${d.range.start.line}`).join(', '),
      );
      found[which] = vague.map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}`).sort();
    }
    assert.deepEqual(found.marked, found.plain);
  });

  it('walkthrough: the preview takes the title from the front matter', async () => {
    const preview = api.walkthroughPreview;
    const editor = await open('marked');
    await vscode.commands.executeCommand('rightToObject.openWalkthroughPreviewToSide');
    const html = await waitFor('the preview to render', () => (preview.currentDocument()?.toString() === editor.document.uri.toString() ? preview.currentHtml() : undefined));
    assert.match(html, /<h1 class="rto-title">Opt out of partners&#39; tracking<\/h1>/);
  });

  it("letters: the inserted letter is addressed to the front matter's company", async () => {
    const editor = await open('marked');
    const line = editor.document.getText().split('\n').indexOf('LETTER-HERE');
    assert.ok(line >= 0);
    editor.selection = new vscode.Selection(line, 0, line, 'LETTER-HERE'.length);
    const id = await vscode.commands.executeCommand<string | undefined>('rightToObject.insertObjectionLetter', { jurisdiction: 'eu-gdpr', kind: 'object-direct-marketing', language: 'en' });
    assert.equal(id, 'eu-gdpr-21-2-en');
    const text = editor.document.getText();
    assert.match(text, /<!-- right-to-object:letter eu-gdpr-21-2-en sent=\d{4}-\d{2}-\d{2} to=Zalando SE -->/);
    await vscode.commands.executeCommand('leaveSnippet');
  });

  it("directory: the hover on the controller line shows the company's record", async () => {
    const editor = await open('marked');
    const line = editor.document
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('controller:'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line, 14));
    const text = (hovers ?? []).flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))).join('\n');
    assert.match(text, /Zalando SE/);
  });
});
