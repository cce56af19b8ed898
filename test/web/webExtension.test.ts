// The extension in the web-worker extension host: no Node.js, files through vscode.workspace.fs.
import * as assert from './assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'right-to-object.right-to-object';

function folder(): vscode.Uri {
  const first = vscode.workspace.workspaceFolders?.[0];
  if (!first) throw new Error('The web tests need the fixture folder mounted');
  return first.uri;
}

async function diagnosticsOf(uri: vscode.Uri, accept: (all: readonly vscode.Diagnostic[]) => boolean): Promise<readonly vscode.Diagnostic[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ours = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Right to Object');
    if (accept(ours)) return ours;
    if (Date.now() > deadline) throw new Error(`no matching diagnostics on ${uri.toString()}; have ${ours.length}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('Web extension host', () => {
  it('runs in the web worker, not in Node', () => {
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    assert.equal(typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node, 'undefined');
  });

  it('activates on a Markdown file and flags vague language read through vscode.workspace.fs', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'policy-analysis.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'extension not found');
    const found = await diagnosticsOf(uri, (all) => all.some((d) => document.getText(d.range).toLowerCase() === 'legitimate interests'));
    assert.ok(extension.isActive);
    const hit = found.find((d) => document.getText(d.range).toLowerCase() === 'legitimate interests')!;
    assert.equal(hit.severity, vscode.DiagnosticSeverity.Information);
  });

  it('registers every contributed command', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    await extension.activate();
    const contributed = (extension.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(
      contributed.filter((id) => !registered.has(id)),
      [],
    );
  });

  it('checks the workspace through the virtual file system', async () => {
    const summary = await vscode.commands.executeCommand<{ files: number; findings: number }>('rightToObject.lintWorkspace');
    assert.ok(summary.files >= 2, `files ${summary.files}`);
    assert.ok(summary.findings >= 2, `findings ${summary.findings}`);
  });
});
