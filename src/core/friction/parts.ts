// The parts a chart bar is made of: one per friction kind, each with its own colour. Every colour
// has at least 3:1 contrast (non-text contrast, WCAG 1.4.11) against a white page and against the
// dark backgrounds of GitHub and VS Code (#0d1117, #1e1e1e); a unit test checks it.
import type { FrictionRow } from './facts';

export type PartId = 'steps' | 'fields' | 'oneTimeCodes' | 'idUploads' | 'justification' | 'account' | 'discretion' | 'waiting';

export interface ChartPart {
  id: PartId;
  /** Legend text. */
  label: string;
  /** Singular and plural for the bar's label: "1 step", "5 steps". */
  unit: [string, string];
  colour: string;
  /** How much this part adds to the bar. Yes/no facts add 1 when yes. */
  amount(row: FrictionRow): number;
}

export const CHART_PARTS: readonly ChartPart[] = [
  { id: 'steps', label: 'Steps', unit: ['step', 'steps'], colour: '#3b7dd8', amount: (row) => row.steps },
  { id: 'fields', label: 'Form fields', unit: ['field', 'fields'], colour: '#2b8a3e', amount: (row) => row.fields },
  { id: 'oneTimeCodes', label: 'One-time codes', unit: ['one-time code', 'one-time codes'], colour: '#d1480e', amount: (row) => row.oneTimeCodes },
  { id: 'idUploads', label: 'ID uploads', unit: ['ID upload', 'ID uploads'], colour: '#8a5cf6', amount: (row) => row.idUploads },
  { id: 'justification', label: 'Justification demanded (yes = 1)', unit: ['justification', 'justifications'], colour: '#c43d8f', amount: (row) => Number(row.justificationDemanded) },
  { id: 'account', label: 'Account required (yes = 1)', unit: ['account', 'accounts'], colour: '#0f8a95', amount: (row) => Number(row.accountRequired) },
  { id: 'discretion', label: "At the company's discretion (yes = 1)", unit: ['discretion', 'discretion'], colour: '#b35900', amount: (row) => Number(row.outcomeAtDiscretion) },
  { id: 'waiting', label: 'Steps with stated waiting', unit: ['wait', 'waits'], colour: '#767676', amount: (row) => row.stepsWithWaiting },
];

/** What a bar's length means; shown in every legend and in the docs. */
export const BAR_LENGTH_DEFINITION =
  'Bar length = steps + form fields + one-time codes + ID uploads + steps with stated waiting, plus 1 for each yes (justification demanded, account required, company\'s discretion). It counts what is asked; it is not a score, and every part is shown.';

/** The bar's total, by the definition above. */
export function barLength(row: FrictionRow): number {
  return CHART_PARTS.reduce((sum, part) => sum + part.amount(row), 0);
}

/** "5 steps, 3 fields, 1 one-time code, justification, discretion": every non-zero part in words. */
export function partsText(row: FrictionRow): string {
  const words: string[] = [];
  for (const part of CHART_PARTS) {
    const amount = part.amount(row);
    if (amount === 0) continue;
    if (part.id === 'justification') words.push('justification demanded');
    else if (part.id === 'account') words.push('account required');
    else if (part.id === 'discretion') words.push("company's discretion");
    else words.push(`${amount} ${amount === 1 ? part.unit[0] : part.unit[1]}`);
  }
  return words.length > 0 ? words.join(', ') : 'nothing tagged';
}
