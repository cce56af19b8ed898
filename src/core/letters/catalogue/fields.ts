// Placeholder declarations shared by the letters, so the same field has the same name, label and
// kind everywhere (the editor's pickers and the CLI flags rely on that). A letter file lists them by
// name under `fields:` (CONTRIBUTING.md); `name: {label: …}` changes one property for a letter.
import type { ComputedField, Placeholder } from '../schema';

const field = (name: string, label: string, kind: Placeholder['kind'], required: boolean, options?: string[]): Placeholder =>
  options ? { name, label, kind, required, options } : { name, label, kind, required };

export const F = {
  name: field('name', 'your full name', 'text', true),
  email: field('email', 'your e-mail address', 'text', false),
  postalAddress: field('postalAddress', 'your postal address on one line', 'text', false),
  controller: field('controller', 'the company you are writing to', 'text', true),
  /** Date of the letter; also written into the sent-letter marker. Defaults to today. */
  date: field('date', 'date of this letter, YYYY-MM-DD', 'date', true),
  reference: field('reference', 'customer number, account or user name', 'text', false),
  grounds: field('grounds', 'describe your particular situation', 'multiline', true),
  processing: field('processing', 'which processing you object to', 'multiline', false),
  aiSystem: field('aiSystem', 'the AI model or product concerned', 'text', false),
  consentScope: field('consentScope', 'which consent you withdraw, e.g. newsletter', 'text', true),
  sentDate: field('sentDate', 'date your earlier letter was sent, YYYY-MM-DD', 'date', true),
  authority: field('authority', 'the supervisory authority you complain to', 'text', true),
  facts: field('facts', 'what has happened since, e.g. no reply', 'multiline', false),
  channel: field('channel', 'how you sent it, e.g. by e-mail to privacy@example.com', 'text', true),
  identifiers: field('identifiers', 'e-mail, phone, device or cookie IDs to match', 'text', false),
  complaintDate: field('complaintDate', 'date you complained to the company, YYYY-MM-DD', 'date', false),
} as const;

/** The reply deadline counted from the letter's own date. */
export const RESPONSE_DUE: ComputedField = { name: 'responseDue', label: 'reply due date', from: 'date', countsFrom: 'sending' };
/** The deadline of the earlier letter, counted from the day it was sent. */
export const EARLIER_DUE: ComputedField = { name: 'dueDate', label: 'deadline of your earlier letter', from: 'sentDate', countsFrom: 'sending' };

/** The computed dates a letter file may list under `computed:`, by name. */
export const COMPUTED = { responseDue: RESPONSE_DUE, dueDate: EARLIER_DUE } as const;
