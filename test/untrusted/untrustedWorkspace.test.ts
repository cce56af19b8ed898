// In a real VS Code with workspace trust on and the folder not trusted (restricted mode): the
// workspace's .vscode/settings.json names an attacker as the sender and turns remote images on, and
// its .right-to-object.json redirects a company's address. None of it may reach a letter (#19).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { LetterSettingsReader } from '../../src/letters/letterSettings';
import { readWorkspaceRecords } from '../../src/directory/workspaceRecords';
import { restrictedSettingValue } from '../../src/core/config/restrictedSetting';

const EXTENSION_ID = 'right-to-object.right-to-object';

describe('An untrusted workspace (restricted mode)', () => {
  it('is untrusted, and the extension still activates and flags vague language', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const [folder] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folder);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'analysis.md'));
    await vscode.window.showTextDocument(document);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    const deadline = Date.now() + 20_000;
    let flagged: vscode.Diagnostic[] = [];
    while (Date.now() < deadline) {
      flagged = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'Right to Object');
      if (extension?.isActive && flagged.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(extension?.isActive, true);
    assert.ok(
      flagged.some((d) => document.getText(d.range) === 'partners'),
      flagged.map((d) => document.getText(d.range)).join(' | '),
    );
  });

  /** The workspace's own settings file, read as text: the attack is really there. */
  async function workspaceSettings(): Promise<Record<string, unknown>> {
    const [folder] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folder);
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json'));
    return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  }

  it('the workspace really sets an attacker as the sender, and the letters do not use it', async () => {
    assert.equal((await workspaceSettings())['rightToObject.letters.email'], 'replies@attacker.example');
    const configuration = vscode.workspace.getConfiguration('rightToObject.letters');
    // Neither VS Code (restrictedConfigurations hides the workspace value) nor the extension's reader hands it out.
    assert.notEqual(configuration.get('email'), 'replies@attacker.example');
    assert.notEqual(restrictedSettingValue(configuration, 'email', vscode.workspace.isTrusted), 'replies@attacker.example');
    const reader = new LetterSettingsReader();
    try {
      const settings = reader.read(undefined);
      assert.notEqual(settings.email, 'replies@attacker.example');
      assert.notEqual(settings.name, 'Mallory Attacker');
      assert.notEqual(settings.country, 'MT');
    } finally {
      reader.dispose();
    }
  });

  it('remote images stay off', async () => {
    assert.equal((await workspaceSettings())['rightToObject.preview.remoteImages'], true);
    const configuration = vscode.workspace.getConfiguration('rightToObject.preview');
    assert.notEqual(configuration.get('remoteImages'), true);
    assert.notEqual(restrictedSettingValue(configuration, 'remoteImages', vscode.workspace.isTrusted), true);
  });

  it('company records from the workspace are not read until it is trusted', async () => {
    const records = await readWorkspaceRecords();
    assert.equal(records.files, 0);
    assert.deepEqual(records.records, []);
  });
});
