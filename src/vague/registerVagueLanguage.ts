// Wires the vague-language feature into VS Code: diagnostics, hover, quick fixes, the status bar and
// the commands. Everything registered goes into context.subscriptions. Activation stays cheap: the
// rule catalogue is compiled on the first lint.
import * as vscode from 'vscode';
import { COMMANDS, LINTED_LANGUAGES, LINTED_SELECTOR } from '../platform/constants';
import { registerSafeCommand } from '../platform/faults';
import { targetEditor } from '../platform/targetEditor';
import type { TextEdit } from '../core/edits/textEdit';
import { ConfigService } from './configService';
import { VagueLanguageDiagnostics } from './vagueLanguageDiagnostics';
import { VagueLanguageHover } from './vagueLanguageHover';
import { VagueLanguageQuickFixes } from './vagueLanguageQuickFixes';
import { FindingsStatusBar } from './findingsStatusBar';
import { applyTextEdits } from './applyTextEdits';
import { allowPhrase } from './allowPhrase';
import { lintWorkspace, type WorkspaceLintSummary } from './lintWorkspace';

export function registerVagueLanguage(context: vscode.ExtensionContext): VagueLanguageDiagnostics {
  const config = new ConfigService();
  const diagnostics = new VagueLanguageDiagnostics(config);
  context.subscriptions.push(
    config,
    diagnostics,
    new FindingsStatusBar(diagnostics),
    vscode.languages.registerHoverProvider(LINTED_SELECTOR, new VagueLanguageHover(diagnostics, config)),
    vscode.languages.registerCodeActionsProvider(LINTED_SELECTOR, new VagueLanguageQuickFixes(diagnostics, config), {
      providedCodeActionKinds: VagueLanguageQuickFixes.providedCodeActionKinds,
    }),
    registerSafeCommand(COMMANDS.lintActiveDocument, async () => {
      const editor = targetEditor(LINTED_LANGUAGES);
      if (!editor) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown or plain-text document to check it for vague language.'));
        return;
      }
      const found = (await diagnostics.lintNow(editor.document)).length;
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Right to Object: {0} vague phrase(s) found.', found), 5000);
    }),
    registerSafeCommand(COMMANDS.lintWorkspace, (): Promise<WorkspaceLintSummary> => lintWorkspace(diagnostics, config)),
    registerSafeCommand(COMMANDS.applyTextEdits, (uri: vscode.Uri, version: number, edits: TextEdit[]) => applyTextEdits(uri, version, edits)),
    registerSafeCommand(COMMANDS.allowPhrase, (uri: vscode.Uri, phrase: string) => allowPhrase(uri, phrase)),
  );
  return diagnostics;
}
