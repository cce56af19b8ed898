import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, openDocument, waitFor, waitForDiagnostics, workspaceFile } from './helpers';

describe('Foundation: the extension in a real VS Code', () => {
  afterEach(closeAllEditors);

  it('activates when a Markdown file is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this host`);
    await openDocument('policy-analysis.md');
    await waitFor('activation after opening a Markdown file', () => extension.isActive, 10_000);
  });

  it('flags "legitimate interests" with the right range and severity', async () => {
    const editor = await openDocument('policy-analysis.md');
    const text = editor.document.getText();
    const expectedStart = text.indexOf('legitimate interests');
    assert.ok(expectedStart >= 0, 'fixture lost its phrase');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (all) => all.some((d) => editor.document.getText(d.range).toLowerCase() === 'legitimate interests'));
    const finding = diagnostics.find((d) => editor.document.getText(d.range).toLowerCase() === 'legitimate interests');
    assert.ok(finding);
    assert.deepEqual(finding.range, new vscode.Range(editor.document.positionAt(expectedStart), editor.document.positionAt(expectedStart + 'legitimate interests'.length)));
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(finding.source, 'Right to Object');
    assert.match(String(finding.code), /legitimate-interest/);
  });

  it('flags the phrase in plain-text documents too, across a line break', async () => {
    const editor = await openDocument('notes.txt');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (all) => all.length > 0);
    const texts = diagnostics.map((d) => editor.document.getText(d.range).replace(/\s+/g, ' ').toLowerCase());
    assert.ok(texts.includes('legitimate interests'), `got: ${texts.join(' | ')}`);
  });

  it('does nothing for documents of other languages', async () => {
    // Any diagnostic of ours ever published for the JSON file, not only the last state.
    const published: string[] = [];
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      for (const uri of event.uris.filter((changed) => changed.toString() === workspaceFile('data.json').toString())) {
        published.push(
          ...vscode.languages
            .getDiagnostics(uri)
            .filter((d) => d.source === 'Right to Object')
            .map((d) => d.message),
        );
      }
    });
    try {
      // The file says "legitimate interests": linted, it would be flagged.
      const editor = await openDocument('data.json');
      assert.equal(editor.document.languageId, 'json');
      // A barrier instead of a sleep: a new Markdown document opened afterwards is scheduled after
      // the JSON file would have been, through the same queue, so once its findings are published
      // the JSON file's would have been too.
      const later = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'We rely on our legitimate interests.\n' });
      await waitForDiagnostics(later.uri, (all) => all.length > 0);
      assert.deepEqual(published, []);
      const ours = vscode.languages.getDiagnostics(workspaceFile('data.json')).filter((d) => d.source === 'Right to Object');
      assert.deepEqual(ours, []);
    } finally {
      listener.dispose();
    }
  });

  it('clears its diagnostics when a document stops being Markdown (close + reopen as JSON)', async () => {
    const editor = await openDocument('policy-analysis.md');
    await waitForDiagnostics(editor.document.uri, (all) => all.length > 0);
    // Changing the language closes the document and reopens it under the new language.
    const asJson = await vscode.languages.setTextDocumentLanguage(editor.document, 'json');
    await waitForDiagnostics(asJson.uri, (all) => all.length === 0);
    await vscode.languages.setTextDocumentLanguage(asJson, 'markdown');
  });

  it('registers every command the manifest contributes', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
    const contributed: string[] = (extension.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    assert.ok(contributed.length > 0);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(
      contributed.filter((id) => !registered.has(id)),
      [],
    );
  });
});
