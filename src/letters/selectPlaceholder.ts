// Quick fix on an unfilled placeholder: select it, so typing replaces the whole [[field: label]]
// marker. Selecting changes no text, so there is nothing to undo and nothing stale to apply.
import * as vscode from 'vscode';
import { COMMANDS, DIAGNOSTIC_SOURCE } from '../platform/constants';
import { UNFILLED_PLACEHOLDER_CODE } from './unfilledPlaceholderDiagnostics';

const MARKER = /^\[\[[a-z][A-Za-z0-9]*: [^[\]\r\n]+\]\]$/;

export class SelectPlaceholderQuickFix implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    return context.diagnostics
      .filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === UNFILLED_PLACEHOLDER_CODE)
      .map((diagnostic) => {
        const title = vscode.l10n.t('Select the placeholder to type over it');
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        action.command = { command: COMMANDS.selectPlaceholder, title, arguments: [document.uri, diagnostic.range] };
        return action;
      });
  }
}

/** The command behind the quick fix; does nothing when the marker is no longer at `range`. */
export function selectPlaceholder(uri: unknown, range: unknown): boolean {
  if (!(uri instanceof vscode.Uri) || !(range instanceof vscode.Range)) return false;
  const shows = (e: vscode.TextEditor) => e.document.uri.toString() === uri.toString();
  const active = vscode.window.activeTextEditor;
  const editor = active && shows(active) ? active : vscode.window.visibleTextEditors.find(shows);
  if (!editor || !MARKER.test(editor.document.getText(range))) return false;
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}
