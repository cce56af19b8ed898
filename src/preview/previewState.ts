// The state the webview keeps with vscode.setState and VS Code hands back after a reload.

export interface PreviewState {
  /** The URI of the previewed document, as vscode.Uri.toString() wrote it. */
  uri: string;
}

/** The saved state if it names a document, otherwise undefined. */
export function parsePreviewState(state: unknown): PreviewState | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const uri = (state as Record<string, unknown>)['uri'];
  return typeof uri === 'string' && uri.length > 0 && uri.length <= 4096 ? { uri } : undefined;
}
