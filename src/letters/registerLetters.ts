// Wires the objection letters into VS Code: the insert and follow-up commands, the unfilled-
// placeholder diagnostics and their quick fix. Everything registered goes into context.subscriptions.
// Activation stays cheap: the letter catalogue is loaded when a command first runs.
import * as vscode from 'vscode';
import { COMMANDS, LINTED_SELECTOR } from '../platform/constants';
import { registerSafeCommand } from '../platform/faults';
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
    registerSafeCommand(COMMANDS.insertObjectionLetter, (argument?: unknown) => insertObjectionLetter(argument, memory, settings)),
    registerSafeCommand(COMMANDS.insertFollowUp, (argument?: unknown) => insertFollowUp(argument, settings)),
    vscode.commands.registerCommand(COMMANDS.selectPlaceholder, selectPlaceholder),
  );
}
