// The parts a chart bar is made of: the columns that have a chart colour (columns.ts), in column
// order, one colour per friction kind. Every colour has at least 3:1 contrast (non-text contrast,
// WCAG 1.4.11) against a white page and against the dark backgrounds of GitHub and VS Code
// (#0d1117, #1e1e1e); a unit test checks it.
import { COLUMN_IDS, COLUMNS, type ColumnId } from './columns';
import type { FrictionRow } from './facts';

export type PartId = ColumnId;

export interface ChartPart {
  id: PartId;
  /** Legend text; yes/no facts say that a yes adds 1. */
  label: string;
  colour: string;
  /** How much this part adds to the bar. Yes/no facts add 1 when yes. */
  amount(row: FrictionRow): number;
  /** The part in the bar's label: "5 steps", "1 one-time code", "justification demanded". */
  words(amount: number): string;
}

export const CHART_PARTS: readonly ChartPart[] = COLUMN_IDS.flatMap((id): ChartPart[] => {
  const { label, chart, amount } = COLUMNS[id];
  if (chart === undefined || amount === undefined) return [];
  const unit = chart.unit;
  return [
    {
      id,
      label: chart.legend ?? (unit ? label : `${label} (yes = 1)`),
      colour: chart.colour,
      amount,
      words: unit ? (n) => `${n} ${n === 1 ? unit[0] : unit[1]}` : () => label.toLowerCase(),
    },
  ];
});

/** What a bar's length means; shown in every legend and in the docs. */
export const BAR_LENGTH_DEFINITION =
  "Bar length = steps + form fields + one-time codes + ID uploads + steps with stated waiting, plus 1 for each yes (justification demanded, account required, company's discretion). It counts what is asked; it is not a score, and every part is shown.";

/** The bar's total, by the definition above. */
export function barLength(row: FrictionRow): number {
  return CHART_PARTS.reduce((sum, part) => sum + part.amount(row), 0);
}

/** "5 steps, 3 fields, 1 one-time code, justification demanded": every non-zero part in words. */
export function partsText(row: FrictionRow): string {
  const words = CHART_PARTS.map((part) => [part, part.amount(row)] as const)
    .filter(([, amount]) => amount !== 0)
    .map(([part, amount]) => part.words(amount));
  return words.length > 0 ? words.join(', ') : 'nothing tagged';
}
