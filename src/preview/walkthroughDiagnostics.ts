// Walkthrough problems in the Problems panel (#20): a blank line before "---", a missing title or a
// misspelt friction tag used to show only inside the preview. Markdown documents that are
// walkthroughs (src/core/walkthrough/recognise.ts) or that a walkthrough preview was opened for get one
// diagnostic per problem; other documents get none. The walkthrough core loads lazily, and typing
// only resets a timer: documents are read once the typing pauses.
import * as vscode from 'vscode';
import type { Problem } from '../core/walkthrough';
import { DebouncedDocumentChecks, isUserDocument } from '../platform/debouncedDocumentChecks';
import { log } from '../platform/log';
import { walkthroughEngine } from './walkthroughEngine';
import { clearDiagnostics, createDiagnosticCollection, replaceDiagnostics } from '../platform/diagnosticUpdates';

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
  private readonly collection = createDiagnosticCollection('right-to-object-walkthrough');
  private readonly checks: DebouncedDocumentChecks;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly isPreviewed: (uri: vscode.Uri) => boolean) {
    // Opening, typing and closing are scheduled as for the other per-document checks.
    this.checks = new DebouncedDocumentChecks({
      applies: (document) => document.languageId === 'markdown' && isUserDocument(document),
      check: (document) => {
        if (!document.isClosed) this.update(document);
      },
      forget: (uri) => clearDiagnostics(this.collection, uri),
      typingDelayMs: DELAY_MS,
    });
    // Coming to the front can change whether a document is previewed.
    this.subscriptions = [vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.checks.checkSoon(editor.document))];
  }

  /** Reads a document now (also when a preview opens for it). */
  refresh(document: vscode.TextDocument): void {
    this.checks.checkNow(document);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.checks.dispose();
    this.collection.dispose();
  }

  private update(document: vscode.TextDocument): void {
    try {
      const text = document.getText();
      const previewed = this.isPreviewed(document.uri);
      if (!previewed && !MAY_BE_WALKTHROUGH.test(text)) {
        clearDiagnostics(this.collection, document.uri);
        return;
      }
      const engine = walkthroughEngine();
      const walkthrough = engine.parseWalkthrough(text);
      if (!previewed && !engine.isWalkthrough(walkthrough)) {
        clearDiagnostics(this.collection, document.uri);
        return;
      }
      replaceDiagnostics(this.collection, document.uri, walkthrough.problems.map(toDiagnostic));
    } catch (error) {
      log().error(`Walkthrough problems for ${document.uri.toString(true)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

function toDiagnostic(problem: Problem): vscode.Diagnostic {
  const range = new vscode.Range(problem.line, problem.character, problem.endLine, problem.endCharacter);
  const diagnostic = new vscode.Diagnostic(range, problem.message, SEVERITIES[problem.severity]);
  diagnostic.source = WALKTHROUGH_DIAGNOSTIC_SOURCE;
  diagnostic.code = problem.code;
  return diagnostic;
}
