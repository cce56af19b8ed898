// Wires the objection letters into VS Code: the insert and follow-up commands, the unfilled-
// placeholder diagnostics and their quick fix. Everything registered goes into context.subscriptions.
// Activation stays cheap: the letter catalogue is loaded when a command first runs.
import * as vscode from 'vscode';
import { COMMANDS, LINTED_SELECTOR } from '../constants';
import { log } from '../log';
import { insertFollowUp } from './insertFollowUp';
import { insertObjectionLetter } from './insertObjectionLetter';
import { LetterSettingsReader } from './letterSettings';
import { PickMemory } from './pickMemory';
import { SelectPlaceholderQuickFix, selectPlaceholder } from './selectPlaceholder';
import { UnfilledPlaceholderDiagnostics } from './unfilledPlaceholderDiagnostics';

export function registerLetters(context: vscode.ExtensionContext): void {
  const settings = new LetterSettingsReader();
  const memory = new PickMemory(context.globalState);
  context.subscriptions.push(
    settings,
    new UnfilledPlaceholderDiagnostics(),
    vscode.languages.registerCodeActionsProvider(LINTED_SELECTOR, new SelectPlaceholderQuickFix(), {
      providedCodeActionKinds: SelectPlaceholderQuickFix.providedCodeActionKinds,
    }),
    vscode.commands.registerCommand(
      COMMANDS.insertObjectionLetter,
      guard(vscode.l10n.t('Insert Objection Letter'), (argument?: unknown) => insertObjectionLetter(argument, memory, settings)),
    ),
    vscode.commands.registerCommand(
      COMMANDS.insertFollowUp,
      guard(vscode.l10n.t('Insert Follow-up'), (argument?: unknown) => insertFollowUp(argument, settings)),
    ),
    vscode.commands.registerCommand(COMMANDS.selectPlaceholder, selectPlaceholder),
  );
}

/** Command handlers log their failures and show a short message, never a stack trace. */
function guard<A extends unknown[], R>(title: string, handler: (...args: A) => Promise<R>): (...args: A) => Promise<R | undefined> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      log().error(`${title} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} failed. See the "Right to Object" output for details.', title));
      return undefined;
    }
  };
}
