// The policy importer (dist/policyEngine.js: HTML parser, Readability, turndown, the Public Suffix
// List) is a file of its own, read and evaluated the first time an import or a check runs, never at
// activation. The same file serves both hosts: it is read from the extension's folder (workspace.fs
// on the desktop, the extension's http(s) location in the browser) and evaluated as a CommonJS
// module; it needs no Node built-ins. Only types may be imported from src/core/policyEngine.ts
// in this folder (a value import would bundle the libraries into dist/extension.js).
import * as vscode from 'vscode';
import type * as PolicyEngine from '../core/policyEngine';

export type PolicyEngineModule = typeof PolicyEngine;

let loading: Promise<PolicyEngineModule> | undefined;
/** How many times the file was evaluated (tests check it is once, and not at activation). */
let evaluations = 0;

export function policyEngineEvaluations(): number {
  return evaluations;
}

/** The importer, loaded on first call (and once). */
export function loadPolicyEngine(extensionUri: vscode.Uri): Promise<PolicyEngineModule> {
  loading ??= read(extensionUri).catch((error: unknown) => {
    loading = undefined; // a failed load may be retried
    throw error;
  });
  return loading;
}

/**
 * A file of the extension itself: through workspace.fs (desktop, remote); in the browser the
 * extension is served over http(s), which the browser's fetch reads (it is the extension's own
 * location, never a workspace source).
 */
async function readExtensionFile(uri: vscode.Uri): Promise<string> {
  if (uri.scheme === 'http' || uri.scheme === 'https') {
    const response = await fetch(uri.toString(true));
    if (!response.ok) throw new Error(`could not load ${uri.path} (${response.status})`);
    return response.text();
  }
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function read(extensionUri: vscode.Uri): Promise<PolicyEngineModule> {
  const file = vscode.Uri.joinPath(extensionUri, 'dist', 'policyEngine.js');
  const source = await readExtensionFile(file);
  const module = { exports: {} as Record<string, unknown> };
  const noRequire = (name: string) => {
    throw new Error(`dist/policyEngine.js asked for "${name}", which it must not need`);
  };
  // The extension's own bundle, built by esbuild.js: evaluated like a CommonJS module. The web
  // worker's CSP allows this ('unsafe-eval'); a bundler-generated file, never workspace content.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluates the extension's own shipped bundle
  const evaluate = new Function('module', 'exports', 'require', `${source}\n//# sourceURL=${file.toString()}`) as (module: unknown, exports: unknown, require: unknown) => void;
  evaluate(module, module.exports, noRequire);
  evaluations++;
  return module.exports as unknown as PolicyEngineModule;
}
