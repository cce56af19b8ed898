// Isolation between features: each provider and command runs inside a guard that catches, logs
// and returns a neutral result, so one failing feature never takes the others down and no stack
// trace reaches the user. Tests arm a named fault to prove it (FaultInjection), which costs one
// Set lookup in normal use.
import * as vscode from 'vscode';
import { log, logError } from './log';

export class FaultInjection {
  private readonly armed = new Set<string>();

  /** Makes the next call of `feature` throw (tests only). */
  arm(feature: string): void {
    this.armed.add(feature);
  }

  check(feature: string): void {
    if (this.armed.delete(feature)) throw new Error(`injected fault in ${feature}`);
  }
}

export const faults = new FaultInjection();

/** Awaits `work`; on an exception, logs it and returns `fallback`. */
export async function guardedAsync<T>(feature: string, fallback: T, work: () => Promise<T> | T): Promise<T> {
  try {
    faults.check(feature);
    return await work();
  } catch (error) {
    logError(feature, error);
    return fallback;
  }
}

/**
 * registerCommand with a guard: a failure is logged and shown as one readable line, with a button
 * to open the log, instead of an unhandled error.
 */
export function registerSafeCommand(id: string, handler: (...args: never[]) => unknown): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: never[]) => {
    try {
      faults.check(id);
      return await handler(...args);
    } catch (error) {
      logError(`Command ${id}`, error);
      const showLog = vscode.l10n.t('Show Log');
      // Not awaited: the command must not wait for the user to dismiss the message.
      void vscode.window
        .showErrorMessage(vscode.l10n.t('Right to Object: that did not work ({0}). Details are in the log.', error instanceof Error ? error.message : String(error)), showLog)
        .then((choice) => {
          if (choice === showLog) log().show(true);
        });
      return undefined;
    }
  });
}
