// "Replace with [justify]": the quick fix on an unknown friction tag (#15). The suggestion is
// computed again from the tag under the diagnostic (src/core/walkthrough/suggestTag.ts), so a
// diagnostic left over from an earlier version of the text offers nothing rather than a wrong
// edit. The fix is one WorkspaceEdit: one step on the editor's undo stack.
import * as vscode from 'vscode';
import { guardedAsync } from '../platform/faults';
import { WALKTHROUGH_DIAGNOSTIC_SOURCE } from './walkthroughDiagnostics';
import { walkthroughEngine } from './walkthroughEngine';

export class WalkthroughTagFixes implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    return guardedAsync('walkthrough tag fixes', [], () => this.actions(document, context));
  }

  private actions(document: vscode.TextDocument, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const unknownTags = context.diagnostics.filter((d) => d.source === WALKTHROUGH_DIAGNOSTIC_SOURCE && d.code === 'unknown-tag');
    if (unknownTags.length === 0) return [];
    const { suggestTagReplacement } = walkthroughEngine();
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of unknownTags) {
      const replacement = suggestTagReplacement(document.getText(diagnostic.range));
      if (replacement === undefined) continue;
      const action = new vscode.CodeAction(vscode.l10n.t('Replace with {0}', replacement), vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, diagnostic.range, replacement);
      actions.push(action);
    }
    return actions;
  }
}
