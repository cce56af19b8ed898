// Shows a place in a document: in the editor that already shows it, else in another group than the
// preview's, so the preview stays in view.
import * as vscode from 'vscode';

export async function revealInEditor(uri: vscode.Uri, line: number, character: number, previewColumn: vscode.ViewColumn | undefined): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const position = document.validatePosition(new vscode.Position(line, character));
  const range = new vscode.Range(position, position);
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
  const viewColumn = visible?.viewColumn ?? (previewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
  const editor = await vscode.window.showTextDocument(document, { viewColumn, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
