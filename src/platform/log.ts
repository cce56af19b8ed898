// One output channel for the extension's own messages and caught errors, created on first use.
// Errors are also kept (the last few) so tests and a future "report a problem" command can read them.
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;
const recentErrors: string[] = [];
const RECENT_ERRORS_KEPT = 20;

export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Right to Object', { log: true });
  return channel;
}

export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
}

/** Logs a caught error with its stack (for the output channel, never for a notification). */
export function logError(what: string, error: unknown): void {
  const message = `${what} failed: ${error instanceof Error ? error.message : String(error)}`;
  recentErrors.push(message);
  if (recentErrors.length > RECENT_ERRORS_KEPT) recentErrors.shift();
  log().error(`${message}${error instanceof Error && error.stack ? `\n${error.stack}` : ''}`);
}

export function recentLoggedErrors(): readonly string[] {
  return recentErrors;
}
