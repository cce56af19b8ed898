// Owns the walkthrough previews: opens one (or reveals the open one), restores them after a window
// reload (WebviewPanelSerializer), and feeds them the editor's events: the active Markdown editor
// to follow and document edits to re-render.
import * as vscode from 'vscode';
import { WALKTHROUGH_PREVIEW_VIEW_TYPE } from '../platform/constants';
import { log } from '../platform/log';
import { parsePreviewState } from './previewState';
import type { ProgressStore } from './progressStore';
import { WalkthroughPreviewPanel } from './walkthroughPreviewPanel';
import { previewWebviewOptions } from './webviewOptions';

export class WalkthroughPreviewManager implements vscode.WebviewPanelSerializer<unknown>, vscode.Disposable {
  private readonly panels = new Set<WalkthroughPreviewPanel>();
  /** The panel opened, restored or focused last. */
  private current: WalkthroughPreviewPanel | undefined;
  /**
   * Documents a preview was opened (or restored) for, as against those it only follows: a letter
   * or an analysis brought to the front is shown too, but it is no walkthrough to report on.
   */
  private readonly chosen = new Set<string>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly progress: ProgressStore,
  ) {
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isMarkdown(editor.document)) for (const panel of this.panels) panel.show(editor.document);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        for (const panel of this.panels) panel.documentChanged(event.document);
      }),
    ];
  }

  get activePanel(): WalkthroughPreviewPanel | undefined {
    return this.current;
  }

  /** Whether an open preview shows this document and was opened for it (not merely following it). */
  isPreviewed(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return this.chosen.has(key) && [...this.panels].some((panel) => panel.documentUri.toString() === key);
  }

  /** Opens the preview for a document, in the active group or beside it; reuses an open preview. */
  open(document: vscode.TextDocument, toSide: boolean): WalkthroughPreviewPanel {
    this.chosen.add(document.uri.toString());
    const existing = this.current;
    if (existing) {
      existing.show(document);
      existing.panel.reveal(existing.panel.viewColumn, toSide);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      WALKTHROUGH_PREVIEW_VIEW_TYPE,
      vscode.l10n.t('Walkthrough Preview'),
      { viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: toSide },
      { ...previewWebviewOptions(this.extensionUri, document.uri), enableFindWidget: true },
    );
    return this.adopt(panel, document);
  }

  /** Called by VS Code after a reload with the state the webview saved ({ uri }). */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = parsePreviewState(state);
    if (!saved) {
      log().warn('Walkthrough preview: nothing to restore (no document in the saved state); closing the panel.');
      panel.dispose();
      return;
    }
    // Until the document is open, allow nothing: the old page must not run with stale options.
    panel.webview.options = previewWebviewOptions(this.extensionUri, undefined);
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(saved.uri, true));
      this.chosen.add(document.uri.toString());
      this.adopt(panel, document);
    } catch (error) {
      log().error(`Walkthrough preview: could not reopen ${saved.uri}: ${error instanceof Error ? error.message : String(error)}`);
      panel.dispose();
    }
  }

  dispose(): void {
    for (const panel of [...this.panels]) panel.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private adopt(webviewPanel: vscode.WebviewPanel, document: vscode.TextDocument): WalkthroughPreviewPanel {
    const preview = new WalkthroughPreviewPanel(webviewPanel, this.extensionUri, this.progress, document);
    this.panels.add(preview);
    this.current = preview;
    const focus = webviewPanel.onDidChangeViewState((event) => {
      if (event.webviewPanel.active) this.current = preview;
    });
    preview.onDidDispose(() => {
      focus.dispose();
      this.panels.delete(preview);
      if (this.current === preview) this.current = [...this.panels].pop();
    });
    return preview;
  }
}

export function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown';
}
