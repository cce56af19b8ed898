// What fetching depends on in the host: workspace trust (nothing is fetched in an untrusted
// workspace, whatever a snapshot's `source:` says), whether the extension runs in the browser's web
// worker (where the browser decides what may be read), and reading the importer's failures, which
// come from a separately loaded bundle (so they are recognised by shape, not by class).
import * as vscode from 'vscode';

/** True in the web extension host (a browser worker), false in Node. */
export function inBrowserWorker(): boolean {
  return typeof (globalThis as { importScripts?: unknown }).importScripts === 'function';
}

const REASONS = ['url', 'network', 'status', 'redirect', 'type', 'size', 'timeout', 'cancelled'] as const;
export type FetchFailureReason = (typeof REASONS)[number];

/** A PolicyFetchError's sentence and reason, or undefined for any other error. */
export function fetchFailure(error: unknown): { message: string; reason: FetchFailureReason } | undefined {
  if (!(error instanceof Error)) return undefined;
  const reason = (error as { reason?: unknown }).reason;
  return REASONS.find((known) => known === reason) ? { message: error.message, reason: reason as FetchFailureReason } : undefined;
}

/**
 * Whether a fetching command may go ahead: only in a trusted workspace. Otherwise shows `refusal`
 * (why), with a button to manage trust, and returns false.
 */
export function requireTrust(refusal: string): boolean {
  if (vscode.workspace.isTrusted) return true;
  const manage = vscode.l10n.t('Manage Workspace Trust');
  void vscode.window.showWarningMessage(refusal, manage).then((choice) => {
    if (choice === manage) void vscode.commands.executeCommand('workbench.trust.manage');
  });
  return false;
}
