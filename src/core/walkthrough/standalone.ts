// renderStandaloneHtml: a complete page to publish. No script is needed to read it, and its CSP
// allows only the inline stylesheet, and https images only when remote images are allowed.
import { escapeHtml } from '../text/htmlEscape';
import { renderWalkthroughBody } from './renderBody';
import { STANDALONE_CSS } from './standaloneCss';
import type { Walkthrough } from './types';

/** The page's CSP with remote images off (the default): no image loads at all. */
export const STANDALONE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'";
/** With remote images allowed (setting rightToObject.preview.remoteImages). */
export const STANDALONE_CSP_REMOTE_IMAGES = "default-src 'none'; style-src 'unsafe-inline'; img-src https:";

export function renderStandaloneHtml(walkthrough: Walkthrough, text: string, options: { today: string; remoteImages?: boolean }): string {
  const remoteImages = options.remoteImages === true;
  const body = renderWalkthroughBody(walkthrough, text, { mode: 'export', today: options.today, remoteImages });
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${remoteImages ? STANDALONE_CSP_REMOTE_IMAGES : STANDALONE_CSP}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="color-scheme" content="light dark">\n' +
    `<title>${escapeHtml(walkthrough.title)}</title>\n` +
    `<style>${STANDALONE_CSS}</style>\n</head>\n<body>\n${body}</body>\n</html>\n`
  );
}
