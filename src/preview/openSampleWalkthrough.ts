// "Open Sample Walkthrough": the sample shipped in media/samples/, opened as a new untitled
// Markdown document. A copy, so people can edit it freely and it works where the extension's own
// files are not openable (the web), and nobody edits the installed extension by accident.
import * as vscode from 'vscode';

export const SAMPLE_WALKTHROUGH_PATH = ['media', 'samples', 'meta-ai-objection.md'] as const;

export async function openSampleWalkthrough(extensionUri: vscode.Uri): Promise<vscode.TextEditor> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...SAMPLE_WALKTHROUGH_PATH));
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
  return vscode.window.showTextDocument(document);
}
