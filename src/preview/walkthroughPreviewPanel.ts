// One walkthrough preview: a webview panel showing one Markdown document as a checklist with its
// friction summary. The first render is immediate and loads the page; later renders (debounced
// while typing) travel as versioned messages and replace the body in place, so the scroll
// position survives. Workspace trust: nothing here runs document content. The renderer emits no
// scripts, styles or event handlers, the CSP allows only the extension's own nonce'd script, and
// links open only after the host checks them, so the preview is safe in untrusted workspaces.
import * as vscode from 'vscode';
import { log } from '../platform/log';
import { createImageResolver } from './imageResolver';
import { localIsoDate } from '../core/text/localDate';
import { openExternalLink } from './openExternalLink';
import { previewShellHtml } from './previewHtml';
import type { ProgressStore } from './progressStore';
import { RenderScheduler } from './renderScheduler';
import { revealInEditor } from './revealInEditor';
import { walkthroughEngine } from './walkthroughEngine';
import { PREVIEW_SECTION, readPreviewSettings } from './previewSettings';
import { parseWebviewMessage, type HostMessage, type UpdateMessage, type WebviewMessage } from './webviewMessages';
import { previewWebviewOptions, sameResourceRoots } from './webviewOptions';

const TYPING_DELAY_MS = 300;

/** What the webview reported after applying an update. */
export interface ShownState {
  uri: string;
  version: number;
  done: number;
  total: number;
}

export class WalkthroughPreviewPanel implements vscode.Disposable {
  private document: vscode.TextDocument;
  private version = 0;
  private body: string | undefined;
  private shown: ShownState | undefined;
  private pageLoaded = false;
  /** Whether the loaded page's CSP allows https: images. */
  private pageRemoteImages = false;
  private disposed = false;
  private readonly scheduler = new RenderScheduler(TYPING_DELAY_MS, () => this.render());
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.disposeEmitter];
  readonly onDidDispose = this.disposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly progress: ProgressStore,
    document: vscode.TextDocument,
  ) {
    this.document = document;
    panel.webview.options = previewWebviewOptions(extensionUri, document.uri);
    this.subscriptions.push(
      panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      panel.onDidDispose(() => this.dispose()),
      // Allowing remote images (or trusting the workspace, which may allow them) shows them now.
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(PREVIEW_SECTION, this.document.uri)) this.scheduler.now();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.scheduler.now()),
    );
    this.scheduler.now();
  }

  get documentUri(): vscode.Uri {
    return this.document.uri;
  }

  /** The body HTML of the latest render and its version. */
  get latest(): { html: string; version: number } | undefined {
    return this.body === undefined ? undefined : { html: this.body, version: this.version };
  }

  /** What the webview last reported showing. */
  get lastShown(): ShownState | undefined {
    return this.shown;
  }

  /** Shows another document (the preview follows the active Markdown editor). */
  show(document: vscode.TextDocument): void {
    if (document.uri.toString() === this.document.uri.toString()) {
      // The same document, reopened after a close, may have other content than the last render.
      if (document !== this.document) {
        this.document = document;
        this.scheduler.now();
      }
      return;
    }
    const options = previewWebviewOptions(this.extensionUri, document.uri);
    if (!sameResourceRoots(options, this.panel.webview.options)) {
      // New roots reload the webview; load the whole page again rather than post into a reload.
      this.panel.webview.options = options;
      this.pageLoaded = false;
    }
    this.document = document;
    this.scheduler.now();
  }

  /** An edit in some document: re-render (debounced) if it is this one. */
  documentChanged(document: vscode.TextDocument): void {
    if (document.uri.toString() !== this.document.uri.toString()) return;
    this.document = document;
    this.scheduler.schedule();
  }

  /** Handles a message as if the webview had sent it; anything malformed is logged and ignored. */
  async receive(raw: unknown): Promise<void> {
    const message = parseWebviewMessage(raw);
    if (!message) {
      log().warn('Walkthrough preview: ignored a malformed message from the webview.');
      return;
    }
    try {
      await this.handle(message);
    } catch (error) {
      log().error(`Walkthrough preview: handling "${message.type}" failed: ${describe(error)}`);
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.scheduler.dispose();
    this.disposeEmitter.fire();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.panel.dispose();
  }

  private async handle(message: WebviewMessage): Promise<void> {
    const uri = this.document.uri;
    // Messages about another document were sent before a switch: stale, so ignored.
    if ('uri' in message && message.uri !== uri.toString()) return;
    switch (message.type) {
      case 'ready':
        if (this.body !== undefined) await this.post(this.updateMessage(this.body));
        return;
      case 'setStep':
        await this.progress.setDone(uri, message.key, message.done);
        return;
      case 'resetProgress':
        await this.progress.reset(uri);
        await this.post({ type: 'progress', uri: uri.toString(), checked: [] });
        return;
      case 'openLink':
        await openExternalLink(message.href);
        return;
      case 'revealLine':
        await revealInEditor(uri, message.line, message.character, this.panel.viewColumn);
        return;
      case 'rendered':
        this.shown = { uri: message.uri, version: message.version, done: message.done, total: message.total };
        return;
    }
  }

  private render(): void {
    if (this.disposed) return;
    try {
      const { parseWalkthrough, renderWalkthroughBody } = walkthroughEngine();
      const text = this.document.getText();
      const walkthrough = parseWalkthrough(text);
      const resolveImage = createImageResolver(this.panel.webview, this.document.uri);
      const { remoteImages } = readPreviewSettings(this.document.uri);
      this.body = renderWalkthroughBody(walkthrough, text, { mode: 'preview', today: localIsoDate(), resolveImage, remoteImages });
      this.version += 1;
      this.panel.title = vscode.l10n.t('Walkthrough: {0}', baseName(this.document.uri));
      // The page's CSP says whether https: images may load: a change of the setting reloads the page.
      if (this.pageLoaded && this.panel.visible && this.pageRemoteImages === remoteImages) {
        void this.post(this.updateMessage(this.body));
      } else {
        // First render, or a hidden webview that will reload this page when shown again.
        this.panel.webview.html = previewShellHtml(this.panel.webview, this.extensionUri, {
          title: walkthrough.title,
          uri: this.document.uri.toString(),
          version: this.version,
          bodyHtml: this.body,
          checked: this.progress.done(this.document.uri),
          labels: { resetProgress: vscode.l10n.t('Reset progress') },
          remoteImages,
        });
        this.pageLoaded = true;
        this.pageRemoteImages = remoteImages;
      }
    } catch (error) {
      log().error(`Walkthrough preview: rendering ${this.document.uri.toString()} failed: ${describe(error)}`);
    }
  }

  private updateMessage(html: string): UpdateMessage {
    const uri = this.document.uri;
    return { type: 'update', version: this.version, uri: uri.toString(), html, checked: this.progress.done(uri) };
  }

  private async post(message: HostMessage): Promise<void> {
    if (this.disposed) return;
    try {
      await this.panel.webview.postMessage(message);
    } catch (error) {
      log().error(`Walkthrough preview: posting "${message.type}" failed: ${describe(error)}`);
    }
  }
}

function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
