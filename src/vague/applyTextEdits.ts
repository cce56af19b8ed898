// Applies offset-based edits to a document as one WorkspaceEdit (one undo step), only if the
// document is still at the version the edits were computed for; otherwise it changes nothing and
// says so.
import * as vscode from 'vscode';
import type { TextEdit } from '../core/edits/textEdit';

export async function applyTextEdits(uri: vscode.Uri, version: number, edits: readonly TextEdit[]): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.version !== version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The document changed before the fix was applied; nothing was changed. Try the fix again.'));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const change of edits) {
    edit.replace(uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText);
  }
  return vscode.workspace.applyEdit(edit);
}
