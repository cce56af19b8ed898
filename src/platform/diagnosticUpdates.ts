// Replacing a document's diagnostics only when they change. VS Code announces every `set` and
// `delete` of a collection (onDidChangeDiagnostics, and a message to the window), even one that
// changes nothing: the small per-document checks (letters, controller, walkthrough) re-ran on every
// typing pause and each announced an empty update, so every edit of a large policy caused three
// announcements after the real one, and anything listening (the Problems panel, other extensions,
// bench:editor) did the work three more times.
import * as vscode from 'vscode';

/** Sets and deletes made, by document (read by the host tests: what VS Code was asked to announce). */
const writesByDocument = new Map<string, number>();

/** How many times a collection of this extension was written for the document. */
export function diagnosticWrites(uri: vscode.Uri): number {
  return writesByDocument.get(uri.toString()) ?? 0;
}

function counted(uri: vscode.Uri): void {
  const key = uri.toString();
  writesByDocument.set(key, (writesByDocument.get(key) ?? 0) + 1);
}

/** A diagnostic collection whose writes are counted per document (every collection of the extension is made here). */
export function createDiagnosticCollection(name: string): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection(name);
  const set = collection.set.bind(collection) as (first: vscode.Uri | readonly [vscode.Uri, readonly vscode.Diagnostic[] | undefined][], diagnostics?: readonly vscode.Diagnostic[]) => void;
  const remove = collection.delete.bind(collection);
  return Object.assign(collection, {
    set(first: vscode.Uri | readonly [vscode.Uri, readonly vscode.Diagnostic[] | undefined][], diagnostics?: readonly vscode.Diagnostic[]) {
      if (Array.isArray(first)) for (const [uri] of first as readonly [vscode.Uri, unknown][]) counted(uri);
      else counted(first as vscode.Uri);
      set(first, diagnostics);
    },
    delete(uri: vscode.Uri) {
      counted(uri);
      remove(uri);
    },
  });
}

/** Sets, deletes or leaves the document's diagnostics so that they equal `next`, announcing only a change. */
export function replaceDiagnostics(collection: vscode.DiagnosticCollection, uri: vscode.Uri, next: readonly vscode.Diagnostic[]): void {
  // `get` answers [] for a document the collection has no entry for: `has` tells them apart.
  if (next.length === 0) {
    if (collection.has(uri)) collection.delete(uri);
    return;
  }
  const current = collection.get(uri);
  if (current !== undefined && sameDiagnostics(current, next)) return;
  collection.set(uri, next);
}

/** Removes the document's diagnostics if it has any (a delete of nothing is announced too). */
export function clearDiagnostics(collection: vscode.DiagnosticCollection, uri: vscode.Uri): void {
  if (collection.has(uri)) collection.delete(uri);
}

/** Whether two lists show the same thing: same order, ranges, messages, severities, codes, sources and tags. */
export function sameDiagnostics(a: readonly vscode.Diagnostic[], b: readonly vscode.Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (!sameDiagnostic(a[index]!, b[index]!)) return false;
  return true;
}

function sameDiagnostic(a: vscode.Diagnostic, b: vscode.Diagnostic): boolean {
  return (
    a.range.isEqual(b.range) &&
    a.message === b.message &&
    a.severity === b.severity &&
    a.source === b.source &&
    codeText(a.code) === codeText(b.code) &&
    String(a.tags ?? []) === String(b.tags ?? []) &&
    sameRelated(a.relatedInformation ?? [], b.relatedInformation ?? [])
  );
}

/** Related locations (where a repeated phrase occurs again) compared by place and message. */
function sameRelated(a: readonly vscode.DiagnosticRelatedInformation[], b: readonly vscode.DiagnosticRelatedInformation[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((item, index) => {
    const other = b[index]!;
    return item.message === other.message && item.location.range.isEqual(other.location.range) && item.location.uri.toString() === other.location.uri.toString();
  });
}

/** A diagnostic's code as one comparable string (a code may carry a link target). */
function codeText(code: vscode.Diagnostic['code']): string {
  if (code === undefined) return '';
  if (typeof code === 'object') return `${String(code.value)} ${code.target.toString()}`;
  return String(code);
}
