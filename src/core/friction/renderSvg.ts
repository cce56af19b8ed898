// The comparison as a standalone SVG: one stacked horizontal bar per company, one colour per
// friction kind, a legend that defines the bar length, and a text label on every bar that names
// every part (colour is never the only carrier). Text uses currentColor; the standalone file sets
// that colour for light and dark schemes and falls back to system colours in forced-colors mode.
import { escapeXml } from '../text/htmlEscape';
import type { FrictionRow } from './facts';
import { BAR_LENGTH_DEFINITION, barLength, CHART_PARTS, partsText } from './parts';

export interface SvgOptions {
  /**
   * true: a file of its own (sets its text colour for light and dark schemes, for <img> on GitHub).
   * false: inlined into a page that sets `color` (the webview, the HTML export).
   */
  standalone: boolean;
  title?: string;
  /** Draw the title as a heading (a page that has its own heading turns it off). Default true. */
  heading?: boolean;
  /** A CSP nonce for the chart's <style>, when it is inlined into a page that requires one. */
  styleNonce?: string;
}

const WIDTH = 880;
const NAME_WIDTH = 300;
const BAR_AREA = 360;
const ROW_HEIGHT = 44;
const BAR_HEIGHT = 18;
const TOP = 52;
const LEGEND_ROW = 22;
const MAX_NAME = 34;
/** Characters per line of the legend's definition (12.5px text in an 880px wide chart). */
const DEFINITION_LINE = 125;

/** Long names are shortened on the chart; the full name stays in the <title> tooltip and the table. */
function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

export function renderFrictionSvg(rows: readonly FrictionRow[], options: SvgOptions): string {
  const title = options.title ?? 'Opt-out friction compared';
  const longest = Math.max(1, ...rows.map(barLength));
  const heading = options.heading !== false;
  const top = heading ? TOP : TOP - 34;
  const definition = wrap(BAR_LENGTH_DEFINITION, DEFINITION_LINE);
  const unit = BAR_AREA / longest;
  const legendTop = top + Math.max(1, rows.length) * ROW_HEIGHT + 16;
  const legendRows = Math.ceil(CHART_PARTS.length / 2);
  const height = legendTop + legendRows * LEGEND_ROW + 28 + definition.length * 18;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="rto-chart-title rto-chart-desc" class="rto-chart">`,
  );
  out.push(`<title id="rto-chart-title">${escapeXml(title)}</title>`);
  out.push(`<desc id="rto-chart-desc">${escapeXml(rows.map((row) => `${row.company}: ${partsText(row)}.`).join(' '))} ${escapeXml(BAR_LENGTH_DEFINITION)}</desc>`);
  out.push(options.styleNonce === undefined ? '<style>' : `<style nonce="${escapeXml(options.styleNonce)}">`);
  if (options.standalone) {
    out.push('.rto-chart { color: #1f2328; } @media (prefers-color-scheme: dark) { .rto-chart { color: #e6edf3; } }');
  }
  out.push(
    '.rto-chart text { fill: currentColor; font: 14px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }',
    '.rto-chart .rto-chart-heading { font-size: 17px; font-weight: 600; }',
    '.rto-chart .rto-chart-small { font-size: 12.5px; }',
    '.rto-chart .rto-part { stroke: currentColor; stroke-width: 0.75; stroke-opacity: 0.6; }',
    '@media (forced-colors: active) { .rto-chart text { fill: CanvasText; } .rto-chart .rto-part { stroke: CanvasText; stroke-opacity: 1; } }',
  );
  out.push('</style>');
  if (heading) out.push(`<text class="rto-chart-heading" x="0" y="22">${escapeXml(title)}</text>`);
  if (rows.length === 0) out.push(`<text x="0" y="${top + 20}">No walkthroughs to compare.</text>`);
  rows.forEach((row, index) => {
    const y = top + index * ROW_HEIGHT;
    const total = barLength(row);
    out.push(`<g class="rto-bar" data-company="${escapeXml(row.company)}">`);
    out.push(`<title>${escapeXml(`${row.company} (${row.title}): ${partsText(row)}; bar length ${total}`)}</title>`);
    out.push(`<text class="rto-bar-name" x="0" y="${y + 14}">${escapeXml(shorten(row.company, MAX_NAME))}</text>`);
    let x = NAME_WIDTH;
    for (const part of CHART_PARTS) {
      const amount = part.amount(row);
      if (amount === 0) continue;
      const width = Math.max(2, amount * unit);
      out.push(
        `<rect class="rto-part rto-part-${part.id}" data-part="${part.id}" data-amount="${amount}" x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${BAR_HEIGHT}" fill="${part.colour}"/>`,
      );
      x += width;
    }
    out.push(`<text class="rto-bar-total" x="${(x + 8).toFixed(1)}" y="${y + 14}">${total}</text>`);
    out.push(`<text class="rto-bar-label rto-chart-small" x="${NAME_WIDTH}" y="${y + BAR_HEIGHT + 16}">${escapeXml(shorten(partsText(row), 90))}</text>`);
    out.push('</g>');
  });
  out.push(`<g class="rto-legend">`);
  CHART_PARTS.forEach((part, index) => {
    const x = (index % 2) * (WIDTH / 2);
    const y = legendTop + Math.floor(index / 2) * LEGEND_ROW;
    out.push(`<rect class="rto-part" x="${x}" y="${y}" width="14" height="14" fill="${part.colour}"/>`);
    out.push(`<text class="rto-chart-small" x="${x + 20}" y="${y + 12}">${escapeXml(part.label)}</text>`);
  });
  const definitionY = legendTop + legendRows * LEGEND_ROW + 14;
  definition.forEach((line, index) => out.push(`<text class="rto-chart-small rto-chart-definition" x="0" y="${definitionY + index * 18}">${escapeXml(line)}</text>`));
  out.push('</g>');
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** Breaks text into lines of at most `width` characters, at spaces (SVG text does not wrap). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
