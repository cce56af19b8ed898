// Adds a phrase to the allow-list in the workspace folder's .right-to-object.json (creating the
// file if needed) through a WorkspaceEdit, so it can be undone like any edit.
import * as vscode from 'vscode';
import { WORKSPACE_FILE_NAME } from '../core/config/workspaceFileName';
import { lintEngine } from '../platform/lazyModules';

export async function allowPhrase(documentUri: vscode.Uri, phrase: string): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(documentUri);
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder to keep a workspace allow-list; this document is not in one.'));
    return false;
  }
  const fileUri = vscode.Uri.joinPath(folder.uri, WORKSPACE_FILE_NAME);
  let existing: string | undefined;
  try {
    existing = new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri));
  } catch {
    existing = undefined;
  }
  let updated: string;
  try {
    updated = lintEngine().addToAllowList(existing, phrase);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} could not be updated: {1}. Fix the file, then try again.', WORKSPACE_FILE_NAME, error instanceof Error ? error.message : String(error)));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  if (existing === undefined) {
    edit.createFile(fileUri, { ignoreIfExists: true });
    edit.insert(fileUri, new vscode.Position(0, 0), updated);
  } else {
    const document = await vscode.workspace.openTextDocument(fileUri);
    edit.replace(fileUri, new vscode.Range(new vscode.Position(0, 0), document.positionAt(document.getText().length)), updated);
  }
  const applied = await vscode.workspace.applyEdit(edit);
  if (applied) {
    const document = await vscode.workspace.openTextDocument(fileUri);
    await document.save();
  }
  return applied;
}
