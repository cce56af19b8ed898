// Ordering the comparison. The documented default puts the most demanding opt-out first: by number
// of steps, then verifications (one-time codes, then ID uploads), then whether a justification is
// demanded, then whether the outcome is at the company's discretion; ties by company name. Any
// column can be sorted instead, ascending or descending, with the default order breaking ties.
import { COLUMNS, type ColumnId } from './columns';
import type { FrictionRow } from './facts';

export type SortDirection = 'asc' | 'desc';

export interface SortSpec {
  column: ColumnId;
  direction: SortDirection;
}

/** The keys of the default order, most friction first (each compared descending). */
export const DEFAULT_ORDER_KEYS: readonly ColumnId[] = ['steps', 'verifications', 'oneTimeCodes', 'idUploads', 'justificationDemanded', 'outcomeAtDiscretion'];

export const DEFAULT_ORDER_DESCRIPTION =
  "Most steps first; then most verifications (one-time codes, then ID uploads); then a demanded justification before none; then an outcome at the company's discretion before none; ties by company name.";

function compareValues(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en');
}

function byName(a: FrictionRow, b: FrictionRow): number {
  return compareValues(COLUMNS.company.value(a), COLUMNS.company.value(b)) || a.file.localeCompare(b.file, 'en');
}

export function compareDefault(a: FrictionRow, b: FrictionRow): number {
  for (const key of DEFAULT_ORDER_KEYS) {
    const difference = compareValues(COLUMNS[key].value(b), COLUMNS[key].value(a));
    if (difference !== 0) return difference;
  }
  return byName(a, b);
}

/** A sorted copy: by the given column, or in the default order when none is given. */
export function sortRows(rows: readonly FrictionRow[], spec?: SortSpec): FrictionRow[] {
  if (!spec) return [...rows].sort(compareDefault);
  const column = COLUMNS[spec.column];
  const sign = spec.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compareValues(column.value(a), column.value(b)) || compareDefault(a, b));
}

/** The note under a table: the default order in words, or the column it is sorted by. */
export function orderNote(spec?: SortSpec): string {
  if (!spec) return `Order: ${DEFAULT_ORDER_DESCRIPTION}`;
  const direction = spec.direction === 'asc' ? 'ascending' : 'descending';
  return `Order: by "${COLUMNS[spec.column].label}", ${direction}; ties in the default order.`;
}
