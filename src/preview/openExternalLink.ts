// Opens a link clicked in the preview, outside VS Code, if it is an http(s) page or a mailto:
// address. The webview itself never navigates.
import * as vscode from 'vscode';
import { log } from '../platform/log';
import { isOpenableHref } from './safeLinks';

export async function openExternalLink(href: string): Promise<boolean> {
  if (!isOpenableHref(href)) {
    log().warn(`Walkthrough preview: refused to open the link "${href.slice(0, 200)}"`);
    return false;
  }
  return vscode.env.openExternal(vscode.Uri.parse(href, true));
}
