// `letter ID [--date YYYY-MM-DD] [--name …] [--email …] [--controller …] [--grounds …] [--FIELD …]`:
// prints the filled letter as Markdown. Every placeholder of the letter is a flag, written in
// kebab-case (postalAddress → --postal-address, sentDate → --sent-date).
import {
  fillLetter,
  findLetter,
  InvalidFieldError,
  MissingFieldsError,
  type Letter,
  type PlainDate,
} from '../../core/letters/index';
import { EXIT_OK, UsageError, type CliCommand } from '../io';

const USAGE = 'Usage: letter ID [--date YYYY-MM-DD] [--name NAME] [--controller COMPANY] [--grounds TEXT] [--FIELD VALUE …]';

/** postalAddress → postal-address */
export function flagFor(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The user's calendar date where the command runs: a letter is dated in local time. */
function localToday(now: Date = new Date()): PlainDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
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
    if (field in values) throw new UsageError(`--${flag} given twice.`);
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined) throw new UsageError(`--${flag} needs a value.`);
    values[field] = value;
  }
  return values;
}

export const letterCommand: CliCommand = async (args, io) => {
  const [id, ...rest] = args;
  if (id === undefined || id.startsWith('--')) throw new UsageError(`Which letter? ${USAGE} (run "letters" for the ids)`);
  const letter = findLetter(id);
  if (!letter) throw new UsageError(`Unknown letter "${id}". Run "letters" to list the letter ids.`);
  const values = parseValues(letter, rest);
  try {
    io.stdout(fillLetter(letter, values, localToday()));
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
