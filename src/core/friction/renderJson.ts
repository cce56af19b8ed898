// The comparison as JSON (the CLI's --format json): the order, the bar length's definition, the
// columns with their definitions (from the one column table) and the rows' facts.
import { COLUMN_IDS, COLUMNS, type ColumnId } from './columns';
import type { FrictionRow } from './facts';
import { BAR_LENGTH_DEFINITION } from './parts';

export interface FrictionJson {
  order: string;
  barLength: string;
  columns: { id: ColumnId; label: string; definition: string }[];
  rows: readonly FrictionRow[];
}

export function frictionJson(rows: readonly FrictionRow[], orderNote: string): FrictionJson {
  const columns = COLUMN_IDS.map((id) => ({ id, label: COLUMNS[id].label, definition: COLUMNS[id].definition }));
  return { order: orderNote, barLength: BAR_LENGTH_DEFINITION, columns, rows };
}

export function renderFrictionJson(rows: readonly FrictionRow[], orderNote: string): string {
  return `${JSON.stringify(frictionJson(rows, orderNote), null, 2)}\n`;
}
