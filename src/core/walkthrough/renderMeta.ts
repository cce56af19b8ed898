// The parts of the page built from front matter: header, deadline banner, sources.
import { daysUntil, deadlineState } from './deadline';
import { escapeHtml } from '../text/htmlEscape';
import { isAllowedLinkHref } from './safeUrl';
import type { Walkthrough } from './types';

export function renderHeader(walkthrough: Walkthrough): string {
  const { controller, jurisdiction, deadline, updated } = walkthrough.frontMatter;
  const facts: string[] = [];
  if (controller) facts.push(metaItem('controller', 'Company', escapeHtml(controller)));
  if (jurisdiction) facts.push(metaItem('jurisdiction', 'Jurisdiction', `<code>${escapeHtml(jurisdiction)}</code>`));
  if (deadline) facts.push(metaItem('deadline', 'Deadline', timeElement(deadline)));
  if (updated) facts.push(metaItem('updated', 'Last checked', timeElement(updated)));
  const meta = facts.length > 0 ? `\n<dl class="rto-meta">${facts.join('')}</dl>` : '';
  return `<header class="rto-header">\n<h1 class="rto-title">${escapeHtml(walkthrough.title)}</h1>${meta}\n</header>\n`;
}

function metaItem(name: string, label: string, valueHtml: string): string {
  return `<div class="rto-meta-item rto-meta-${name}"><dt>${escapeHtml(label)}</dt><dd>${valueHtml}</dd></div>`;
}

function timeElement(date: string): string {
  return `<time datetime="${escapeHtml(date)}">${escapeHtml(date)}</time>`;
}

function dayCount(days: number): string {
  return `${days} day${days === 1 ? '' : 's'}`;
}

/** Past: prominent; soon (14 days or fewer): warning; otherwise a quiet note; none: nothing. */
export function renderDeadlineBanner(walkthrough: Walkthrough, today: string): string {
  const deadline = walkthrough.frontMatter.deadline;
  const state = deadlineState(deadline, today);
  const days = daysUntil(deadline, today);
  if (state === 'none' || deadline === undefined || days === undefined) return '';
  const date = timeElement(deadline);
  let label: string;
  let sentence: string;
  if (state === 'past') {
    label = 'Deadline passed';
    sentence = `The deadline in this guide, ${date}, was ${dayCount(-days)} ago. Check the sources before relying on these steps.`;
  } else if (state === 'soon') {
    label = 'Deadline soon';
    sentence = days === 0 ? `The deadline, ${date}, is today.` : `The deadline, ${date}, is in ${dayCount(days)}.`;
  } else {
    label = 'Deadline';
    sentence = `${date}, in ${dayCount(days)}.`;
  }
  return (
    `<aside class="rto-deadline rto-deadline-${state}" data-deadline-state="${state}">` +
    `<strong class="rto-deadline-label">${escapeHtml(label)}</strong> <span class="rto-deadline-text">${sentence}</span></aside>\n`
  );
}

export function renderSources(walkthrough: Walkthrough): string {
  const sources = (walkthrough.frontMatter.sources ?? []).filter(isAllowedLinkHref);
  if (sources.length === 0) return '';
  const items = sources.map((url) => `<li><a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(url)}</a></li>`).join('');
  return (
    '<section class="rto-sources" aria-labelledby="rto-sources-heading">\n' +
    `<h2 class="rto-section-title" id="rto-sources-heading">Sources</h2>\n<ul class="rto-source-list">${items}</ul>\n</section>\n`
  );
}
