// The editor a command acts on. Commands started from somewhere that is not a text editor (the
// Get Started page, the walkthrough preview, a palette opened over a webview) find no active text
// editor; they then act on the most recently active editor that is still visible, or on the only
// visible editor of the right language, rather than asking the user to "open a document first".
import * as vscode from 'vscode';

let lastActive: vscode.TextEditor | undefined;

/** Remembers the last active text editor; register once at activation. */
export function trackActiveEditor(): vscode.Disposable {
  lastActive = vscode.window.activeTextEditor;
  return vscode.window.onDidChangeActiveTextEditor((editor) => {
    if (editor) lastActive = editor;
  });
}

export function targetEditor(languages?: readonly string[]): vscode.TextEditor | undefined {
  const fits = (editor: vscode.TextEditor) => !editor.document.isClosed && (!languages || languages.includes(editor.document.languageId));
  const active = vscode.window.activeTextEditor;
  if (active) return fits(active) ? active : undefined;
  const visible = vscode.window.visibleTextEditors.filter(fits);
  const remembered = lastActive && visible.find((editor) => editor.document.uri.toString() === lastActive!.document.uri.toString());
  if (remembered) return remembered;
  return visible.length === 1 ? visible[0] : undefined;
}
