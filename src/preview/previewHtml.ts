// The page the webview loads: a strict Content-Security-Policy with a fresh nonce, the two
// stylesheets and the one script from media/, and the first rendered body so nothing waits for a
// round trip. Later renders arrive as messages and replace the body in place (scroll position kept).
import * as vscode from 'vscode';
import { escapeHtml } from '../core/text/htmlEscape';
import { previewCsp } from '../core/walkthrough/previewCsp';
import { createNonce } from '../platform/nonce';

export interface ShellContent {
  title: string;
  uri: string;
  version: number;
  bodyHtml: string;
  checked: readonly string[];
  /** Labels the webview script needs (localised by the host). */
  labels: { resetProgress: string };
  /** Whether the page's CSP lets https: images load (rightToObject.preview.remoteImages). */
  remoteImages: boolean;
}

export function previewShellHtml(webview: vscode.Webview, extensionUri: vscode.Uri, content: ShellContent): string {
  const nonce = createNonce();
  const media = (name: string) => escapeHtml(webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', name)).toString());
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(previewCsp(webview.cspSource, nonce, content.remoteImages))}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<link rel="stylesheet" href="${media('walkthrough.css')}">\n` +
    `<link rel="stylesheet" href="${media('walkthroughPreview.css')}">\n` +
    `<title>${escapeHtml(content.title)}</title>\n</head>\n` +
    `<body data-uri="${escapeHtml(content.uri)}" data-version="${content.version}" ` +
    `data-checked="${escapeHtml(content.checked.join(' '))}" data-reset-label="${escapeHtml(content.labels.resetProgress)}">\n` +
    `<main id="rto-root" class="rto-root">\n${content.bodyHtml}</main>\n` +
    `<script nonce="${nonce}" src="${media('walkthroughPreview.js')}"></script>\n` +
    '</body>\n</html>\n'
  );
}
