// Notes (Information) when the company named in a Markdown document's front matter
// (`controller: …`) is not in the directory, with a quick fix that searches the directory and
// writes the record's name into the line. Only documents with such a line load the directory;
// a name that did not change is not looked up again while the user types elsewhere.
import * as vscode from 'vscode';
import { COMMANDS, DIAGNOSTIC_SOURCE } from '../platform/constants';
import { controllerValue } from '../core/directory/controller';
import { guardedAsync } from '../platform/faults';
import { log } from '../platform/log';
import { DebouncedDocumentChecks, isUserDocument } from '../platform/debouncedDocumentChecks';
import { pickCompany } from './companyPicker';
import { controllerLineOf } from './documentController';
import type { DirectoryService } from './directoryService';
import { clearDiagnostics, createDiagnosticCollection, replaceDiagnostics } from '../platform/diagnosticUpdates';

export const UNKNOWN_CONTROLLER_CODE = 'unknown-controller';

const TYPING_DELAY_MS = 400;

function applies(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && isUserDocument(document);
}

export class ControllerDiagnostics implements vscode.Disposable {
  private readonly collection = createDiagnosticCollection('right-to-object-directory');
  /** By document: the last name looked up and whether the directory knows it. */
  private readonly known = new Map<string, { name: string; known: boolean }>();
  private readonly checks = new DebouncedDocumentChecks({
    applies,
    check: (document) => void guardedAsync('controllerDiagnostics', undefined, () => this.check(document)),
    forget: (uri) => {
      this.known.delete(uri.toString());
      clearDiagnostics(this.collection, uri);
    },
    typingDelayMs: TYPING_DELAY_MS,
  });
  private readonly directoryChanged: vscode.Disposable;

  constructor(private readonly service: DirectoryService) {
    this.directoryChanged = service.onDidChange(() => {
      this.known.clear();
      this.checks.checkAllOpen();
    });
  }

  dispose(): void {
    this.directoryChanged.dispose();
    this.checks.dispose();
    this.collection.dispose();
  }

  private async check(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed) return;
    const key = document.uri.toString();
    const line = controllerLineOf(document);
    if (!line) {
      this.known.delete(key);
      clearDiagnostics(this.collection, document.uri);
      return;
    }
    const version = document.version;
    let cached = this.known.get(key);
    if (cached?.name !== line.name) {
      const known = (await this.service.companyNamed(line.name)) !== undefined;
      // The document changed meanwhile: a newer check is scheduled and will decide.
      if (document.isClosed || document.version !== version) return;
      cached = { name: line.name, known };
      this.known.set(key, cached);
    }
    if (cached.known) {
      clearDiagnostics(this.collection, document.uri);
      return;
    }
    const range = new vscode.Range(document.positionAt(line.start), document.positionAt(line.end));
    const diagnostic = new vscode.Diagnostic(
      range,
      vscode.l10n.t('“{0}” is not in the company directory. Search it for the company’s record, or add a record to .right-to-object.json ("companies").', line.name),
      vscode.DiagnosticSeverity.Information,
    );
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = UNKNOWN_CONTROLLER_CODE;
    replaceDiagnostics(this.collection, document.uri, [diagnostic]);
  }
}

export class ControllerQuickFixes implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const diagnostics = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === UNKNOWN_CONTROLLER_CODE);
    const line = diagnostics.length > 0 ? controllerLineOf(document) : undefined;
    if (!line) return [];
    const title = vscode.l10n.t('Search the directory for “{0}”', line.name);
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = diagnostics;
    action.isPreferred = true;
    action.command = { command: COMMANDS.chooseControllerFromDirectory, title, arguments: [document.uri, document.version] };
    return [action];
  }
}

/**
 * The quick fix's command (also in the palette for Markdown): searches the directory for the
 * front matter's controller and replaces the value with the chosen record's name, as one edit (one
 * undo step). The document must be at `version` when the command starts; while the picker is open
 * the user may type, but if the controller line itself changed, nothing is replaced.
 */
export async function chooseControllerFromDirectory(service: DirectoryService, uri?: unknown, version?: unknown): Promise<boolean> {
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown document whose front matter names the company (controller: …) first.'));
    return false;
  }
  if (typeof version === 'number' && document.version !== version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The document changed before the fix was applied; nothing was changed. Try the fix again.'));
    return false;
  }
  const line = controllerLineOf(document);
  if (!line) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This document has no “controller:” line in its front matter to fill from the directory.'));
    return false;
  }
  const company = await pickCompany(service, { title: vscode.l10n.t('Company for “controller:”'), query: line.name, allowNone: false });
  if (!company) return false;
  const current = document.isClosed ? undefined : controllerLineOf(document);
  if (!current || current.name !== line.name) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The “controller:” line changed while you were choosing; nothing was replaced.'));
    return false;
  }
  const value = controllerValue(company.name);
  if (document.getText(new vscode.Range(document.positionAt(current.start), document.positionAt(current.end))) === value) return true;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(current.start), document.positionAt(current.end)), value);
  const applied = await vscode.workspace.applyEdit(edit);
  if (!applied) log().warn(`Replacing the controller of ${document.uri.toString(true)} with "${company.name}" was refused.`);
  return applied;
}
