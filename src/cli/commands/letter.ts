// `letter ID [--date YYYY-MM-DD] [--received YYYY-MM-DD|same-day] [--controller-country CC]
// [--format markdown|json] [--name …] [--controller …] [--grounds …] [--FIELD …] [--company SLUG
// [--records FILE]]`: prints the filled letter as Markdown, or as JSON with the deadline and how it
// was counted (from receipt or the earliest possible end, the holiday calendar, the holidays
// skipped). --received is the day the recipient got the letter (a follow-up: the earlier letter).
// --gender resolves two-form words ("wniosłem/wniosłam") to one form.
// Every placeholder of the
// letter is a flag, written in kebab-case (postalAddress → --postal-address, sentDate → --sent-date).
// --company takes the controller's name and the recipient block (address, privacy e-mail, web
// form) from the company directory and prints what to know before sending on stderr.
import {
  computeDeadline,
  countryFromAddress,
  fillLetter,
  findLetter,
  formatDate,
  GRAMMATICAL_GENDERS,
  holidayCalendar,
  InvalidDateError,
  InvalidFieldError,
  knownCalendarIds,
  MissingFieldsError,
  parseDate,
  type DeadlineContext,
  type DeadlineResult,
  type Letter,
} from '../../core/letters/index';
import type { Company, Directory } from '../../core/directory/index';
import { localIsoDate } from '../../core/text/localDate';
import { EXIT_OK, UsageError, type CliCommand, type CliIo } from '../io';
import { directoryCore, directoryWith } from './company';

const USAGE =
  'Usage: letter ID [--date YYYY-MM-DD] [--received YYYY-MM-DD|same-day] [--controller-country CC] [--format markdown|json] [--gender feminine|masculine] [--name NAME] [--controller COMPANY] [--grounds TEXT] [--FIELD VALUE …] [--company SLUG [--records FILE]]';

/** Options of the command itself, as opposed to the letter's fields. */
const OWN_OPTIONS = ['company', 'records', 'received', 'controller-country', 'format', 'gender'] as const;
type OwnOption = (typeof OWN_OPTIONS)[number];

/** postalAddress → postal-address */
export function flagFor(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function parseValues(letter: Letter, args: string[]): Record<string, string> {
  const byFlag = new Map(letter.placeholders.map((p) => [flagFor(p.name), p.name]));
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) throw new UsageError(`Unexpected argument "${arg}". ${USAGE}`);
    const eq = arg.indexOf('=');
    const flag = (eq >= 0 ? arg.slice(2, eq) : arg.slice(2)).toLowerCase();
    const field = byFlag.get(flag);
    if (field === undefined) {
      const accepted = [...byFlag.keys()].map((f) => `--${f}`).join(', ');
      throw new UsageError(`Letter ${letter.id} has no field --${flag}. It accepts: ${accepted}.`);
    }
    if (Object.hasOwn(values, field)) throw new UsageError(`--${flag} given twice.`);
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined) throw new UsageError(`--${flag} needs a value.`);
    values[field] = value;
  }
  return values;
}

/**
 * Takes --company and --records out of the arguments, leaving the letter's fields (a flag's value
 * is skipped the way parseValues reads it). A letter with a field of the same name keeps its field.
 */
function takeOwnOptions(letter: Letter, args: string[]): { own: Partial<Record<OwnOption, string>>; rest: string[] } {
  const fields = new Set(letter.placeholders.map((p) => flagFor(p.name)));
  const own: Partial<Record<OwnOption, string>> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = (eq >= 0 ? arg.slice(2, eq) : arg.slice(2)).toLowerCase();
    const option = OWN_OPTIONS.find((o) => o === flag);
    if (!arg.startsWith('--') || option === undefined || fields.has(flag)) {
      rest.push(arg);
      if (arg.startsWith('--') && eq < 0 && i + 1 < args.length) rest.push(args[++i] ?? '');
      continue;
    }
    if (own[option] !== undefined) throw new UsageError(`--${option} given twice.`);
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value.trim() === '') throw new UsageError(`--${option} needs a value.`);
    own[option] = value.trim();
  }
  if (own.records !== undefined && own.company === undefined) throw new UsageError(`--records only works with --company. ${USAGE}`);
  if (own.format !== undefined && own.format !== 'markdown' && own.format !== 'json') throw new UsageError(`--format must be markdown or json. ${USAGE}`);
  if (own.gender !== undefined && own.gender !== 'feminine' && own.gender !== 'masculine') throw new UsageError(`--gender must be feminine or masculine. ${USAGE}`);
  return { own, rest };
}

/** --received and --controller-country checked; the country falls back to the company record's address. */
function deadlineContext(own: Partial<Record<OwnOption, string>>, company: Company | undefined): DeadlineContext {
  const context: DeadlineContext = {};
  if (own.received !== undefined) {
    if (own.received === 'same-day') context.received = 'same-day';
    else {
      try {
        context.received = formatDate(parseDate(own.received));
      } catch (error) {
        if (error instanceof InvalidDateError) throw new UsageError(`--received: not a calendar date in the form YYYY-MM-DD, or "same-day" (got "${own.received}").`);
        throw error;
      }
    }
  }
  const country = own['controller-country'] ?? (company ? countryFromAddress(company.address) : undefined);
  if (country !== undefined) {
    if (!holidayCalendar(country)) {
      throw new UsageError(`--controller-country: no holiday calendar for "${country}". Known: ${knownCalendarIds().join(', ')}.`);
    }
    context.controllerCountry = country.toUpperCase();
  }
  return context;
}

