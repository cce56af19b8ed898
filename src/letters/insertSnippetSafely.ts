// Inserts a letter as one snippet edit (one undo step), touching nothing outside the target: the
// selection, or the end of the document. The pickers take time, so the target editor is checked
// again before inserting: another document means nothing is inserted.
import * as vscode from 'vscode';
import { targetEditor } from '../platform/targetEditor';
import { log } from '../platform/log';

export interface InsertTarget {
  document: vscode.TextDocument;
  version: number;
}

export function captureTarget(editor: vscode.TextEditor): InsertTarget {
  return { document: editor.document, version: editor.document.version };
}

export type InsertPlace = 'selection' | 'end';

/** True when the snippet was inserted. */
export async function insertSnippetSafely(target: InsertTarget, body: string, place: InsertPlace): Promise<boolean> {
  const editor = targetEditor();
  if (!editor || editor.document.uri.toString() !== target.document.uri.toString()) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The editor changed while you were choosing, so nothing was inserted. Run the command again in the document you want the letter in.'));
    return false;
  }
  if (editor.document.version !== target.version) {
    log().info(`${editor.document.uri.toString(true)} changed while the pickers were open; inserting at the current ${place === 'end' ? 'end' : 'selection'}.`);
  }
  const document = editor.document;
  const range = place === 'end' ? endRange(document) : editor.selection;
  const snippet = new vscode.SnippetString(separatorBefore(document, range.start) + fitEnd(document, range.end, body));
  const inserted = await editor.insertSnippet(snippet, range, { undoStopBefore: true, undoStopAfter: true, keepWhitespace: true });
  if (!inserted) void vscode.window.showWarningMessage(vscode.l10n.t('The letter could not be inserted (is the document read-only?).'));
  return inserted;
}

function endRange(document: vscode.TextDocument): vscode.Range {
  const end = document.lineAt(document.lineCount - 1).range.end;
  return new vscode.Range(end, end);
}

/** Line breaks so the letter starts a new paragraph: none at the start of an empty line. */
function separatorBefore(document: vscode.TextDocument, start: vscode.Position): string {
  const before = document.lineAt(start.line).text.slice(0, start.character);
  if (before.trim() !== '') return '\n\n';
  const previous = start.line > 0 ? document.lineAt(start.line - 1).text : '';
  return start.character === 0 && previous.trim() !== '' ? '\n' : '';
}

/**
 * The body ends with a line break and the final tab stop ("\n$0"). Text after the insertion on the
 * same line gets a blank line before it; an empty rest of a line that has a line break already
 * supplies the break, so the body's own is dropped rather than leave an extra blank line.
 */
function fitEnd(document: vscode.TextDocument, end: vscode.Position, body: string): string {
  if (document.lineAt(end.line).text.slice(end.character).trim() !== '') return `${body}\n`;
  return end.line < document.lineCount - 1 ? body.replace(/\n\$0$/, '$0') : body;
}
