import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, openDocument, waitFor, waitForDiagnostics } from './helpers';

interface Api {
  testing: { faults: { arm(feature: string): void }; recentErrors(): readonly string[] };
}

async function api(): Promise<Api> {
  return (await vscode.extensions.getExtension(EXTENSION_ID)!.activate()) as Api;
}

const hoverText = (hovers: vscode.Hover[]) => hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))).join('\n');

describe('Faults stay contained', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  it('a failing hover is logged, shows nothing, and the next hover and the quick fixes still work', async () => {
    const { testing } = await api();
    const editor = await openDocument('policy-analysis.md');
    const [finding] = await waitForDiagnostics(editor.document.uri, (all) => all.length > 0);
    testing.faults.arm('hover');
    const failed = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, finding!.range.start);
    assert.doesNotMatch(hoverText(failed), /Ask the company/);
    assert.ok(testing.recentErrors().some((line) => line.includes('hover failed: injected fault')));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, finding!.range);
    assert.ok(actions.some((action) => action.title.startsWith('Insert the question')));
    const working = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, finding!.range.start);
    assert.match(hoverText(working), /Ask the company/);
  });

  it('a failing lint run is logged and the next edit is linted again', async () => {
    const { testing } = await api();
    const editor = await openDocument('policy-analysis.md');
    await waitForDiagnostics(editor.document.uri, (all) => all.length > 0);
    testing.faults.arm('diagnostics');
    await editor.edit((edit) => edit.insert(new vscode.Position(6, 0), 'First edit: we share it with affiliates. '));
    await waitFor('the failed lint run to be logged', () => testing.recentErrors().some((line) => line.includes('injected fault in diagnostics')), 10_000);
    await editor.edit((edit) => edit.insert(new vscode.Position(6, 0), 'Second edit: we share it with service providers. '));
    await waitForDiagnostics(editor.document.uri, (all) => all.some((d) => editor.document.getText(d.range) === 'service providers'));
  });

  it('a failing command reports one readable line instead of throwing', async () => {
    const { testing } = await api();
    testing.faults.arm('rightToObject.lintWorkspace');
    const result = await vscode.commands.executeCommand('rightToObject.lintWorkspace');
    assert.equal(result, undefined);
    assert.ok(testing.recentErrors().some((line) => line.includes('Command rightToObject.lintWorkspace failed: injected fault')));
    const summary = await vscode.commands.executeCommand<{ files: number }>('rightToObject.lintWorkspace');
    assert.ok(summary.files > 0, 'the command works again afterwards');
  });
});
