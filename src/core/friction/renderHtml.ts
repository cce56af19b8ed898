// The comparison as a standalone HTML page: no script, a strict CSP that allows only the inline
// stylesheet, every text from walkthroughs escaped, links only to http(s) sources.
import { isAllowedLinkHref } from '../walkthrough/safeUrl';
import { COLUMN_IDS, COLUMNS, type ColumnId } from './columns';
import { escapeXml as escape } from '../text/htmlEscape';
import type { FrictionRow } from './facts';
import { DEFAULT_ORDER_DESCRIPTION } from './order';
import { renderFrictionSvg } from './renderSvg';

export const FRICTION_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'";

/**
 * The layout of the chart box, the matrix and the definitions, shared by the exported page and the
 * comparison panel. Each sets the colours: --rto-border (cell borders), --rto-head (header cells)
 * and --rto-muted (notes, definitions, file names).
 */
export const FRICTION_TABLE_CSS = `
.rto-chart-box { overflow-x: auto; }
.rto-chart { max-width: 100%; height: auto; }
.rto-friction-table { border-collapse: collapse; margin: 1rem 0; }
.rto-friction-table th, .rto-friction-table td { border: 1px solid var(--rto-border); padding: 0.35rem 0.55rem; text-align: left; vertical-align: top; }
.rto-friction-table thead th { background: var(--rto-head); }
.rto-friction-table .rto-num { text-align: right; }
.rto-friction-table .rto-file { display: block; color: var(--rto-muted); font-size: 0.85em; word-break: break-all; }
.rto-note, .rto-definitions dd { color: var(--rto-muted); }
.rto-definitions dt { font-weight: 600; margin-top: 0.4rem; }
.rto-definitions dd { margin: 0; }
@media (forced-colors: active) { .rto-friction-table th, .rto-friction-table td { border-color: CanvasText; } }
`;

export const FRICTION_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --rto-muted: #59636e; --rto-border: #d1d9e0; --link: #0969da; --rto-head: #f6f8fa; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --rto-muted: #9198a1; --rto-border: #3d444d; --link: #4493f8; --rto-head: #151b23; } }
body { margin: 0; padding: 2rem 1rem; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 64rem; margin: 0 auto; }
a { color: var(--link); }
.rto-friction-table { width: 100%; }
.rto-friction-table tbody th { background: var(--rto-head); }
.rto-sources { word-break: break-all; }
${FRICTION_TABLE_CSS}`;

export interface TableOptions {
  /** Header cell content for a column (the webview adds sort links); escaped text by default. */
  header?: (id: ColumnId, label: string) => string;
  /** Show each row's file under the company name. */
  showFiles?: boolean;
}

/** Numbers and yes/no facts are right-aligned (the column table says which). */
function alignClass(id: ColumnId): string {
  return COLUMNS[id].align === 'right' ? ' class="rto-num"' : '';
}

/** The matrix as an HTML table (escaped), shared by the page and the webview. */
export function renderFrictionTable(rows: readonly FrictionRow[], options: TableOptions = {}): string {
  const header = options.header ?? ((_id, label) => escape(label));
  const head = COLUMN_IDS.map((id) => `<th scope="col"${alignClass(id)} data-column="${id}">${header(id, COLUMNS[id].label)}</th>`).join('');
  const body = rows
    .map((row) => {
      const cells = COLUMN_IDS.map((id) => {
        const text = escape(COLUMNS[id].text(row));
        if (id !== 'company') return `<td${alignClass(id)} data-column="${id}">${text}</td>`;
        const file = options.showFiles ? `<span class="rto-file">${escape(row.file)}</span>` : '';
        return `<th scope="row" data-column="company">${text}${file}</th>`;
      }).join('');
      return `<tr>${cells}</tr>`;
    })
    .join('\n');
  return `<table class="rto-friction-table">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>\n`;
}

/** Column definitions as a definition list. */
export function renderDefinitions(): string {
  const items = COLUMN_IDS.slice(1)
    .map((id) => `<dt>${escape(COLUMNS[id].label)}</dt><dd>${escape(COLUMNS[id].definition)}</dd>`)
    .join('\n');
  return `<dl class="rto-definitions">\n${items}\n</dl>\n`;
}

function renderSources(rows: readonly FrictionRow[]): string {
  const items = rows
    .map((row) => {
      const links = row.sources.filter(isAllowedLinkHref).map((url) => `<li><a href="${escape(url)}" rel="noopener noreferrer">${escape(url)}</a></li>`);
      return links.length > 0 ? `<li>${escape(row.company)}: ${escape(row.title)}<ul>${links.join('')}</ul></li>` : '';
    })
    .filter((item) => item !== '')
    .join('\n');
  return items === '' ? '' : `<h2>Sources</h2>\n<ul class="rto-sources">\n${items}\n</ul>\n`;
}

export interface PageOptions {
  title?: string;
  orderNote?: string;
  /** YYYY-MM-DD, shown as the date of the comparison. */
  today?: string;
}

export function renderFrictionHtml(rows: readonly FrictionRow[], options: PageOptions = {}): string {
  const title = options.title ?? 'Opt-out friction compared';
  const dated = options.today ? ` Compared on ${escape(options.today)}.` : '';
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${FRICTION_PAGE_CSP}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light dark">\n' +
    `<title>${escape(title)}</title>\n<style>${FRICTION_CSS}</style>\n</head>\n<body>\n<main>\n` +
    `<h1>${escape(title)}</h1>\n` +
    `<p class="rto-note">Facts read from the friction tags of each walkthrough; no score.${dated} Opt-out processes change: check the sources.</p>\n` +
    `<div class="rto-chart-box">${renderFrictionSvg(rows, { standalone: false, title, heading: false })}</div>\n` +
    renderFrictionTable(rows) +
    `<p class="rto-note">${escape(options.orderNote ?? `Order: ${DEFAULT_ORDER_DESCRIPTION}`)}</p>\n` +
    `<h2>Definitions</h2>\n${renderDefinitions()}` +
    renderSources(rows) +
    '</main>\n</body>\n</html>\n'
  );
}
