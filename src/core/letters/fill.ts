// Turns a letter template and the user's values into finished Markdown.
import { formatDate, isSupportedDate, parseDate, SUPPORTED_DATES, type DateInput } from './dates';
import { computeDeadline, type DeadlineResult } from './deadline';
import { applyGender, type GrammaticalGender } from './genderForms';
import { formatLetterDate } from './letterDate';
import { letterMarker, MARKER_TAG } from './marker';
import { PLACEHOLDER_PATTERN } from './placeholders';
import type { Letter } from './registry';
import type { Placeholder } from './schema';
import { trimEndChars } from '../text/trimChars';

/** Field values by placeholder name. Empty or blank strings count as not given. */
export type LetterValues = Readonly<Record<string, string | undefined>>;

/** One or more required fields are empty. `fields` names them, in template order. */
export class MissingFieldsError extends Error {
  readonly fields: readonly string[];
  constructor(
    readonly letterId: string,
    readonly missing: readonly Placeholder[],
  ) {
    super(`Letter ${letterId} cannot be produced without: ${missing.map((p) => `${p.name} (${p.label})`).join(', ')}`);
    this.name = 'MissingFieldsError';
    this.fields = missing.map((p) => p.name);
  }
}

/** A value that is present but unusable: not a calendar date, or not one of a choice's options. */
export class InvalidFieldError extends Error {
  constructor(
    readonly letterId: string,
    readonly field: string,
    readonly value: string,
    readonly reason: string,
  ) {
    super(`Letter ${letterId}, field ${field}: ${reason} (got "${value}")`);
    this.name = 'InvalidFieldError';
  }
}

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Checks and normalises the values a letter needs: trims them, fills `date` with `today` when
 * absent, writes dates as YYYY-MM-DD and checks choices. Values for unknown fields are ignored.
 * Returns only the declared fields that have a value.
 */
export function normaliseValues(letter: Letter, values: LetterValues, today?: DateInput): Record<string, string> {
  const result: Record<string, string> = {};
  for (const placeholder of letter.placeholders) {
    let value = clean(values[placeholder.name]);
    if (value === undefined && placeholder.name === 'date' && today !== undefined) value = formatDate(today);
    if (value === undefined) continue;
    if (placeholder.kind === 'date') {
      try {
        value = formatDate(parseDate(value));
      } catch {
        throw new InvalidFieldError(letter.id, placeholder.name, value, 'not a calendar date in the form YYYY-MM-DD');
      }
      if (!isSupportedDate(value)) {
        throw new InvalidFieldError(letter.id, placeholder.name, value, `outside the supported dates (${SUPPORTED_DATES.first} to ${SUPPORTED_DATES.last})`);
      }
    }
    if (placeholder.kind === 'choice' && !(placeholder.options ?? []).includes(value)) {
      throw new InvalidFieldError(letter.id, placeholder.name, value, `must be one of: ${(placeholder.options ?? []).join(' | ')}`);
    }
    result[placeholder.name] = value;
  }
  return result;
}

/**
 * What the deadline depends on besides the letter's own dates. `received`: the day the recipient
 * got the letter this deadline is about: "same-day" (e-mail, web form: the date the deadline is
 * counted from), a date, or absent (not known: the earliest possible end is given).
 * `controllerCountry`: whose public holidays count ("FR", "GB-SCT").
 */
export interface DeadlineContext {
  received?: 'same-day' | string;
  controllerCountry?: string;
}

/** Everything besides the values that shapes a filled letter. */
export interface FillOptions extends DeadlineContext {
  /** Resolves two-form words ("wniosłem/wniosłam"); without it both forms stay. */
  gender?: GrammaticalGender;
}

/** The letter's template as it is filled: marker fields added, gendered words resolved. */
export function preparedTemplate(letter: Letter, options: FillOptions, recipient?: string): string {
  return applyGender(templateWithMarker(letter, options, recipient), letter.language, options.gender);
}

