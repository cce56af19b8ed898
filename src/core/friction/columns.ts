// The comparison's columns: one definition per friction fact, used by every renderer and by the
// sort, so the words shown to readers and the order they are sorted in cannot drift apart.
import { waitingText, type FrictionRow } from './facts';

export const COLUMN_IDS = [
  'company',
  'steps',
  'fields',
  'verifications',
  'oneTimeCodes',
  'idUploads',
  'justificationDemanded',
  'accountRequired',
  'outcomeAtDiscretion',
  'waiting',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export interface Column {
  id: ColumnId;
  /** Header text. */
  label: string;
  /** One sentence for the legend and the docs. */
  definition: string;
  /** The cell as text. */
  text(row: FrictionRow): string;
  /** A number to sort by: more friction is a larger number (text columns sort by name instead). */
  value(row: FrictionRow): number | string;
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

export const COLUMNS: Readonly<Record<ColumnId, Column>> = {
  company: {
    id: 'company',
    label: 'Company',
    definition: 'The company that decides on the request (the walkthrough\'s "controller"), or the walkthrough\'s title.',
    text: (row) => row.company,
    value: (row) => row.company.toLowerCase(),
  },
  steps: {
    id: 'steps',
    label: 'Steps',
    definition: 'Numbered steps in the walkthrough.',
    text: (row) => String(row.steps),
    value: (row) => row.steps,
  },
  fields: {
    id: 'fields',
    label: 'Fields',
    definition: 'Form fields to fill: country, email address, written justification and other fields ([field:N] counts N).',
    text: (row) => String(row.fields),
    value: (row) => row.fields,
  },
  verifications: {
    id: 'verifications',
    label: 'Verifications',
    definition: 'One-time codes plus identity-document uploads.',
    text: (row) => String(row.verifications),
    value: (row) => row.verifications,
  },
  oneTimeCodes: {
    id: 'oneTimeCodes',
    label: 'One-time codes',
    definition: 'Steps tagged [otp]: a code sent by email, text message or app has to be entered.',
    text: (row) => String(row.oneTimeCodes),
    value: (row) => row.oneTimeCodes,
  },
  idUploads: {
    id: 'idUploads',
    label: 'ID uploads',
    definition: 'Steps tagged [id-upload]: an identity document has to be uploaded.',
    text: (row) => String(row.idUploads),
    value: (row) => row.idUploads,
  },
  justificationDemanded: {
    id: 'justificationDemanded',
    label: 'Justification demanded',
    definition: 'Yes when a step is tagged [justify]: the person has to explain in writing why they object.',
    text: (row) => yesNo(row.justificationDemanded),
    value: (row) => Number(row.justificationDemanded),
  },
  accountRequired: {
    id: 'accountRequired',
    label: 'Account required',
    definition: 'Yes when a step is tagged [account]: it needs an account with the company, or logging in.',
    text: (row) => yesNo(row.accountRequired),
    value: (row) => Number(row.accountRequired),
  },
  outcomeAtDiscretion: {
    id: 'outcomeAtDiscretion',
    label: "At the company's discretion",
    definition: 'Yes when a step is tagged [discretion]: the company decides whether to grant the request and may refuse it.',
    text: (row) => yesNo(row.outcomeAtDiscretion),
    value: (row) => Number(row.outcomeAtDiscretion),
  },
  waiting: {
    id: 'waiting',
    label: 'Stated waiting',
    definition: 'Waiting times the walkthrough states ([wait:30d] or words such as "wait up to 30 days"), with the step.',
    text: (row) => waitingText(row),
    value: (row) => row.stepsWithWaiting,
  },
};

export function isColumnId(value: unknown): value is ColumnId {
  return typeof value === 'string' && (COLUMN_IDS as readonly string[]).includes(value);
}
