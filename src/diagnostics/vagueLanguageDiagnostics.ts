// Keeps the vague-language diagnostics of open Markdown and plain-text documents up to date:
// debounced while typing, dropped when a newer edit arrives first, cleared when a document closes.
import * as vscode from 'vscode';
import { CONFIG_SECTION, LINTED_LANGUAGES } from '../constants';
import { defaultLinter } from '../core/vague/defaultLinter';
import { toDiagnostic } from './toDiagnostic';

/** Schemes of editor-internal documents that are never the user's prose. */
const IGNORED_SCHEMES = new Set(['output', 'debug', 'git', 'vscode-scm', 'vscode-settings']);
const TYPING_DELAY_MS = 250;

export class VagueLanguageDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('right-to-object');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [this.collection];

  constructor() {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document, TYPING_DELAY_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(CONFIG_SECTION)) this.refreshAll();
      }),
    );
    this.refreshAll();
  }

  /** Lints a document now, bypassing the typing delay (used by the command and by tests). */
  lintNow(document: vscode.TextDocument): readonly vscode.Diagnostic[] {
    this.cancel(document.uri);
    if (!this.applies(document)) {
      this.collection.delete(document.uri);
      return [];
    }
    const text = document.getText();
    const diagnostics = defaultLinter()
      .lint(text)
      .map((finding) => toDiagnostic(document, finding));
    this.collection.set(document.uri, diagnostics);
    return diagnostics;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  private schedule(document: vscode.TextDocument, delayMs: number): void {
    if (!this.applies(document)) {
      this.forget(document.uri);
      return;
    }
    this.cancel(document.uri);
    const version = document.version;
    const key = document.uri.toString();
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        // A newer edit has its own timer coming; linting this state would show stale ranges.
        if (document.isClosed || document.version !== version) return;
        this.lintNow(document);
      }, delayMs),
    );
  }

  private applies(document: vscode.TextDocument): boolean {
    if (!LINTED_LANGUAGES.includes(document.languageId) || IGNORED_SCHEMES.has(document.uri.scheme)) return false;
    return vscode.workspace.getConfiguration(CONFIG_SECTION, document.uri).get<boolean>('diagnostics.enabled', true);
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  private forget(uri: vscode.Uri): void {
    this.cancel(uri);
    this.collection.delete(uri);
  }
}
