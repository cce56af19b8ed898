// Wires the opt-out walkthrough preview into VS Code: its commands, the serializer that restores
// previews after a reload, walkthrough problems in the Problems panel with the quick fix for a
// misspelt friction tag, and the API the tests use.
// Everything registered goes into context.subscriptions.
import * as vscode from 'vscode';
import { registerSafeCommand } from '../platform/faults';
import { targetEditor } from '../platform/targetEditor';
import { COMMANDS, WALKTHROUGH_PREVIEW_VIEW_TYPE } from '../platform/constants';
import { exportWalkthroughHtml } from './exportWalkthrough';
import { openSampleWalkthrough } from './openSampleWalkthrough';
import { ProgressStore } from './progressStore';
import type { WalkthroughPreviewApi } from './walkthroughPreviewApi';
import { WalkthroughPreviewManager } from './walkthroughPreviewManager';
import { WalkthroughDiagnostics } from './walkthroughDiagnostics';
import { WalkthroughTagFixes } from './walkthroughTagFixes';

export type { WalkthroughPreviewApi } from './walkthroughPreviewApi';

export function registerWalkthroughPreview(context: vscode.ExtensionContext): WalkthroughPreviewApi {
  const progress = new ProgressStore(context.workspaceState);
  const manager = new WalkthroughPreviewManager(context.extensionUri, progress);

  const problems = new WalkthroughDiagnostics((uri) => manager.isPreviewed(uri));

  const openPreview = (toSide: boolean) => async (resource?: unknown) => {
    const document = await documentFor(resource, manager);
    if (!document) return false;
    manager.open(document, toSide);
    problems.refresh(document);
    return true;
  };

  context.subscriptions.push(
    manager,
    problems,
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new WalkthroughTagFixes(), {
      providedCodeActionKinds: WalkthroughTagFixes.providedCodeActionKinds,
    }),
    vscode.window.registerWebviewPanelSerializer(WALKTHROUGH_PREVIEW_VIEW_TYPE, manager),
    registerSafeCommand(COMMANDS.openWalkthroughPreview, openPreview(false)),
    registerSafeCommand(COMMANDS.openWalkthroughPreviewToSide, openPreview(true)),
    registerSafeCommand(COMMANDS.exportWalkthroughHtml, async (resource?: unknown, target?: unknown) => {
      const document = await documentFor(resource, manager);
      return document ? exportWalkthroughHtml(document, target instanceof vscode.Uri ? target : undefined) : undefined;
    }),
    registerSafeCommand(COMMANDS.openSampleWalkthrough, () => openSampleWalkthrough(context.extensionUri)),
  );

  return {
    currentHtml: () => manager.activePanel?.latest?.html,
    currentVersion: () => manager.activePanel?.latest?.version,
    currentPage: () => manager.activePanel?.panel.webview.html,
    currentDocument: () => manager.activePanel?.documentUri,
    lastShown: () => manager.activePanel?.lastShown,
    progressFor: (uri) => progress.done(uri),
    receiveMessage: async (message) => {
      await manager.activePanel?.receive(message);
    },
    serializer: manager,
  };
}

/**
 * The document a command acts on: the resource it was invoked on (editor title, explorer), else
 * the active Markdown editor, else the document the preview shows.
 */
async function documentFor(resource: unknown, manager: WalkthroughPreviewManager): Promise<vscode.TextDocument | undefined> {
  if (resource instanceof vscode.Uri) return vscode.workspace.openTextDocument(resource);
  const editor = targetEditor(['markdown']);
  if (editor) return editor.document;
  const previewed = manager.activePanel?.documentUri;
  if (previewed) return vscode.workspace.openTextDocument(previewed);
  void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown walkthrough first, then run this command.'));
  return undefined;
}