/** The JSON form of a deadline (CLI output). */
interface DeadlineJson {
  field: string;
  date: string;
  from: DeadlineResult['from'];
  start: string;
  calendar: string | null;
  holidaysSkipped: string[];
  explanation: string;
}

/** The deadline of each computed field, counted as the CLI was told (receipt or earliest). */
function deadlinesFor(letter: Letter, filledValues: Record<string, string>, context: DeadlineContext): DeadlineJson[] {
  const rule = letter.deadlineRule;
  if (!rule) return [];
  return letter.computed.flatMap((computed): DeadlineJson[] => {
    const sent = filledValues[computed.from];
    if (sent === undefined) return [];
    const received = context.received === 'same-day' ? sent : context.received;
    const result = computeDeadline(rule, received ?? sent, {
      ...(context.controllerCountry ? { controllerCountry: context.controllerCountry } : {}),
      from: received !== undefined ? 'receipt' : 'earliest',
    });
    return [
      {
        field: computed.name,
        date: result.due,
        from: result.from,
        start: result.received,
        calendar: result.calendar ?? null,
        holidaysSkipped: result.holidaysSkipped,
        explanation: result.explanation,
      },
    ];
  });
}

/** The company of --company, or a usage error suggesting the closest slugs. */
function companyFor(directory: Directory, slug: string): Company {
  const company = directory.getCompany(slug);
  if (company) return company;
  const close = directory.searchCompanies(slug.replace(/-/g, ' '), 3).map((m) => `${m.company.slug} (${m.company.name})`);
  const hint = close.length > 0 ? ` Did you mean ${close.join(', ')}?` : '';
  throw new UsageError(`Unknown company "${slug}".${hint} Run "company QUERY" to search the directory.`);
}

/**
 * The letter with its addressee line ("To: ACME Ltd", "An: …") followed by the company's address,
 * privacy e-mail and web form. Letters to an authority have no such line and stay as they are.
 */
function withRecipientBlock(letter: Letter, filled: string, company: Company, controller: string): { text: string; inserted: boolean } {
  const line = letter.template
    .split('\n')
    .map((l) => /^([^{}]{0,40})\{\{controller\}\}\s*$/.exec(l))
    .find((m) => m !== null);
  if (!line) return { text: filled, inserted: false };
  const prefix = line[1] ?? '';
  const lines = filled.split('\n');
  const index = lines.findIndex((l) => l.trimEnd() === `${prefix}${controller}`);
  if (index < 0) return { text: filled, inserted: false };
  lines[index] = `${prefix}${directoryCore().recipientBlock({ ...company, name: controller })}`;
  return { text: lines.join('\n'), inserted: true };
}

/** What to know before sending, on stderr; a letter to someone else (an authority) gets only that remark. */
function printNotices(io: CliIo, letter: Letter, company: Company, inserted: boolean): void {
  const notices = inserted
    ? directoryCore().companyNotices(company, { letterLanguage: letter.language })
    : [`Letter ${letter.id} is not addressed to ${company.name}; the directory filled in only the company's name.`];
  for (const notice of notices) io.stderr(`note: ${notice}\n`);
}

export const letterCommand: CliCommand = async (args, io) => {
  const [id, ...afterId] = args;
  if (id === undefined || id.startsWith('--')) throw new UsageError(`Which letter? ${USAGE} (run "letters" for the ids)`);
  const letter = findLetter(id);
  if (!letter) throw new UsageError(`Unknown letter "${id}". Run "letters" to list the letter ids.`);
  const { own, rest } = takeOwnOptions(letter, afterId);
  const values = parseValues(letter, rest);
  let company: Company | undefined;
  if (own.company !== undefined) {
    const { directory } = await directoryWith(own.records, io);
    company = companyFor(directory, own.company);
    if (letter.placeholders.some((p) => p.name === 'controller') && !values.controller?.trim()) values.controller = company.name;
  }
  try {
    const context = deadlineContext(own, company);
    // A letter is dated by the user's calendar where the command runs.
    const today = localIsoDate();
    const gender = GRAMMATICAL_GENDERS.find((g) => g === own.gender);
    const filled = fillLetter(letter, values, today, { ...context, ...(gender ? { gender } : {}) });
    const text = company ? withRecipientBlock(letter, filled, company, (values.controller ?? company.name).trim()) : { text: filled, inserted: false };
    if (own.format === 'json') {
      const filledValues: Record<string, string> = { date: formatDate(today), ...values };
      const deadlines = deadlinesFor(letter, filledValues, context);
      io.stdout(`${JSON.stringify({ id: letter.id, deadline: deadlines[0] ?? null, deadlines, markdown: text.text }, null, 2)}\n`);
    } else {
      io.stdout(text.text);
    }
    if (company) printNotices(io, letter, company, text.inserted);
  } catch (error) {
    if (error instanceof MissingFieldsError) {
      const list = error.missing.map((p) => `--${flagFor(p.name)} (${p.label})`).join(', ');
      throw new UsageError(`Letter ${letter.id} needs ${list}.`);
    }
    if (error instanceof InvalidFieldError) {
      throw new UsageError(`--${flagFor(error.field)}: ${error.reason} (got "${error.value}").`);
    }
    throw error;
  }
  return EXIT_OK;
};
