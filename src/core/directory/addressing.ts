// Addressing a letter from the directory: every letter names its addressee on a line of its own,
// "To: {{controller}}" ("An: …", "À l’attention de : …") or, in a complaint, "To: {{authority}}".
// That line's field becomes a recipient block (name, address, e-mail, web form; see recipient.ts),
// so the rest of the letter keeps the plain name ("I lodge a complaint against {{controller}}").
import type { Letter } from '../letters/registry';
import type { Placeholder } from '../letters/schema';

/** The field that takes the recipient block in an addressed letter. */
export const RECIPIENT_BLOCK_FIELD = 'recipientBlock';

const RECIPIENT_BLOCK_PLACEHOLDER: Placeholder = { name: RECIPIENT_BLOCK_FIELD, label: 'name and address of the recipient', kind: 'multiline', required: false };

/** A line that is a short label and the field, nothing after it (the same rule as the CLI's `letter --company`). */
function addresseeLine(field: string): RegExp {
  return new RegExp(`^([^{}\\n]{0,40})\\{\\{${field}\\}\\}[ \\t]*$`, 'm');
}

/** True when the letter names `field` ("controller", "authority") on an addressee line of its own. */
export function isAddressedTo(letter: Pick<Letter, 'template'>, field: string): boolean {
  return addresseeLine(field).test(letter.template);
}

/**
 * The letter with its addressee line's `field` replaced by the recipient-block field, which the
 * caller fills with recipientBlock(record); the field's other uses are left alone. Undefined when
 * the letter has no addressee line for `field` (e.g. a complaint names the company only in its text).
 */
export function addressedLetter(letter: Letter, field: string): Letter | undefined {
  const pattern = addresseeLine(field);
  if (!pattern.test(letter.template)) return undefined;
  const template = letter.template.replace(pattern, (_line, label: string) => `${label}{{${RECIPIENT_BLOCK_FIELD}}}`);
  const placeholders = letter.placeholders.some((p) => p.name === RECIPIENT_BLOCK_FIELD) ? letter.placeholders : [...letter.placeholders, RECIPIENT_BLOCK_PLACEHOLDER];
  return { ...letter, template, placeholders };
}
