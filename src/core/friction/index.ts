/**
 * Comparing opt-out friction across walkthroughs (#15). Editor-free: used by the CLI command
 * `friction`, the extension's comparison panel and the unit tests.
 *
 * - `frictionRow(walkthrough, file)` → the facts of one walkthrough (counts and yes/no, no score).
 * - `sortRows(rows, spec?)` → the documented default order, or by any column.
 * - `renderFrictionMarkdown`, `renderFrictionSvg`, `renderFrictionHtml`, `renderFrictionJson` →
 *   publishable output, every one drawn from the one column table (columns.ts).
 */
export { frictionRow, isWalkthrough, waitingText, type FrictionRow } from './facts';
export { COLUMNS, COLUMN_IDS, isColumnId, type Column, type ColumnChart, type ColumnId } from './columns';
export { sortRows, orderNote, compareDefault, DEFAULT_ORDER_KEYS, DEFAULT_ORDER_DESCRIPTION, type SortDirection, type SortSpec } from './order';
export { CHART_PARTS, BAR_LENGTH_DEFINITION, barLength, partsText, type ChartPart, type PartId } from './parts';
export { renderFrictionMarkdown, type MarkdownOptions } from './renderMarkdown';
export { renderFrictionSvg, type SvgOptions } from './renderSvg';
export { renderFrictionJson, frictionJson, type FrictionJson } from './renderJson';
export { renderFrictionHtml, renderFrictionTable, renderDefinitions, FRICTION_PAGE_CSP, FRICTION_CSS, FRICTION_TABLE_CSS, type PageOptions } from './renderHtml';
export { SAMPLE_WALKTHROUGHS } from './samples';
export { parseWalkthrough } from '../walkthrough';
