import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RightToObjectApi } from '../../src/extension';
import { EXTENSION_ID, revertAndCloseAll, openDocument, waitFor } from './helpers';

// Walkthrough problems where people look (#20): in the Problems panel for walkthrough documents,
// and as a banner at the top of the preview rather than only at its bottom.

const SOURCE = 'Right to Object (walkthrough)';

/** A walkthrough whose front matter follows a blank line, so it is read as text. */
const BLANK_LINE_FIRST = `
---
title: Object to AI training
controller: Example Corp Ltd
---

## Steps

1. [link] Open the objection form.
2. [email][otp] Enter your email address and the code.
`;

const walkthroughDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);

async function api(): Promise<RightToObjectApi['walkthroughPreview']> {
  const extension = vscode.extensions.getExtension<RightToObjectApi>(EXTENSION_ID);
  assert.ok(extension);
  return (await extension.activate()).walkthroughPreview;
}

describe('Walkthrough problems in the Problems panel and at the top of the preview', () => {
  before(api);
  afterEach(async () => {
    await revertAndCloseAll();
  });

  it('reports a blank line before the front matter as an error on the "---" line', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: BLANK_LINE_FIRST });
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitFor('walkthrough diagnostics', () => {
      const found = walkthroughDiagnostics(document.uri);
      return found.length > 0 ? found : undefined;
    });
    const misplaced = diagnostics.find((d) => d.code === 'front-matter-misplaced');
    assert.ok(misplaced, `codes: ${diagnostics.map((d) => String(d.code)).join(', ')}`);
    assert.equal(misplaced.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(misplaced.range.start.line, 1);
    assert.match(misplaced.message, /blank line/);
  });

  it('reports a misspelt friction tag and a missing title, and clears them once fixed', async () => {
    const editor = await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Guide\n\n## Steps\n\n1. [link] Open the form.\n2. [emial] Give your email.\n' }),
    );
    const uri = editor.document.uri;
    const codes = () =>
      walkthroughDiagnostics(uri)
        .map((d) => String(d.code))
        .sort();
    await waitFor('the two problems', () => (codes().join() === 'missing-title,unknown-tag' ? true : undefined));
    const tag = walkthroughDiagnostics(uri).find((d) => d.code === 'unknown-tag')!;
    assert.equal(tag.range.start.line, 5);
    await editor.edit((edit) => {
      edit.insert(new vscode.Position(0, 0), '---\ntitle: Guide\n---\n');
      edit.replace(new vscode.Range(5, 3, 5, 10), '[email]');
    });
    await waitFor('no problems left', () => (codes().length === 0 ? true : undefined));
  });

  it('leaves documents that are not walkthroughs alone (an analysis has no front matter to miss)', async () => {
    const analysis = await openDocument('policy-analysis.md');
    // Opened after the analysis, so its diagnostics come after the analysis was read.
    const guide = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: BLANK_LINE_FIRST }));
    await waitFor('the walkthrough read', () => (walkthroughDiagnostics(guide.document.uri).length > 0 ? true : undefined));
    assert.deepEqual(walkthroughDiagnostics(analysis.document.uri), []);
  });

  it('leaves a document the preview merely follows alone: letters shown beside a previewed walkthrough get no walkthrough errors', async () => {
    // The whole day (#20): after previewing a sample walkthrough, the advocate goes back to their
    // letters; the preview follows that editor, and the letters got "No steps found" and "Missing
    // front matter" as errors in the Problems panel.
    const preview = await api();
    const draft = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: '# A guide in progress\n\nNo steps yet.\n' }));
    await vscode.commands.executeCommand('rightToObject.openWalkthroughPreviewToSide');
    // The document the preview was opened for is read as a walkthrough, though nothing marks it as one yet.
    await waitFor('the draft’s problems', () => (walkthroughDiagnostics(draft.document.uri).length > 0 ? true : undefined));
    const letters = await openDocument('letters/sent-letter.md');
    await waitFor('the preview following the letters', () => (preview.currentDocument()?.toString() === letters.document.uri.toString() ? true : undefined));
    // Opened after the letters, so its diagnostics come after the letters were read.
    const guide = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: BLANK_LINE_FIRST }));
    await waitFor('the walkthrough read', () => (walkthroughDiagnostics(guide.document.uri).length > 0 ? true : undefined));
    assert.deepEqual(
      walkthroughDiagnostics(letters.document.uri).map((d) => d.message),
      [],
    );
  });

  it('shows the problems as a banner at the top of the preview, before the title', async () => {
    const preview = await api();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: BLANK_LINE_FIRST }));
    await vscode.commands.executeCommand('rightToObject.openWalkthroughPreviewToSide');
    const html = await waitFor('the preview', () => (preview.currentDocument()?.toString() === editor.document.uri.toString() ? preview.currentHtml() : undefined));
    const banner = html.indexOf('<section class="rto-problems');
    assert.ok(banner >= 0, 'no problems banner');
    assert.ok(banner < html.indexOf('<header class="rto-header"'), 'the problems come after the header');
    assert.match(html, /<section class="rto-problems rto-problems-error"/);
    assert.match(html, /data-code="front-matter-misplaced" data-line="1"/);
  });
});
