// "Open" after an export: the page as a browser shows it, never its HTML source. On a desktop with
// a local file the system browser opens it. Elsewhere (VS Code for the web, code-server, remote
// windows, virtual file systems) a browser outside could not reach the file, so the page is shown
// in a webview, which is Chromium rendering the same file: scripts off, nothing loaded from
// outside, the page's own Content-Security-Policy kept.
import * as vscode from 'vscode';
import { log } from '../platform/log';

export const EXPORTED_PAGE_VIEW_TYPE = 'rightToObject.exportedPage';

export type OpenedAs = 'browser' | 'page-view' | 'failed';

export async function openExportedPage(page: vscode.Uri): Promise<OpenedAs> {
  if (page.scheme === 'file' && vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName) {
    if (await vscode.env.openExternal(page)) return 'browser';
  }
  let html: string;
  try {
    html = new TextDecoder().decode(await vscode.workspace.fs.readFile(page));
  } catch (error) {
    log().error(`Could not read the exported page ${page.toString()}: ${error instanceof Error ? error.message : String(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not open {0}. See the "Right to Object" output for details.', vscode.workspace.asRelativePath(page, false)));
    return 'failed';
  }
  const panel = vscode.window.createWebviewPanel(
    EXPORTED_PAGE_VIEW_TYPE,
    vscode.l10n.t('{0} (exported page)', page.path.split('/').pop() ?? 'page.html'),
    { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
    { enableScripts: false, enableForms: false, enableCommandUris: false, localResourceRoots: [] },
  );
  panel.webview.html = html;
  return 'page-view';
}
