// Entry point for both extension hosts (Node and web worker). Activation only wires things up:
// the catalogue is compiled on the first lint, and nothing runs per keystroke but a timer reset.
import * as vscode from 'vscode';
import { COMMANDS, LINTED_LANGUAGES, LINTED_SELECTOR } from './constants';
import { ConfigService } from './config/configService';
import { VagueLanguageDiagnostics, type LintTimings } from './diagnostics/vagueLanguageDiagnostics';
import { VagueLanguageHover } from './hover/vagueLanguageHover';
import { VagueLanguageQuickFixes } from './codeActions/vagueLanguageQuickFixes';
import { FindingsStatusBar } from './statusBar/findingsStatusBar';
import { applyTextEdits } from './commands/applyTextEdits';
import { allowPhrase } from './commands/allowPhrase';
import { lintWorkspace, type WorkspaceLintSummary } from './commands/lintWorkspace';
import { disposeLog, recentLoggedErrors } from './log';
import { faults, registerSafeCommand, type FaultInjection } from './faults';
import type { TextEdit } from './core/edits/textEdit';
import { registerWalkthroughPreview, type WalkthroughPreviewApi } from './preview/registerWalkthroughPreview';
import { registerLetters } from './letters/registerLetters';
import { registerDirectory } from './directory/registerDirectory';
import { registerFriction } from './friction/registerFriction';
import { targetEditor, trackActiveEditor } from './editors/targetEditor';

export interface RightToObjectApi {
  /** For tests and other extensions: lint a document immediately. */
  lintNow(document: vscode.TextDocument): Promise<readonly vscode.Diagnostic[]>;
  /** The opt-out walkthrough preview (for tests). */
  walkthroughPreview: WalkthroughPreviewApi;
  /** How long the linter blocked the extension host at most, in one synchronous step. */
  readonly lintTimings: LintTimings;
  /** Tests only: make a feature fail once, and read what was logged. */
  readonly testing: { faults: FaultInjection; recentErrors(): readonly string[] };
}

export function activate(context: vscode.ExtensionContext): RightToObjectApi {
  const config = new ConfigService();
  const diagnostics = new VagueLanguageDiagnostics(config);
  context.subscriptions.push(
    { dispose: disposeLog },
    trackActiveEditor(),
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
  const walkthroughPreview = registerWalkthroughPreview(context);
  registerLetters(context);
  registerDirectory(context);
  registerFriction(context);
  return { lintNow: (document) => diagnostics.lintNow(document), walkthroughPreview, lintTimings: diagnostics.timings, testing: { faults, recentErrors: recentLoggedErrors } };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
