// "Insert the table into the document": the comparison's Markdown table at the cursor of the
// Markdown editor the user worked in last, as one edit on the editor's undo stack.
import * as vscode from 'vscode';
import type { FrictionRow, SortSpec } from '../core/friction';
import { targetEditor } from '../platform/targetEditor';
import { frictionEngine } from './frictionEngine';

export async function insertComparisonTable(rows: readonly FrictionRow[], spec: SortSpec | undefined): Promise<boolean> {
  const editor = targetEditor(['markdown']);
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown document to insert the friction table into, then run this command again.'));
    return false;
  }
  const { renderFrictionMarkdown, orderNote } = frictionEngine();
  const table = renderFrictionMarkdown(rows, { orderNote: orderNote(spec) });
  const position = editor.selection.active;
  // A table needs a blank line before it unless it starts the document or a blank line.
  const before = editor.document.lineAt(position.line).text.slice(0, position.character);
  const previousLine = position.line > 0 ? editor.document.lineAt(position.line - 1).text : '';
  const lead = before.trim() !== '' ? '\n\n' : previousLine.trim() !== '' ? '\n' : '';
  const done = await editor.edit((builder) => builder.replace(editor.selection, `${lead}${table}`));
  if (done) await vscode.window.showTextDocument(editor.document, editor.viewColumn);
  return done;
}
