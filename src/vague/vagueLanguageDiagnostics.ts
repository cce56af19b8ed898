// Keeps the vague-language diagnostics of open Markdown and plain-text documents up to date:
// debounced while typing, dropped when a newer edit arrived first, cleared when a document closes,
// and nothing at all for other documents. Keeps the findings for hovers, quick fixes and the
// status bar.
import * as vscode from 'vscode';
import { LINTED_LANGUAGES } from '../platform/constants';
import type { ConfigService } from './configService';
import type { LintConfig } from '../core/vague/lintConfig';
import type { Finding } from '../core/vague/finding';
import type { DocumentKind } from '../core/vague/lintDocument';
import type { DocumentLintState, EditRegion } from '../core/vague/documentLintState';
import { lintEngine } from '../platform/lazyModules';
import { logError } from '../platform/log';
import { faults } from '../platform/faults';
import { notCheckedDiagnostic, toDiagnostic } from './toDiagnostic';
import type { NotChecked } from '../core/vague/languagePlan';
import { isUserDocument } from '../platform/debouncedDocumentChecks';
import { clearDiagnostics, createDiagnosticCollection, replaceDiagnostics } from '../platform/diagnosticUpdates';
import { yieldToEventLoop } from '../platform/yieldToEventLoop';

const TYPING_DELAY_MS = 250;
/** Above this size a document is analysed a slice at a time, yielding between slices. */
const LARGE_DOCUMENT_CHARS = 512 * 1024;
/**
 * Slices adapt their size to take about half this long (SliceSizer): they start small, while the
 * engine has not compiled the code yet, and grow up to the maximum.
 */
const SLICE_SIZING = { budgetMs: 16, firstSize: 4 * 1024, minSize: 1024, maxSize: 64 * 1024 };
/** Above this size a document is not checked at all (and the user is told once). */
const MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;
/** At most this many diagnostics per document: more help no one and slow the editor down. */
const MAX_DIAGNOSTICS = 5000;
/** A large document's analysis stops after this many findings (memory and garbage collection). */
const MAX_FINDINGS_LARGE = 20_000;
const DIAGNOSTICS_PER_SLICE = 2000;

/**
 * Tests only: sees each synchronous step of the lint begin (the call) and end (the returned
 * function, with the step's name), so the host tests can measure how long the extension blocks
 * the extension host (test/support/lintTimings.ts). Unset in normal use: no clock is read.
 */
export type LintStepWatch = () => (step: string) => void;

export interface DocumentFindings {
  version: number;
  text: string;
  findings: readonly Finding[];
  /** What was checked: 'auto' decided for this document ('quotes' for an analysis quoting a policy). */
  scope: 'prose' | 'quotes' | 'everything';
  /** Languages without rules in the document, not checked (reported once each). */
  notChecked: readonly NotChecked[];
}

/** Everything kept about one document, by URI. */
interface DocumentRecord {
  /** The scheduled (debounced) run. */
  timer?: ReturnType<typeof setTimeout>;
  /** The last published findings. */
  result?: DocumentFindings;
  /** The incremental lint state and the configuration it was built with. */
  lint?: { state: DocumentLintState; configKey: string };
  /** What changed since the lint state was last updated, folded from change events. */
  pendingEdit?: EditRegion & { length: number };
  /** Bumped on every request, so a slower, older run never overwrites a newer one. */
  generation: number;
  /** The user was told the document is too large to check (once, even after it closes). */
  warnedLarge?: boolean;
}

export class VagueLanguageDiagnostics implements vscode.Disposable {
  private readonly collection = createDiagnosticCollection('right-to-object');
  private readonly documents = new Map<string, DocumentRecord>();
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [this.collection, this.changeEmitter];
  /** Fires after a document's findings were updated. */
  readonly onDidUpdate = this.changeEmitter.event;
  /** Tests only (see LintStepWatch). */
  stepWatch: LintStepWatch | undefined;

  /** `config`: the settings every lint here uses; public so the other features lint as the editor does. */
  constructor(readonly config: ConfigService) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        this.recordEdit(event);
        this.schedule(event.document, TYPING_DELAY_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.closed(document)),
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
    const result = this.documents.get(document.uri.toString())?.result;
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
    for (const record of this.documents.values()) clearTimeout(record.timer);
    this.documents.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  private schedule(document: vscode.TextDocument, delayMs: number): void {
    if (!applies(document)) return;
    this.cancel(document.uri);
    const generation = this.nextGeneration(document.uri);
    const record = this.record(document.uri.toString());
    record.timer = setTimeout(() => {
      record.timer = undefined;
      void this.run(document, generation);
    }, delayMs);
  }

