// Shared helpers for tests that run inside the extension host.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'right-to-object.right-to-object';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The integration tests need the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openDocument(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document);
}

/** Resolves with the diagnostics of `uri` once `accept` holds for them, or rejects after `timeoutMs`. */
export function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean, timeoutMs = 10_000): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Right to Object');
      if (accept(diagnostics)) {
        cleanup();
        resolve(diagnostics);
      }
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const seen = vscode.languages.getDiagnostics(uri).map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`);
      reject(new Error(`Timed out waiting for diagnostics on ${uri.path}; have: [${seen.join(', ')}]`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      listener.dispose();
    };
    check();
  });
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Closes edited documents without saving (so no "Save changes?" dialog blocks the next test), then every editor. */
export async function revertAndCloseAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await closeAllEditors();
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns a value (not undefined or false), or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Drives the real quick picks: accepts the active (preferred) item until the command finishes. */
export async function acceptPicksUntilDone<T>(running: Thenable<T>, before?: () => Promise<void>): Promise<T> {
  let done = false;
  const result = Promise.resolve(running).finally(() => {
    done = true;
  });
  await sleep(400);
  if (before) await before();
  for (let tries = 0; !done && tries < 150; tries += 1) {
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await sleep(150);
  }
  return result;
}
