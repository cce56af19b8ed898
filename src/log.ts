// One output channel for the extension's own messages and caught errors, created on first use.
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Right to Object', { log: true });
  return channel;
}

export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
}

/** Runs `work`; an exception is logged and swallowed, so one failing feature cannot break the others. */
export function guarded<T>(what: string, work: () => T, fallback: T): T {
  try {
    return work();
  } catch (error) {
    log().error(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return fallback;
  }
}
