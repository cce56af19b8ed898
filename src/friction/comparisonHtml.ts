// The comparison panel's page: the chart, the matrix with sortable headers and the export and
// insert actions. No script: sorting and the actions are command links, which the webview only
// follows for the commands it is allowed (webview options). Every text is escaped by the core
// renderers; the CSP allows only the nonce'd stylesheets of this render.
import type { ColumnId, FrictionRow, SortSpec } from '../core/friction';
import { escapeHtml } from '../core/text/htmlEscape';
import { COMMANDS } from '../platform/constants';
import { frictionEngine } from './frictionEngine';

export interface PanelLabels {
  title: string;
  exportHtml: string;
  exportMarkdown: string;
  insertTable: string;
  sortBy: string;
  empty: string;
  facts: string;
}

export function commandLink(command: string, args: readonly unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

export function comparisonPageCsp(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; img-src 'none'; script-src 'none'; form-action 'none'`;
}

// The theme's colours for the shared table layout (FRICTION_TABLE_CSS), and the panel's own parts.
const PANEL_CSS = `
:root { --rto-border: var(--vscode-panel-border, var(--vscode-contrastBorder, #888)); --rto-head: var(--vscode-editorWidget-background); --rto-muted: var(--vscode-descriptionForeground); }
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 1rem 2rem; }
a { color: var(--vscode-textLink-foreground); }
a:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
.rto-actions { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; margin: 0.75rem 0; }
.rto-friction-table thead a { color: inherit; }
`;

export function renderComparisonPage(rows: readonly FrictionRow[], spec: SortSpec | undefined, nonce: string, labels: PanelLabels): string {
  const { renderFrictionSvg, renderFrictionTable, renderDefinitions, orderNote, FRICTION_TABLE_CSS } = frictionEngine();
  const header = (id: ColumnId, label: string) => {
    // First click sorts by most friction (descending); clicking the sorted column flips it.
    const direction = spec?.column === id && spec.direction === 'desc' ? 'asc' : 'desc';
    const arrow = spec?.column === id ? (spec.direction === 'desc' ? ' ▼' : ' ▲') : '';
    const title = `${labels.sortBy} ${label}`;
    return `<a href="${escapeHtml(commandLink(COMMANDS.sortFrictionComparison, [id, direction]))}" title="${escapeHtml(title)}">${escapeHtml(label)}${arrow}</a>`;
  };
  const body =
    rows.length === 0
      ? `<p>${escapeHtml(labels.empty)}</p>`
      : `<div class="rto-chart-box">${renderFrictionSvg(rows, { standalone: false, title: labels.title, heading: false, styleNonce: nonce })}</div>\n` +
        renderFrictionTable(rows, { header, showFiles: true }) +
        `<p class="rto-note">${escapeHtml(orderNote(spec))}</p>\n` +
        `<details><summary>${escapeHtml(labels.facts)}</summary>\n${renderDefinitions()}</details>\n`;
  const actions = [
    [COMMANDS.exportFrictionHtml, labels.exportHtml],
    [COMMANDS.exportFrictionMarkdown, labels.exportMarkdown],
    [COMMANDS.insertFrictionTable, labels.insertTable],
  ]
    .map(([command, label]) => `<a href="${escapeHtml(commandLink(command!, []))}">${escapeHtml(label!)}</a>`)
    .join('\n');
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${comparisonPageCsp(nonce)}">\n` +
    `<title>${escapeHtml(labels.title)}</title>\n<style nonce="${nonce}">${PANEL_CSS}${FRICTION_TABLE_CSS}</style>\n</head>\n<body>\n` +
    `<h1>${escapeHtml(labels.title)}</h1>\n<nav class="rto-actions">\n${rows.length === 0 ? '' : actions}\n</nav>\n${body}</body>\n</html>\n`
  );
}
