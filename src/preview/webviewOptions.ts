// What the preview's webview may do and load: its own script (forms off), and files only from the
// extension's media folder and the previewed document's folder.
import * as vscode from 'vscode';
import { documentFolder } from './imageResolver';

export function previewWebviewOptions(extensionUri: vscode.Uri, documentUri: vscode.Uri | undefined): vscode.WebviewOptions {
  const folder = documentUri ? documentFolder(documentUri) : undefined;
  return {
    enableScripts: true,
    enableForms: false,
    enableCommandUris: false,
    localResourceRoots: folder ? [vscode.Uri.joinPath(extensionUri, 'media'), folder] : [vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/** The same roots (and so no reason to reload the webview)? */
export function sameResourceRoots(a: vscode.WebviewOptions, b: vscode.WebviewOptions): boolean {
  const roots = (options: vscode.WebviewOptions) => (options.localResourceRoots ?? []).map((uri) => uri.toString()).join('\n');
  return roots(a) === roots(b);
}
