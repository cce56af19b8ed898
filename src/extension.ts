// Entry point for both extension hosts (Node and web worker). Activation only wires things up;
// the catalogue is compiled on the first lint, not here.
import * as vscode from 'vscode';
import { COMMANDS } from './constants';
import { VagueLanguageDiagnostics } from './diagnostics/vagueLanguageDiagnostics';

export interface RightToObjectApi {
  /** For tests and other extensions: lint a document immediately. */
  lintNow(document: vscode.TextDocument): readonly vscode.Diagnostic[];
}

export function activate(context: vscode.ExtensionContext): RightToObjectApi {
  const diagnostics = new VagueLanguageDiagnostics();
  context.subscriptions.push(
    diagnostics,
    vscode.commands.registerCommand(COMMANDS.lintActiveDocument, () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown or plain-text document to check it for vague language.'));
        return;
      }
      const found = diagnostics.lintNow(editor.document).length;
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Right to Object: {0} vague phrase(s) found.', found), 5000);
    }),
  );
  return { lintNow: (document) => diagnostics.lintNow(document) };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
