// "Export Walkthrough as HTML": asks where to save (default: beside the document, .html instead of
// .md), writes the standalone page through vscode.workspace.fs (so it works on any file system,
// web included) and offers to open it as a page (openExportedPage.ts), not as HTML source.
import * as vscode from 'vscode';
import { log } from '../platform/log';
import { openExportedPage } from './openExportedPage';
import { documentFolder } from './imageResolver';
import { localIsoDate } from '../core/text/localDate';
import { walkthroughEngine } from './walkthroughEngine';
import { readPreviewSettings } from './previewSettings';
import { trimChars } from '../core/text/trimChars';

/** Returns where the page was written, or undefined when cancelled or failed. */
export async function exportWalkthroughHtml(document: vscode.TextDocument, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const { parseWalkthrough, renderStandaloneHtml } = walkthroughEngine();
  const text = document.getText();
  const walkthrough = parseWalkthrough(text);
  const destination =
    target ??
    (await vscode.window.showSaveDialog({
      defaultUri: defaultTarget(document.uri, walkthrough.title),
      filters: { [vscode.l10n.t('HTML page')]: ['html', 'htm'] },
      saveLabel: vscode.l10n.t('Export'),
      title: vscode.l10n.t('Export Walkthrough as HTML'),
    }));
  if (!destination) return undefined;
  if (destination.toString() === document.uri.toString()) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Choose another file: the export would overwrite the walkthrough itself.'));
    return undefined;
  }
  try {
    const html = renderStandaloneHtml(walkthrough, text, { today: localIsoDate(), remoteImages: readPreviewSettings(document.uri).remoteImages });
    await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(html));
  } catch (error) {
    log().error(`Walkthrough export to ${destination.toString()} failed: ${error instanceof Error ? error.message : String(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}. See the "Right to Object" output for details.', label(destination)));
    return undefined;
  }
  void offerToOpen(destination);
  return destination;
}

async function offerToOpen(destination: vscode.Uri): Promise<void> {
  const open = vscode.l10n.t('Open');
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Exported the walkthrough to {0}.', label(destination)), open);
  if (choice !== open) return;
  await openExportedPage(destination);
}

function defaultTarget(documentUri: vscode.Uri, title: string): vscode.Uri | undefined {
  const folder = documentFolder(documentUri);
  if (folder) {
    const name = documentUri.path.split('/').pop() ?? 'walkthrough.md';
    return vscode.Uri.joinPath(folder, `${name.replace(/\.(?:md|markdown|mdown|mkd)$/i, '')}.html`);
  }
  const workspace = vscode.workspace.workspaceFolders?.[0]?.uri;
  return workspace ? vscode.Uri.joinPath(workspace, `${slug(title)}.html`) : undefined;
}

function slug(title: string): string {
  return trimChars(title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-'), '-').slice(0, 60) || 'walkthrough';
}

function label(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}
