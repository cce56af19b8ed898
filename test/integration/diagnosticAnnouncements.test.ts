// Each edit writes the document's diagnostics once. VS Code announces every `set` or `delete` of a
// collection (onDidChangeDiagnostics, and a message to the window), even one that changes nothing;
// the letters, controller and walkthrough checks re-run on every typing pause, and before they
// compared what they found with what was shown, each edit of a policy caused writes that changed
// nothing after the real one (the Problems panel and other extensions redid their work).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RightToObjectApi } from '../../src/extension';
import { EXTENSION_ID, closeAllEditors, openDocument, sleep, waitForDiagnostics } from './helpers';

async function testingApi(): Promise<RightToObjectApi['testing']> {
  return ((await vscode.extensions.getExtension(EXTENSION_ID)!.activate()) as RightToObjectApi).testing;
}

/** Resolves once no diagnostics event for `uri` has come for `quietMs`. */
async function quiet(uri: vscode.Uri, quietMs: number): Promise<void> {
  let last = Date.now();
  const listener = vscode.languages.onDidChangeDiagnostics((event) => {
    if (event.uris.some((changed) => changed.toString() === uri.toString())) last = Date.now();
  });
  try {
    while (Date.now() - last < quietMs) await sleep(100);
  } finally {
    listener.dispose();
  }
}

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Right to Object');

describe('Diagnostics writes', () => {
  // The analyst's own prose is checked too, so the sentence typed below adds a finding.
  beforeEach(async () => {
    await vscode.workspace.getConfiguration('rightToObject').update('diagnostics.scope', 'prose', vscode.ConfigurationTarget.Workspace);
  });
  afterEach(async () => {
    await vscode.workspace.getConfiguration('rightToObject').update('diagnostics.scope', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  it('an edit that adds a finding writes the diagnostics once; the checks that found nothing new write nothing', async () => {
    const testing = await testingApi();
    const editor = await openDocument('policy-analysis.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (all) => all.some((d) => d.source === 'Right to Object'));
    // Every check (letters 250 ms, controller and walkthrough 400 ms after a pause) has run once.
    await quiet(uri, 1500);
    const before = ours(uri).length;
    const writesBefore = testing.diagnosticWrites(uri);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(await editor.edit((edit) => edit.insert(end, '\n\nWe may share your data with our partners.\n')));
    await waitForDiagnostics(uri, () => ours(uri).length > before);
    // Past every typing delay, with room for a slow machine.
    await sleep(2000);
    assert.equal(testing.diagnosticWrites(uri) - writesBefore, 1, 'writes of the diagnostics after one edit');
  });

  it('an edit that changes no finding writes nothing', async () => {
    const testing = await testingApi();
    const editor = await openDocument('policy-analysis.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (all) => all.some((d) => d.source === 'Right to Object'));
    await quiet(uri, 1500);
    const writesBefore = testing.diagnosticWrites(uri);
    // A word typed at the end of the document moves no finding.
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(await editor.edit((edit) => edit.insert(end, ' Noted.')));
    await sleep(2000);
    assert.equal(testing.diagnosticWrites(uri) - writesBefore, 0, 'writes of unchanged diagnostics');
  });
});
