// Turns a letter into a VS Code snippet body (TextMate snippet syntax). Known values are written
// as plain text; every other field becomes a tab stop whose default is the visible
// [[field: label]] marker, so a skipped tab stop leaves a flag in the document.
import { formatDate, type DateInput } from './dates';
import { bodyValues, computeFields, normaliseValues, preparedTemplate, type DeadlineContext, type LetterValues } from './fill';
import type { GrammaticalGender } from './genderForms';
import { formatLetterDate } from './letterDate';
import { PLACEHOLDER_PATTERN, unfilledMarker } from './placeholders';
import type { Letter } from './registry';
import type { ComputedField, Placeholder } from './schema';
import { ownValue } from '../ownKeys';

/** Escapes literal snippet text: "$", "}" and "\" get a backslash. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (char) => `\\${char}`);
}

/** Escapes one option of a choice tab stop: "$", "}", "\", "," and "|" get a backslash. */
export function escapeSnippetChoice(text: string): string {
  return text.replace(/[\\$},|]/g, (char) => `\\${char}`);
}

/** The date in VS Code's snippet variables, resolved when the snippet is inserted. */
export const SNIPPET_TODAY = '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE';

export interface SnippetOptions {
  /**
   * Default for the letter date when `knownValues.date` is absent. Without it the snippet uses
   * VS Code's date variables, and deadlines computed from the letter date stay as markers.
   */
  today?: DateInput;
  /** Receipt and controller country for the computed deadlines and the marker. */
  deadline?: DeadlineContext;
  /** Resolves two-form words ("wniosłem/wniosłam"); without it both forms stay. */
  gender?: GrammaticalGender;
}

function markerLabel(placeholder: Placeholder, required: boolean): string {
  return required ? placeholder.label : `${placeholder.label} (optional)`;
}

/**
 * A VS Code snippet body for `letter`: known values (and deadlines computed from them) as text,
 * the other fields as tab stops numbered in order of first appearance; repeats of a field mirror
 * the first one. Choices become ${n|a,b|}; the final cursor position ($0) is after the letter.
 * Throws like fillLetter for a malformed known date or an unknown choice value.
 */
export function toSnippetBody(letter: Letter, knownValues: LetterValues = {}, options: SnippetOptions = {}): string {
  const known = normaliseValues(letter, knownValues);
  const computed = computeFields(letter, { ...known, ...(known['date'] === undefined && options.today !== undefined ? { date: formatDate(options.today) } : {}) }, options.deadline);
  const template = preparedTemplate(letter, { ...options.deadline, ...(options.gender ? { gender: options.gender } : {}) }, known['controller']);
  // The marker (first line) keeps ISO dates; the body writes them in the letter's language.
  const markerEnd = template.indexOf('\n');
  const bodyKnown = bodyValues(letter, known);
  const bodyComputed = bodyValues(letter, computed);
  const declared = new Map<string, Placeholder>(letter.placeholders.map((p) => [p.name, p]));
  const derived = new Map<string, ComputedField>(letter.computed.map((c) => [c.name, c]));
  const tabStops = new Map<string, number>();

  const tabStop = (name: string): string => {
    const seen = tabStops.get(name);
    if (seen !== undefined) return `$${seen}`;
    const index = tabStops.size + 1;
    tabStops.set(name, index);
    const placeholder = declared.get(name);
    if (placeholder?.kind === 'choice') {
      return `\${${index}|${(placeholder.options ?? []).map(escapeSnippetChoice).join(',')}|}`;
    }
    if (name === 'date') {
      const today = options.today !== undefined ? escapeSnippetText(formatDate(options.today)) : SNIPPET_TODAY;
      return `\${${index}:${today}}`;
    }
    const computedField = derived.get(name);
    const rule = letter.deadlineRule;
    const label = placeholder ? markerLabel(placeholder, placeholder.required) : computedField && rule ? `${computedField.label}, ${rule.description} (${rule.citation})` : name;
    return `\${${index}:${escapeSnippetText(unfilledMarker(name, label))}}`;
  };

  let body = '';
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER_PATTERN)) {
    const name = match[1] ?? '';
    const start = match.index ?? 0;
    body += escapeSnippetText(template.slice(last, start));
    const inMarker = start < markerEnd;
    // Without a known date the marker's date is the tab stop; the body writes today's date in words.
    const todayInBody = name === 'date' && options.today !== undefined ? formatLetterDate(options.today, letter.language) : undefined;
    // Own properties only: a placeholder named "constructor" must not reach Object.prototype (#19).
    const value = inMarker ? (ownValue(known, name) ?? ownValue(computed, name)) : (ownValue(bodyKnown, name) ?? ownValue(bodyComputed, name) ?? todayInBody);
    body += value !== undefined ? escapeSnippetText(value) : tabStop(name);
    last = start + match[0].length;
  }
  body += escapeSnippetText(template.slice(last));
  return `${body.trimEnd()}\n$0`;
}
