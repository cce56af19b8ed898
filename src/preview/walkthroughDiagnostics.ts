// Walkthrough problems in the Problems panel (#20): a blank line before "---", a missing title or a
// misspelt friction tag used to show only inside the preview. Markdown documents that are
// walkthroughs (src/core/walkthrough/recognise.ts) or are open in a walkthrough preview get one
// diagnostic per problem; other documents get none. The walkthrough core loads lazily, and typing
// only resets a timer: documents are read once the typing pauses.
import * as vscode from 'vscode';
import type { Problem } from '../core/walkthrough';
import { log } from '../platform/log';
import { walkthroughEngine } from './walkthroughEngine';

export const WALKTHROUGH_DIAGNOSTIC_SOURCE = 'Right to Object (walkthrough)';
const DELAY_MS = 400;

/** A cheap look before loading the walkthrough core: a numbered item that starts with "[word". */
const MAY_BE_WALKTHROUGH = /^ {0,3}\d{1,9}[.)][ \t]+\[[A-Za-z]/m;

const SEVERITIES: Readonly<Record<Problem['severity'], vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
};

export class WalkthroughDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('right-to-object-walkthrough');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly isPreviewed: (uri: vscode.Uri) => boolean) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor) this.schedule(editor.document);
      }),
    ];
    for (const document of vscode.workspace.textDocuments) this.schedule(document);
  }

  /** Reads a document now (also when a preview opens for it). */
  refresh(document: vscode.TextDocument): void {
    this.cancel(document.uri);
    this.update(document);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.collection.dispose();
  }

  private schedule(document: vscode.TextDocument): void {
    if (document.languageId !== 'markdown') {
      if (this.collection.has(document.uri)) this.collection.delete(document.uri);
      return;
    }
    const key = document.uri.toString();
    this.cancel(document.uri);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) this.update(document);
      }, DELAY_MS),
    );
  }

  private update(document: vscode.TextDocument): void {
    try {
      const text = document.getText();
      const previewed = this.isPreviewed(document.uri);
      if (!previewed && !MAY_BE_WALKTHROUGH.test(text)) {
        this.collection.delete(document.uri);
        return;
      }
      const engine = walkthroughEngine();
      const walkthrough = engine.parseWalkthrough(text);
      if (!previewed && !engine.isWalkthrough(walkthrough)) {
        this.collection.delete(document.uri);
        return;
      }
      this.collection.set(document.uri, walkthrough.problems.map(toDiagnostic));
    } catch (error) {
      log().error(`Walkthrough problems for ${document.uri.toString(true)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private forget(uri: vscode.Uri): void {
    this.cancel(uri);
    this.collection.delete(uri);
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }
}

function toDiagnostic(problem: Problem): vscode.Diagnostic {
  const range = new vscode.Range(problem.line, problem.character, problem.endLine, problem.endCharacter);
  const diagnostic = new vscode.Diagnostic(range, problem.message, SEVERITIES[problem.severity]);
  diagnostic.source = WALKTHROUGH_DIAGNOSTIC_SOURCE;
  diagnostic.code = problem.code;
  return diagnostic;
}
