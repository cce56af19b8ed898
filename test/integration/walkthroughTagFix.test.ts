import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RightToObjectApi } from '../../src/extension';
import { EXTENSION_ID, revertAndCloseAll, waitFor } from './helpers';

// Friendlier friction tags (#15 item 5): a misspelt tag gets "Did you mean [justify]?" in its
// diagnostic and a quick fix that replaces the tag through the editor, so one undo restores it.

const SOURCE = 'Right to Object (walkthrough)';

const GUIDE = `---
title: Object to AI training
---

## Steps

1. [link] Open the objection form.
2. [email][explian] Give your email address and say why.
3. [Wiat:30d] Wait for the answer.
4. [sparkle] Nothing is near this one.
`;

const tagDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && d.code === 'unknown-tag');

/**
 * The quick fixes VS Code offers for a range. Under load the first request can come back cancelled
 * or empty while the workbench is still starting Markdown's own providers, so it is asked again
 * until `accept` holds for the answer (or waitFor times out).
 */
async function quickFixes(uri: vscode.Uri, range: vscode.Range, accept: (actions: vscode.CodeAction[]) => boolean): Promise<vscode.CodeAction[]> {
  return waitFor('the quick fixes', async () => {
    try {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
      return accept(actions) ? actions : undefined;
    } catch (error) {
      if (error instanceof Error && error.message === 'Canceled') return undefined;
      throw error;
    }
  });
}

/** Opens the guide in an untitled editor once its three unknown tags are reported. */
async function openGuide(): Promise<{ document: vscode.TextDocument; diagnostics: vscode.Diagnostic[] }> {
  const { document } = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: GUIDE }));
  const diagnostics = await waitFor('three unknown-tag diagnostics', () => {
    const found = tagDiagnostics(document.uri);
    return found.length === 3 ? found : undefined;
  });
  return { document, diagnostics };
}

const replaceFixes = (actions: vscode.CodeAction[]) => actions.filter((action) => action.title.startsWith('Replace with'));

describe('Walkthrough tags: "did you mean" quick fix', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension<RightToObjectApi>(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
  });
  afterEach(async () => {
    await revertAndCloseAll();
  });

  it('names the nearest tag, replaces it through the editor, and one undo restores the text', async () => {
    const { document, diagnostics } = await openGuide();
    const explian = diagnostics.find((d) => document.getText(d.range) === '[explian]');
    assert.ok(explian, `ranges: ${diagnostics.map((d) => document.getText(d.range)).join(', ')}`);
    assert.match(explian.message, /Did you mean \[justify\]\? Known tags: find, link, account/);

    const fixes = replaceFixes(await quickFixes(document.uri, explian.range, (actions) => replaceFixes(actions).length > 0));
    assert.deepEqual(
      fixes.map((f) => f.title),
      ['Replace with [justify]'],
    );
    const fix = fixes[0]!;
    assert.equal(fix.isPreferred, true);
    assert.ok(fix.edit, 'the fix is an edit, applied by the editor');

    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const fixed = GUIDE.replace('[explian]', '[justify]');
    assert.equal(document.getText(), fixed);
    // The diagnostic goes once the tag is known.
    await waitFor('two unknown tags left', () => (tagDiagnostics(document.uri).length === 2 ? true : undefined));

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await waitFor('the undo', () => (document.getText() === GUIDE ? true : undefined));
    await waitFor('the warning back after the undo', () => (tagDiagnostics(document.uri).length === 3 ? true : undefined));
  });

  it('keeps a parameter the tag takes, and offers nothing when no tag is near', async () => {
    const { document, diagnostics } = await openGuide();
    const wait = diagnostics.find((d) => document.getText(d.range) === '[Wiat:30d]')!;
    const waitFixes = replaceFixes(await quickFixes(document.uri, wait.range, (actions) => replaceFixes(actions).length > 0));
    assert.deepEqual(
      waitFixes.map((a) => a.title),
      ['Replace with [wait:30d]'],
    );
    assert.ok(await vscode.workspace.applyEdit(waitFixes[0]!.edit!));
    assert.equal(document.lineAt(8).text, '3. [wait:30d] Wait for the answer.');

    const sparkle = diagnostics.find((d) => document.getText(d.range) === '[sparkle]')!;
    assert.doesNotMatch(sparkle.message, /Did you mean/);
    // The providers answer (the [wait] fix above came back); for [sparkle] they offer no replacement.
    assert.deepEqual(replaceFixes(await quickFixes(document.uri, sparkle.range, () => true)), []);
  });
});
