// Keeps the vague-language diagnostics of open Markdown and plain-text documents up to date:
// debounced while typing, dropped when a newer edit arrived first, cleared when a document closes,
// and nothing at all for other documents. Keeps the findings for hovers, quick fixes and the
// status bar.
import * as vscode from 'vscode';
import { LINTED_LANGUAGES } from '../constants';
import type { ConfigService } from '../config/configService';
import type { LintConfig } from '../core/config/lintConfig';
import type { Finding } from '../core/vague/finding';
import type { DocumentKind } from '../core/vague/lintDocument';
import type { DocumentLintState, EditRegion } from '../core/vague/documentLintState';
import { lintEngine } from '../lazyModules';
import { log } from '../log';
import { toDiagnostic } from './toDiagnostic';

/** Schemes of editor-internal documents that are never the user's prose. */
const IGNORED_SCHEMES = new Set(['output', 'debug', 'git', 'vscode-scm', 'vscode-settings']);
const TYPING_DELAY_MS = 250;

export interface DocumentFindings {
  version: number;
  text: string;
  findings: readonly Finding[];
}

export class VagueLanguageDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('right-to-object');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly results = new Map<string, DocumentFindings>();
  /** Per document: the incremental lint state and the configuration it was built with. */
  private readonly states = new Map<string, { state: DocumentLintState; configKey: string }>();
  /** Per document: what changed since its state was last updated, folded from change events. */
  private readonly pendingEdits = new Map<string, EditRegion & { length: number }>();
  /** Bumped per document on every request, so a slower, older run never overwrites a newer one. */
  private readonly generations = new Map<string, number>();
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [this.collection, this.changeEmitter];
  /** Fires after a document's findings were updated. */
  readonly onDidUpdate = this.changeEmitter.event;

  constructor(private readonly config: ConfigService) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        this.recordEdit(event);
        this.schedule(event.document, TYPING_DELAY_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      config.onDidChange(() => this.refreshAll()),
    );
    this.refreshAll();
  }

  /** Lints a document now, bypassing the typing delay (the command, tests and other extensions). */
  async lintNow(document: vscode.TextDocument): Promise<readonly vscode.Diagnostic[]> {
    this.cancel(document.uri);
    await this.run(document, this.nextGeneration(document.uri));
    return this.collection.get(document.uri) ?? [];
  }

  /** The findings of the document's current version, if it has been linted. */
  findingsFor(document: vscode.TextDocument): DocumentFindings | undefined {
    const result = this.results.get(document.uri.toString());
    return result && result.version === document.version ? result : undefined;
  }

  /** The current findings, linting first if the last result is for an older version (hover, quick fixes). */
  async currentFindings(document: vscode.TextDocument): Promise<DocumentFindings | undefined> {
    if (!this.findingsFor(document) && applies(document)) await this.lintNow(document);
    return this.findingsFor(document);
  }

  /** Diagnostics for files that are not open (the workspace lint). */
  setForClosedFile(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): void {
    this.collection.set(uri, diagnostics);
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
    if (!applies(document)) return;
    this.cancel(document.uri);
    const generation = this.nextGeneration(document.uri);
    const key = document.uri.toString();
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.run(document, generation);
      }, delayMs),
    );
  }

  private async run(document: vscode.TextDocument, generation: number): Promise<void> {
    const key = document.uri.toString();
    try {
      if (!applies(document)) {
        this.forget(document.uri);
        return;
      }
      const config = await this.config.configFor(document.uri);
      // Stale: a newer request was made, or the document closed, while the configuration loaded.
      if (document.isClosed || this.generations.get(key) !== generation) return;
      const text = document.getText();
      const findings = this.lint(key, text, kindOf(document), config);
      this.results.set(key, { version: document.version, text, findings });
      this.collection.set(document.uri, findings.map((finding) => toDiagnostic(document, finding)));
      this.changeEmitter.fire(document.uri);
    } catch (error) {
      log().error(`Linting ${document.uri.toString(true)} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  /** Updates the document's lint state incrementally when it can, else builds it afresh. */
  private lint(key: string, text: string, kind: DocumentKind, config: LintConfig): readonly Finding[] {
    const configKey = `${kind}:${JSON.stringify(config)}`;
    const known = this.states.get(key);
    const edit = this.pendingEdits.get(key);
    this.pendingEdits.delete(key);
    if (known && known.configKey === configKey && edit && edit.length === text.length) {
      return known.state.update(text, edit);
    }
    const state = new (lintEngine().DocumentLintState)(text, kind, config);
    this.states.set(key, { state, configKey });
    return state.findings;
  }

  /** Folds a change event into the document's pending edit region: cheap, on every keystroke. */
  private recordEdit(event: vscode.TextDocumentChangeEvent): void {
    const key = event.document.uri.toString();
    const known = this.states.get(key);
    if (!known) return;
    const pending = this.pendingEdits.get(key) ?? { start: Number.MAX_SAFE_INTEGER, unchangedSuffix: Number.MAX_SAFE_INTEGER, length: known.state.currentText.length };
    let length = pending.length;
    for (const change of event.contentChanges) {
      pending.start = Math.min(pending.start, change.rangeOffset);
      pending.unchangedSuffix = Math.min(pending.unchangedSuffix, pending.length - (change.rangeOffset + change.rangeLength));
      length += change.text.length - change.rangeLength;
    }
    pending.length = length;
    this.pendingEdits.set(key, pending);
  }

  private nextGeneration(uri: vscode.Uri): number {
    const key = uri.toString();
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    return generation;
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  private forget(uri: vscode.Uri): void {
    this.cancel(uri);
    const key = uri.toString();
    this.results.delete(key);
    this.states.delete(key);
    this.pendingEdits.delete(key);
    this.generations.delete(key);
    this.collection.delete(uri);
    this.changeEmitter.fire(uri);
  }
}

export function applies(document: vscode.TextDocument): boolean {
  return LINTED_LANGUAGES.includes(document.languageId) && !IGNORED_SCHEMES.has(document.uri.scheme);
}

export function kindOf(document: vscode.TextDocument): DocumentKind {
  return document.languageId === 'markdown' ? 'markdown' : 'plaintext';
}
