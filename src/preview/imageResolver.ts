// Maps a relative image path in a walkthrough to a webview URI, only for files inside the
// document's own folder (which is also the only workspace folder in localResourceRoots).
// Everything else is refused, and the renderer shows the image's alt text instead.
import * as vscode from 'vscode';

export type ImageResolver = (src: string) => string | undefined;

/** The folder a document's relative images are read from, if it has one. */
export function documentFolder(documentUri: vscode.Uri): vscode.Uri | undefined {
  if (documentUri.scheme === 'untitled' || !documentUri.path.includes('/')) return undefined;
  return vscode.Uri.joinPath(documentUri, '..');
}

export function createImageResolver(webview: vscode.Webview, documentUri: vscode.Uri): ImageResolver | undefined {
  const folder = documentFolder(documentUri);
  if (!folder) return undefined;
  const prefix = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return (src) => {
    // Absolute and Windows-style paths are refused rather than guessed at.
    if (src.length === 0 || src.startsWith('/') || src.includes('\\')) return undefined;
    // joinPath normalises "..", so a path that climbs out of the folder no longer starts with it.
    const target = vscode.Uri.joinPath(folder, src);
    if (!target.path.startsWith(prefix)) return undefined;
    return webview.asWebviewUri(target).toString();
  };
}
