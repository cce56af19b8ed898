// What the extension's exported API offers about the walkthrough preview (used by the tests).
import type * as vscode from 'vscode';
import type { ShownState } from './walkthroughPreviewPanel';

export interface WalkthroughPreviewApi {
  /** The body HTML the open preview rendered last, or undefined when no preview is open. */
  currentHtml(): string | undefined;
  /** The version of that render (each render increases it). */
  currentVersion(): number | undefined;
  /** The whole page (webview.html) the open preview loaded last: CSP, stylesheets, script. */
  currentPage(): string | undefined;
  /** The document the open preview shows. */
  currentDocument(): vscode.Uri | undefined;
  /** What the webview reported after applying its last update (version, steps done and total). */
  lastShown(): ShownState | undefined;
  /** The keys of the steps saved as done for a document. */
  progressFor(uri: vscode.Uri): readonly string[];
  /** Hands a message to the open preview as if its webview had sent it (validated the same way). */
  receiveMessage(message: unknown): Promise<void>;
  /** The serializer VS Code uses to restore previews after a reload. */
  readonly serializer: vscode.WebviewPanelSerializer<unknown>;
}
