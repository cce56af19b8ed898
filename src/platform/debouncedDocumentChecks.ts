// The scheduling that the small per-document checks share (unfilled letter fields, unknown
// controllers): a check when a document opens, a debounced one while it is edited, nothing once it
// closes. The vague-language diagnostics schedule their own way (incremental, sliced).
import * as vscode from 'vscode';
import { POLICY_DIFF_REPORT_SCHEME } from './constants';

/**
 * Schemes of documents that are never the user's text: editor-internal ones (output, diffs,
 * settings) and the extension's own reports (a vagueness diff quotes the vague phrases it lists).
 */
const NOT_USER_SCHEMES = new Set(['output', 'debug', 'git', 'vscode-scm', 'vscode-settings', POLICY_DIFF_REPORT_SCHEME]);

export function isUserDocument(document: vscode.TextDocument): boolean {
  return !NOT_USER_SCHEMES.has(document.uri.scheme);
}

export interface DocumentCheck {
  /** Whether the check concerns this document at all (language, scheme). */
  applies(document: vscode.TextDocument): boolean;
  /** Runs the check; the document may have closed meanwhile. */
  check(document: vscode.TextDocument): void;
  /** The document closed: drop what is kept for it. */
  forget(uri: vscode.Uri): void;
  typingDelayMs: number;
}

export class DebouncedDocumentChecks implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly documentCheck: DocumentCheck) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document, documentCheck.typingDelayMs);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.cancel(document.uri);
        documentCheck.forget(document.uri);
      }),
    ];
    this.checkAllOpen();
  }

  /** Checks every open document again (soon, not now), e.g. after the data behind the check changed. */
  checkAllOpen(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  /** Checks a document now, dropping a pending check (e.g. when a preview opens for it). */
  checkNow(document: vscode.TextDocument): void {
    this.cancel(document.uri);
    if (this.documentCheck.applies(document)) this.documentCheck.check(document);
  }

  /** Checks a document once the typing delay has passed (e.g. when it comes to the front). */
  checkSoon(document: vscode.TextDocument): void {
    this.schedule(document, this.documentCheck.typingDelayMs);
  }

  private schedule(document: vscode.TextDocument, delayMs: number): void {
    if (!this.documentCheck.applies(document)) return;
    const key = document.uri.toString();
    this.cancel(document.uri);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.documentCheck.check(document);
      }, delayMs),
    );
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.timers.get(key);
    if (pending !== undefined) clearTimeout(pending);
    this.timers.delete(key);
  }
}
