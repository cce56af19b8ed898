// The document a Get Started button acts on. The Get Started page is an editor of its own, so no
// text editor is active when a button runs: the last active Markdown editor is brought back (in the
// group that shows it, else beside the page, which stays visible), or a new untitled Markdown
// document is opened beside it when there was none. The buttons do not use "command:toSide:": that
// makes an empty side group first, and VS Code does not say which group is active afterwards (#20:
// the letter went behind the page and the side group stayed empty).
import * as vscode from 'vscode';

export class MarkdownTarget implements vscode.Disposable {
  private last: vscode.TextDocument | undefined;
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.remember(vscode.window.activeTextEditor);
    this.subscription = vscode.window.onDidChangeActiveTextEditor((editor) => this.remember(editor));
  }

  /** Shows the editor to act on and makes it the active one. */
  async show(): Promise<vscode.TextEditor> {
    const active = vscode.window.activeTextEditor;
    if (active && isMarkdown(active.document)) return active;
    const document = this.last && !this.last.isClosed ? this.last : await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === document.uri.toString());
    return vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.Beside, preserveFocus: false, preview: false });
  }

  dispose(): void {
    this.subscription.dispose();
  }

  private remember(editor: vscode.TextEditor | undefined): void {
    if (editor && isMarkdown(editor.document)) this.last = editor.document;
  }
}

function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && !document.isClosed;
}
