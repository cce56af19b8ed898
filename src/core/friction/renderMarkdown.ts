// The comparison as a GitHub-flavoured Markdown table, with the definitions under it. Text from
// walkthroughs is escaped so a company name cannot add columns, links, HTML or emphasis.
import { COLUMN_IDS, COLUMNS } from './columns';
import type { FrictionRow } from './facts';
import { DEFAULT_ORDER_DESCRIPTION } from './order';
import { escapeMarkdownCell } from '../text/markdownEscape';

export interface MarkdownOptions {
  /** Relative path of the chart written next to the Markdown, shown as an image above the table. */
  chartPath?: string;
  /** How the rows are ordered, for the note under the table. */
  orderNote?: string;
}

export function renderFrictionMarkdown(rows: readonly FrictionRow[], options: MarkdownOptions = {}): string {
  const lines: string[] = [];
  if (options.chartPath !== undefined) {
    lines.push(`![Opt-out friction compared: one bar per company](${encodeURI(options.chartPath).replace(/[()]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)})`, '');
  }
  const columns = COLUMN_IDS.map((id) => COLUMNS[id]);
  lines.push(`| ${columns.map((column) => escapeMarkdownCell(column.label)).join(' | ')} |`);
  lines.push(`| ${columns.map((column) => (column.align === 'left' ? '---' : '---:')).join(' | ')} |`);
  for (const row of rows) lines.push(`| ${columns.map((column) => escapeMarkdownCell(column.text(row))).join(' | ')} |`);
  lines.push('');
  lines.push(escapeMarkdownCell(options.orderNote ?? `Order: ${DEFAULT_ORDER_DESCRIPTION}`));
  lines.push('');
  for (const column of columns.slice(1)) lines.push(`- **${escapeMarkdownCell(column.label)}**: ${escapeMarkdownCell(column.definition)}`);
  lines.push('');
  return `${lines.join('\n')}`;
}
