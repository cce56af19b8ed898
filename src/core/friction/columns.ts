// The comparison's columns: one definition per friction fact, used by every renderer (Markdown,
// HTML, SVG, JSON) and by the sort, so the words shown to readers, the alignment, the chart's
// parts and the order they are sorted in cannot drift apart.
import { waitingText, type FrictionRow } from './facts';

export const COLUMN_IDS = ['company', 'steps', 'fields', 'verifications', 'oneTimeCodes', 'idUploads', 'justificationDemanded', 'accountRequired', 'outcomeAtDiscretion', 'waiting'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/** How a column is drawn as a part of the chart's bars (a column without one is not a bar part). */
export interface ColumnChart {
  /** A fill with at least 3:1 against light and dark backgrounds (a unit test checks it). */
  colour: string;
  /** Legend text, when it differs from the column's label. */
  legend?: string;
  /** Singular and plural for the bar's label ("1 step", "5 steps"); yes/no columns use their label. */
  unit?: readonly [string, string];
}

export interface Column {
  id: ColumnId;
  /** Header text. */
  label: string;
  /** One sentence for the legend and the docs. */
  definition: string;
  /** Names and sentences are left-aligned; numbers and yes/no facts right-aligned. */
  align: 'left' | 'right';
  /** The cell as text. */
  text(row: FrictionRow): string;
  /** A number to sort by: more friction is a larger number (text columns sort by name instead). */
  value(row: FrictionRow): number | string;
  /** What the column adds to a chart bar (yes = 1), when it is a part of the bars. */
  amount?: (row: FrictionRow) => number;
  chart?: ColumnChart;
}

type Described = Pick<Column, 'id' | 'label' | 'definition'>;

function count(column: Described, pick: (row: FrictionRow) => number, chart?: ColumnChart): Column {
  return { ...column, align: 'right', text: (row) => String(pick(row)), value: pick, ...(chart ? { chart, amount: pick } : {}) };
}

function yesNo(column: Described, pick: (row: FrictionRow) => boolean, chart?: ColumnChart): Column {
  const amount = (row: FrictionRow) => Number(pick(row));
  return { ...column, align: 'right', text: (row) => (pick(row) ? 'Yes' : 'No'), value: amount, ...(chart ? { chart, amount } : {}) };
}

export const COLUMNS: Readonly<Record<ColumnId, Column>> = {
  company: {
    id: 'company',
    label: 'Company',
    definition: 'The company that decides on the request (the walkthrough\'s "controller"), or the walkthrough\'s title.',
    align: 'left',
    text: (row) => row.company,
    value: (row) => row.company.toLowerCase(),
  },
  steps: count({ id: 'steps', label: 'Steps', definition: 'Numbered steps in the walkthrough.' }, (row) => row.steps, {
    colour: '#3b7dd8',
    unit: ['step', 'steps'],
  }),
  fields: count(
    {
      id: 'fields',
      label: 'Fields',
      definition: 'Form fields to fill: country, email address, written justification and other fields ([field:N] counts N).',
    },
    (row) => row.fields,
    { colour: '#2b8a3e', legend: 'Form fields', unit: ['field', 'fields'] },
  ),
  verifications: count({ id: 'verifications', label: 'Verifications', definition: 'One-time codes plus identity-document uploads.' }, (row) => row.verifications),
  oneTimeCodes: count(
    {
      id: 'oneTimeCodes',
      label: 'One-time codes',
      definition: 'Steps tagged [otp]: a code sent by email, text message or app has to be entered.',
    },
    (row) => row.oneTimeCodes,
    { colour: '#d1480e', unit: ['one-time code', 'one-time codes'] },
  ),
  idUploads: count({ id: 'idUploads', label: 'ID uploads', definition: 'Steps tagged [id-upload]: an identity document has to be uploaded.' }, (row) => row.idUploads, {
    colour: '#8a5cf6',
    unit: ['ID upload', 'ID uploads'],
  }),
  justificationDemanded: yesNo(
    {
      id: 'justificationDemanded',
      label: 'Justification demanded',
      definition: 'Yes when a step is tagged [justify]: the person has to explain in writing why they object.',
    },
    (row) => row.justificationDemanded,
    { colour: '#c43d8f' },
  ),
  accountRequired: yesNo(
    {
      id: 'accountRequired',
      label: 'Account required',
      definition: 'Yes when a step is tagged [account]: it needs an account with the company, or logging in.',
    },
    (row) => row.accountRequired,
    { colour: '#0f8a95' },
  ),
  outcomeAtDiscretion: yesNo(
    {
      id: 'outcomeAtDiscretion',
      label: "At the company's discretion",
      definition: 'Yes when a step is tagged [discretion]: the company decides whether to grant the request and may refuse it.',
    },
    (row) => row.outcomeAtDiscretion,
    { colour: '#b35900' },
  ),
  waiting: {
    id: 'waiting',
    label: 'Stated waiting',
    definition: 'Waiting times the walkthrough states ([wait:30d] or words such as "wait up to 30 days"), with the step.',
    align: 'left',
    text: (row) => waitingText(row),
    value: (row) => row.stepsWithWaiting,
    amount: (row) => row.stepsWithWaiting,
    chart: { colour: '#767676', legend: 'Steps with stated waiting', unit: ['wait', 'waits'] },
  },
};

export function isColumnId(value: unknown): value is ColumnId {
  return typeof value === 'string' && (COLUMN_IDS as readonly string[]).includes(value);
}
