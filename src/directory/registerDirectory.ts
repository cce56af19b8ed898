// Wires the company directory into VS Code: the hover and the unknown-controller diagnostic on a
// Markdown document's `controller:` line, its quick fix, and the command behind it. The letter
// commands (src/letters) address letters through the same service. Activation only registers
// these: the directory is loaded when a document names a controller or a letter command needs it.
import * as vscode from 'vscode';
import { COMMANDS } from '../platform/constants';
import { registerSafeCommand } from '../platform/faults';
import { ControllerDiagnostics, ControllerQuickFixes, chooseControllerFromDirectory } from './controllerDiagnostics';
import { ControllerHover } from './controllerHover';
import { directoryService, disposeDirectoryService } from './directoryService';

const MARKDOWN = { language: 'markdown' };

export function registerDirectory(context: vscode.ExtensionContext): void {
  const service = directoryService();
  context.subscriptions.push(
    { dispose: disposeDirectoryService },
    new ControllerDiagnostics(service),
    vscode.languages.registerHoverProvider(MARKDOWN, new ControllerHover(service)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new ControllerQuickFixes(), {
      providedCodeActionKinds: ControllerQuickFixes.providedCodeActionKinds,
    }),
    registerSafeCommand(COMMANDS.chooseControllerFromDirectory, (uri?: unknown, version?: unknown) => chooseControllerFromDirectory(service, uri, version)),
  );
}
