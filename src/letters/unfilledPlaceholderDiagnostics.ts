// Flags every [[field: label]] marker left in a letter the extension inserted, so a letter is not
// sent with a blank in it. Debounced while typing, cleared when a document closes, and only for
// Markdown and plain text. The check imports the small marker modules directly, not the lazily
// loaded letters engine: it runs on every open document and must not load the catalogue.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, LINTED_LANGUAGES } from '../platform/constants';
import { unfilledInLetters } from '../core/letterInsert/unfilledInLetters';
import type { UnfilledPlaceholder } from '../core/letters/placeholders';
import { log } from '../platform/log';
import { DebouncedDocumentChecks, isUserDocument } from '../platform/debouncedDocumentChecks';
import { clearDiagnostics, createDiagnosticCollection, replaceDiagnostics } from '../platform/diagnosticUpdates';

export const UNFILLED_PLACEHOLDER_CODE = 'unfilled-placeholder';

const TYPING_DELAY_MS = 250;
const OPTIONAL_SUFFIX = ' (optional)';
/**
 * Letters are a few kilobytes. Larger documents (logs, dumps) are not checked, so the check never
 * copies megabytes of text on every edit; the vague-language linter has the same kind of limit.
 */
const MAX_DOCUMENT_CHARS = 1_000_000;

export class UnfilledPlaceholderDiagnostics implements vscode.Disposable {
  private readonly collection = createDiagnosticCollection('right-to-object-letters');
  private readonly checks = new DebouncedDocumentChecks({
    applies,
    check: (document) => this.check(document),
    forget: (uri) => clearDiagnostics(this.collection, uri),
    typingDelayMs: TYPING_DELAY_MS,
  });

  dispose(): void {
    this.checks.dispose();
    this.collection.dispose();
  }

  private check(document: vscode.TextDocument): void {
    try {
      if (document.isClosed || !applies(document)) return;
      if (lengthOf(document) > MAX_DOCUMENT_CHARS) {
        clearDiagnostics(this.collection, document.uri);
        return;
      }
      const found = unfilledInLetters(document.getText());
      replaceDiagnostics(
        this.collection,
        document.uri,
        found.map((placeholder) => toDiagnostic(document, placeholder)),
      );
    } catch (error) {
      log().error(`Checking ${document.uri.toString(true)} for unfilled placeholders failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
}

function applies(document: vscode.TextDocument): boolean {
  return LINTED_LANGUAGES.includes(document.languageId) && isUserDocument(document);
}

/** The document's length without copying its text. */
function lengthOf(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

function toDiagnostic(document: vscode.TextDocument, placeholder: UnfilledPlaceholder): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(placeholder.start), document.positionAt(placeholder.end));
  const optional = placeholder.label.endsWith(OPTIONAL_SUFFIX);
  const label = optional ? placeholder.label.slice(0, -OPTIONAL_SUFFIX.length) : placeholder.label;
  const message = optional
    ? vscode.l10n.t('Optional field “{0}” is still empty ({1}): fill it in or delete it before sending the letter.', placeholder.field, label)
    : vscode.l10n.t('Field “{0}” is still empty: {1}.', placeholder.field, label);
  const diagnostic = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Warning);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = UNFILLED_PLACEHOLDER_CODE;
  return diagnostic;
}