  private async run(document: vscode.TextDocument, generation: number): Promise<void> {
    const key = document.uri.toString();
    try {
      if (!applies(document)) {
        this.forget(document.uri);
        return;
      }
      faults.check('diagnostics');
      const config = await this.config.configFor(document.uri);
      // Stale: a newer request was made, or the document closed, while the configuration loaded.
      if (document.isClosed || this.documents.get(key)?.generation !== generation) return;
      const text = this.timed('getText', () => document.getText());
      if (text.length > MAX_DOCUMENT_CHARS) {
        this.tooLarge(document);
        return;
      }
      const isCurrent = () => !document.isClosed && this.documents.get(key)?.generation === generation;
      const findings = await this.lint(key, text, kindOf(document), config, isCurrent);
      if (!findings || !isCurrent()) return;
      const diagnostics = await this.toDiagnostics(document, text, findings, config.showLowered, isCurrent);
      if (!diagnostics || !isCurrent()) return;
      // The scope the lint applied ('auto' decided), for the status bar.
      const record = this.record(key);
      const scope = record.lint?.state.appliedScope ?? 'everything';
      const notChecked = record.lint?.state.notChecked ?? [];
      for (const notice of notChecked) diagnostics.push(notCheckedDiagnostic(document, notice));
      record.result = { version: document.version, text, findings, scope, notChecked };
      this.timed('publish', () => replaceDiagnostics(this.collection, document.uri, diagnostics));
      this.changeEmitter.fire(document.uri);
    } catch (error) {
      logError(`Linting ${document.uri.toString(true)}`, error);
    }
  }

  /**
   * Updates the document's lint state incrementally when it can, else builds it afresh: at once for
   * ordinary documents, a slice at a time (yielding to the event loop) for large ones. Undefined
   * when a newer request overtook this one.
   */
  private async lint(key: string, text: string, kind: DocumentKind, config: LintConfig, isCurrent: () => boolean): Promise<readonly Finding[] | undefined> {
    const configKey = `${kind}:${JSON.stringify(config)}`;
    // The first lint of a session compiles the automaton: in steps, so the host stays responsive.
    const compiling = this.pauser('compile');
    await lintEngine().prepareLinter(config, compiling);
    compiling.finished();
    if (!isCurrent()) return undefined;
    const record = this.record(key);
    const known = record.lint;
    const edit = record.pendingEdit;
    record.pendingEdit = undefined;
    const large = text.length > LARGE_DOCUMENT_CHARS;
    if (known && known.configKey === configKey && edit && edit.length === text.length) {
      const updated = this.timed('incremental update', () => known.state.update(text, edit, !large));
      if (updated) return updated;
    }
    const { DocumentLintState } = lintEngine();
    const slicing = this.pauser('slice');
    const state = large
      ? await DocumentLintState.createInSlices(text, kind, config, { sliceSize: SLICE_SIZING, pause: slicing, cancelled: () => !isCurrent(), maxFindings: MAX_FINDINGS_LARGE })
      : this.timed('full lint', () => new DocumentLintState(text, kind, config));
    if (large) slicing.finished();
    if (!state) {
      record.lint = undefined; // cancelled half-way: the next run starts afresh
      return undefined;
    }
    record.lint = { state, configKey };
    return state.findings;
  }

