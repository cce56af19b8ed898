// "Compare Opt-out Friction" in a real VS Code: the comparison of the shipped samples (Meta first
// in the default order), the panel's script-free page with a fresh nonce per render, sorting, both
// exports, and inserting the table into a Markdown document as one undoable edit.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, waitFor, workspaceFile } from './helpers';

interface Result {
  rows: Array<{ company: string; steps: number; fields: number; file: string }>;
  html: string | undefined;
}

const SAMPLES = ['meta-ai-objection.md', 'linkedin-generative-ai.md', 'x-grok-training.md', 'slack-global-models.md'];

async function sampleUris(): Promise<vscode.Uri[]> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  await extension.activate();
  return SAMPLES.map((name) => vscode.Uri.joinPath(extension.extensionUri, 'media', 'samples', name));
}

const nonceOf = (html: string | undefined) => /style-src 'nonce-([0-9a-f]{32})'/.exec(html ?? '')?.[1];

describe('friction comparison (extension host)', () => {
  after(closeAllEditors);

  it('compares the shipped samples in the documented order, Meta first, on a page without script', async () => {
    const result = await vscode.commands.executeCommand<Result>('rightToObject.compareFriction', await sampleUris());
    assert.ok(result, 'the command returned nothing');
    assert.equal(result.rows.length, 4);
    assert.equal(result.rows[0]?.company, 'Meta Platforms Ireland Limited');
    assert.equal(result.rows[0]?.steps, 5);
    const html = result.html ?? '';
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /default-src 'none'; style-src 'nonce-[0-9a-f]{32}'; img-src 'none'; script-src 'none'/);
    assert.match(html, /<svg [^>]*class="rto-chart"/);
    assert.match(html, /href="command:rightToObject\.sortFrictionComparison\?/);
    await waitFor('the comparison tab', () =>
      vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('rightToObject.frictionComparison'))),
    );
  });

  it('sorts by a column with a fresh nonce, and back to the default order', async () => {
    const before = await vscode.commands.executeCommand<Result>('rightToObject.compareFriction', await sampleUris());
    const sorted = await vscode.commands.executeCommand<Result>('rightToObject.sortFrictionComparison', 'fields', 'asc');
    const fields = sorted.rows.map((row) => row.fields);
    assert.deepEqual(
      fields,
      [...fields].sort((a, b) => a - b),
    );
    assert.notEqual(sorted.rows[0]?.company, 'Meta Platforms Ireland Limited');
    assert.match(sorted.html ?? '', /Order: by &quot;Fields&quot;, ascending/);
    assert.notEqual(nonceOf(sorted.html), nonceOf(before.html), 'a new nonce per render');
    const reset = await vscode.commands.executeCommand<Result>('rightToObject.sortFrictionComparison', 'no-such-column', 'sideways');
    assert.equal(reset.rows[0]?.company, 'Meta Platforms Ireland Limited', 'bad arguments mean the default order');
  });

  it('exports the comparison as an HTML page, and as Markdown with the SVG next to it', async () => {
    await vscode.commands.executeCommand<Result>('rightToObject.compareFriction', await sampleUris());
    const page = workspaceFile('friction-export-test.html');
    const markdown = workspaceFile('friction-export-test.md');
    const chart = workspaceFile('friction-export-test.svg');
    try {
      assert.equal((await vscode.commands.executeCommand<vscode.Uri>('rightToObject.exportFrictionHtml', page))?.toString(), page.toString());
      const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(page));
      assert.match(html, /^<!DOCTYPE html>/);
      assert.doesNotMatch(html, /<script/i);
      assert.match(html, /Meta Platforms Ireland Limited/);
      const written = await vscode.commands.executeCommand<{ markdown: vscode.Uri; chart: vscode.Uri }>('rightToObject.exportFrictionMarkdown', markdown);
      assert.equal(written?.chart.toString(), chart.toString());
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(markdown));
      assert.match(text, /!\[Opt-out friction compared: one bar per company\]\(friction-export-test\.svg\)/);
      assert.match(text, /\| Meta Platforms Ireland Limited \| 5 \|/);
      assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(chart)), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    } finally {
      for (const uri of [page, markdown, chart]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('inserts the table into the Markdown document as one edit that undo takes back', async () => {
    await vscode.commands.executeCommand<Result>('rightToObject.compareFriction', await sampleUris());
    const original = '# My notes\n\nSome text';
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: original });
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(document.positionAt(original.length), document.positionAt(original.length));
    assert.equal(await vscode.commands.executeCommand('rightToObject.insertFrictionTable'), true);
    const text = document.getText();
    assert.ok(text.startsWith(`${original}\n\n| Company | Steps |`), text.slice(0, 120));
    assert.match(text, /\| Meta Platforms Ireland Limited \| 5 \| 3 \| 1 \| 1 \| 0 \| Yes \| No \| Yes \| None stated \|/);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('opens a sample from "Open Sample Walkthroughs…" as a new untitled document', async () => {
    assert.equal(await vscode.commands.executeCommand('rightToObject.openSampleWalkthroughs', 'slack-global-models.md'), 'slack-global-models.md');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.isUntitled, true);
    assert.match(editor.document.getText(), /^---\ntitle: Opt a Slack workspace out of Slack's global models/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('says so instead of inserting when no Markdown editor is open', async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand<Result>('rightToObject.compareFriction', await sampleUris());
    assert.equal(await vscode.commands.executeCommand('rightToObject.insertFrictionTable'), false);
  });
});
