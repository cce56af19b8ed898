// renderWalkthroughBody: the walkthrough as an HTML fragment for the webview or an export.
// Order: in preview mode the problems banner, then header, deadline banner, friction summary, the
// document (its steps list drawn as a checklist) and sources.
import { analyze } from './analyze';
import { MAX_WALKTHROUGH_CHARS, tooLargeMessage } from './parse';
import { escapeHtml } from '../text/htmlEscape';
import { summarizeFriction } from './friction';
import { markdownEngine, type MarkdownSettings } from './markdown';
import { renderFriction } from './renderFriction';
import { renderDeadlineBanner, renderHeader, renderSources } from './renderMeta';
import type { RenderOptions } from './renderOptions';
import { renderProblems } from './renderProblems';
import { renderChecklist } from './renderSteps';
import type { Walkthrough } from './types';

export function renderWalkthroughBody(walkthrough: Walkthrough, text: string, options: RenderOptions): string {
  const mode = options.mode === 'export' ? 'export' : 'preview';
  if (typeof text === 'string' && text.length > MAX_WALKTHROUGH_CHARS) {
    return `<article class="rto-walkthrough" data-mode="${mode}"><p class="rto-render-error">${escapeHtml(tooLargeMessage(text.length))}</p></article>\n`;
  }
  try {
    return render(walkthrough, typeof text === 'string' ? text : '', { ...options, mode });
  } catch (error) {
    // Never throw into the adapter; show what went wrong instead of a blank panel.
    const message = error instanceof Error ? error.message : String(error);
    return `<article class="rto-walkthrough" data-mode="${mode}"><p class="rto-render-error">${escapeHtml(`Could not render this walkthrough: ${message}`)}</p></article>\n`;
  }
}

function render(walkthrough: Walkthrough, text: string, options: RenderOptions): string {
  const settings: MarkdownSettings = { mode: options.mode, remoteImages: options.remoteImages === true };
  if (options.resolveImage) settings.resolveImage = options.resolveImage;
  const analysis = analyze(text, settings);
  const md = markdownEngine();
  const { tokens, env } = analysis;
  const renderTokens = (from: number, to: number): string => (from < to ? md.renderer.render(tokens.slice(from, to), md.options, env) : '');

  // The header already shows the title; drop a leading "# Title" that repeats it.
  const first = tokens[0];
  const titleRepeated = first?.type === 'heading_open' && first.tag === 'h1' && tokens[1]?.content.trim() === walkthrough.title;
  const start = titleRepeated ? 3 : 0;
  const list = analysis.location.list;
  const documentHtml = list ? renderTokens(start, list.openIndex) + renderChecklist(analysis, options.mode) + renderTokens(list.closeIndex + 1, tokens.length) : renderTokens(start, tokens.length);

  return (
    `<article class="rto-walkthrough" data-mode="${options.mode}">\n` +
    // First, so a broken front matter or a bad tag is seen before the page it spoils (#20).
    (options.mode === 'preview' ? renderProblems(walkthrough.problems) : '') +
    renderHeader(walkthrough) +
    renderDeadlineBanner(walkthrough, options.today) +
    renderFriction(summarizeFriction(walkthrough)) +
    `<div class="rto-document">\n${documentHtml}</div>\n` +
    renderSources(walkthrough) +
    '</article>\n'
  );
}