  /** Findings to diagnostics, capped and converted in batches so a huge document does not block. */
  private async toDiagnostics(document: vscode.TextDocument, text: string, findings: readonly Finding[], showLowered: boolean, isCurrent: () => boolean): Promise<vscode.Diagnostic[] | undefined> {
    // In the editor a repeated phrase carries one squiggle: later occurrences in its section are
    // lowered (hints with showLowered, else hidden; the first one's hover lists their lines).
    const asShown = lintEngine().asShownInEditor(findings, showLowered);
    const shown = asShown.length > MAX_DIAGNOSTICS ? asShown.slice(0, MAX_DIAGNOSTICS) : asShown;
    const diagnostics: vscode.Diagnostic[] = [];
    for (let start = 0; start < shown.length; start += DIAGNOSTICS_PER_SLICE) {
      this.timed('diagnostics', () => {
        for (const finding of shown.slice(start, start + DIAGNOSTICS_PER_SLICE)) diagnostics.push(toDiagnostic(document, finding, text));
      });
      if (shown.length > DIAGNOSTICS_PER_SLICE) {
        await yieldToEventLoop();
        if (!isCurrent()) return undefined;
      }
    }
    // The lint of a huge document stops after MAX_FINDINGS_LARGE findings: say so even when hidden
    // repeats leave few diagnostics, so no one takes the rest of the document for checked.
    const stopped = findings.length >= MAX_FINDINGS_LARGE;
    const noteText =
      asShown.length > MAX_DIAGNOSTICS
        ? stopped
          ? vscode.l10n.t('Showing the first {0} of more than {1} vague phrases in this document.', MAX_DIAGNOSTICS, asShown.length)
          : vscode.l10n.t('Showing the first {0} of {1} vague phrases in this document.', MAX_DIAGNOSTICS, asShown.length)
        : stopped
          ? vscode.l10n.t('Stopped after {0} vague phrases: the rest of this document was not checked.', MAX_FINDINGS_LARGE)
          : undefined;
    if (noteText !== undefined) {
      const note = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), noteText, vscode.DiagnosticSeverity.Information);
      note.source = 'Right to Object';
      diagnostics.push(note);
    }
    return diagnostics;
  }

  private tooLarge(document: vscode.TextDocument): void {
    clearDiagnostics(this.collection, document.uri);
    const record = this.record(document.uri.toString());
    if (record.warnedLarge) return;
    record.warnedLarge = true;
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Right to Object does not check {0}: it is larger than {1} MB.', vscode.workspace.asRelativePath(document.uri), MAX_DOCUMENT_CHARS / (1024 * 1024)),
    );
  }

  /** Runs one synchronous step, shown to the step watch (tests) if there is one. */
  private timed<T>(step: string, work: () => T): T {
    const ended = this.stepWatch?.();
    try {
      return work();
    } finally {
      ended?.(step);
    }
  }

  /**
   * A pause function that ends the caller's step since it last resumed, then yields to the event
   * loop; call `.finished()` after the last step so that step ends too (for the step watch).
   */
  private pauser(step: string): (() => Promise<void>) & { finished(): void } {
    let sinceResumed = this.stepWatch?.();
    const pause = async () => {
      sinceResumed?.(step);
      await yieldToEventLoop();
      sinceResumed = this.stepWatch?.();
    };
    return Object.assign(pause, { finished: () => sinceResumed?.(`${step} (last)`) });
  }

  /** Folds a change event into the document's pending edit region: cheap, on every keystroke. */
  private recordEdit(event: vscode.TextDocumentChangeEvent): void {
    const record = this.documents.get(event.document.uri.toString());
    const known = record?.lint;
    if (!record || !known) return;
    const pending = record.pendingEdit ?? { start: Number.MAX_SAFE_INTEGER, unchangedSuffix: Number.MAX_SAFE_INTEGER, length: known.state.currentText.length };
    let length = pending.length;
    for (const change of event.contentChanges) {
      pending.start = Math.min(pending.start, change.rangeOffset);
      pending.unchangedSuffix = Math.min(pending.unchangedSuffix, pending.length - (change.rangeOffset + change.rangeLength));
      length += change.text.length - change.rangeLength;
    }
    pending.length = length;
    record.pendingEdit = pending;
  }

  /** The document's record, created on first use. */
  private record(key: string): DocumentRecord {
    let record = this.documents.get(key);
    if (!record) {
      record = { generation: 0 };
      this.documents.set(key, record);
    }
    return record;
  }

  private nextGeneration(uri: vscode.Uri): number {
    return ++this.record(uri.toString()).generation;
  }

  private cancel(uri: vscode.Uri): void {
    const record = this.documents.get(uri.toString());
    if (record?.timer === undefined) return;
    clearTimeout(record.timer);
    record.timer = undefined;
  }

  /**
   * A closed document is forgotten, unless a newer document with the same URI is already open
   * (VS Code reuses untitled names, and the close of the old one can arrive after the open of the
   * new one): then that one is linted, so neither stale results nor a lost run remain.
   */
  private closed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const successor = vscode.workspace.textDocuments.find((open) => open !== document && !open.isClosed && open.uri.toString() === key);
    if (!successor) {
      this.forget(document.uri);
      return;
    }
    const record = this.record(key);
    record.lint = undefined;
    record.pendingEdit = undefined;
    this.schedule(successor, 0);
  }

  private forget(uri: vscode.Uri): void {
    this.cancel(uri);
    const key = uri.toString();
    // Only the "too large" notice outlives the document, so the user is not told again.
    if (this.documents.get(key)?.warnedLarge) this.documents.set(key, { generation: 0, warnedLarge: true });
    else this.documents.delete(key);
    clearDiagnostics(this.collection, uri);
    this.changeEmitter.fire(uri);
  }
}

export function applies(document: vscode.TextDocument): boolean {
  return LINTED_LANGUAGES.includes(document.languageId) && isUserDocument(document);
}

export function kindOf(document: vscode.TextDocument): DocumentKind {
  return document.languageId === 'markdown' ? 'markdown' : 'plaintext';
}