/** The deadline of each computed field whose source date is known, with how it was counted. */
export function computeDeadlines(letter: Letter, values: Readonly<Record<string, string>>, context: DeadlineContext = {}): Record<string, DeadlineResult> {
  const result: Record<string, DeadlineResult> = {};
  const rule = letter.deadlineRule;
  if (!rule) return result;
  for (const computed of letter.computed) {
    const sent = values[computed.from];
    if (sent === undefined) continue;
    const received = computed.countsFrom === 'sending' ? undefined : context.received === 'same-day' ? sent : context.received;
    const country = context.controllerCountry ? { controllerCountry: context.controllerCountry } : {};
    result[computed.name] = received !== undefined ? computeDeadline(rule, received, { ...country, from: 'receipt' }) : computeDeadline(rule, sent, { ...country, from: 'earliest' });
  }
  return result;
}

/** Values of the computed fields (deadlines) whose source date is known. */
export function computeFields(letter: Letter, values: Readonly<Record<string, string>>, context: DeadlineContext = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(computeDeadlines(letter, values, context)).map(([name, d]) => [name, d.due]));
}

/**
 * The template with `received=` and `country=` added to its marker line. For "same-day" the
 * receipt mirrors the letter's own date field, so the snippet's date tab stop fills both.
 */
export function templateWithMarker(letter: Letter, context: DeadlineContext, recipient?: string): string {
  const [first = '', ...rest] = letter.template.split('\n');
  if (!first.includes(MARKER_TAG)) return letter.template;
  const received = context.received === 'same-day' ? '{{date}}' : context.received;
  // The recipient is written only when known (never as a tab stop inside the hidden comment), and
  // only for letters to the company: a complaint goes to the authority.
  const to = recipient !== undefined && letter.kind !== 'complaint' && !recipient.includes('{{') ? { to: recipient } : {};
  const marker = letterMarker(letter.id, '{{date}}', {
    ...(received !== undefined ? { received } : {}),
    ...(context.controllerCountry ? { country: context.controllerCountry.toUpperCase() } : {}),
    ...to,
  });
  return [marker, ...rest].join('\n');
}

/** The values as the letter's body writes them: dates (date fields, deadlines) in its language. */
export function bodyValues(letter: Letter, values: Readonly<Record<string, string>>): Record<string, string> {
  const dates = new Set([...letter.placeholders.filter((p) => p.kind === 'date').map((p) => p.name), ...letter.computed.map((c) => c.name)]);
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, dates.has(name) ? formatLetterDate(value, letter.language) : value]));
}

/** Continuation lines of a multi-line value keep a list item together ("- " → two spaces). */
function indentFor(line: string): string {
  const bullet = /^(\s*(?:[-*+]|\d+\.) )/.exec(line);
  return bullet?.[1] ? ' '.repeat(bullet[1].length) : '';
}

/**
 * The finished letter as Markdown, starting with the sent-letter marker.
 * `today` fills the letter date when `values.date` is absent.
 * A line holding an optional field that is empty is left out.
 * Throws {@link MissingFieldsError} naming every empty required field, and
 * {@link InvalidFieldError} for a malformed date or an unknown choice.
 */
export function fillLetter(letter: Letter, values: LetterValues, today: DateInput, context: FillOptions = {}): string {
  const known = normaliseValues(letter, values, today);
  const missing = letter.placeholders.filter((p) => p.required && known[p.name] === undefined);
  if (missing.length > 0) throw new MissingFieldsError(letter.id, missing);
  const iso: Record<string, string> = { ...known, ...computeFields(letter, known, context) };
  const body = bodyValues(letter, iso);

  const lines: string[] = [];
  for (const [index, line] of preparedTemplate(letter, context, known['controller']).split('\n').entries()) {
    // The marker (first line) keeps ISO dates for the follow-ups; the body has localised ones.
    const all = index === 0 ? iso : body;
    const names = [...line.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1] ?? '');
    if (names.some((name) => all[name] === undefined)) continue;
    const indent = indentFor(line);
    lines.push(line.replace(PLACEHOLDER_PATTERN, (_, name: string) => (all[name] ?? '').split('\n').join(`\n${indent}`)));
  }
  // Collapse the blank lines a dropped line leaves, and drop hard breaks that end a paragraph.
  const parts = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .split('\n');
  const text = parts.map((line, i) => (parts[i + 1] === '' ? trimEndChars(line, ' \t') : line)).join('\n');
  return `${text.trimEnd()}\n`;
}
