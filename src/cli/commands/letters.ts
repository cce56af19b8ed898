// `letters [--format text|json] [--jurisdiction ID] [--language CODE]`: lists the objection letters
// with their citations (and where each was read) and their deadline rule.
import { listLetters, type Letter } from '../../core/letters/index';
import { EXIT_OK, UsageError, type CliCommand } from '../io';

const USAGE = 'Usage: letters [--format text|json] [--jurisdiction ID] [--language CODE]';

interface Options {
  format: 'text' | 'json';
  jurisdiction?: string;
  language?: string;
}

function parseArgs(args: string[]): Options {
  const options: Options = { format: 'text' };
  const seen = new Set<string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    if (!['--format', '--jurisdiction', '--language'].includes(flag)) {
      throw new UsageError(`Unknown argument "${arg}". ${USAGE}`);
    }
    if (seen.has(flag)) throw new UsageError(`${flag} given twice. ${USAGE}`);
    seen.add(flag);
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '' || value.startsWith('--')) throw new UsageError(`${flag} needs a value. ${USAGE}`);
    if (flag === '--format') {
      if (value !== 'text' && value !== 'json') throw new UsageError(`--format must be text or json, not "${value}".`);
      options.format = value;
    } else if (flag === '--jurisdiction') {
      options.jurisdiction = value;
    } else {
      options.language = value;
    }
  }
  return options;
}

/** The JSON shape of one letter in `letters --format json`. */
export interface LetterListing {
  id: string;
  jurisdiction: string;
  jurisdictionName: string;
  kind: string;
  language: string;
  title: string;
  citations: { citation: string; source: string; evidence: string }[];
  deadlineRule: { id: string; citation: string; description: string; source: string; evidence: string } | null;
}

export function toListing(letter: Letter): LetterListing {
  const rule = letter.deadlineRule;
  return {
    id: letter.id,
    jurisdiction: letter.jurisdiction,
    jurisdictionName: letter.jurisdictionName,
    kind: letter.kind,
    language: letter.language,
    title: letter.title,
    citations: letter.citations.map(({ citation, source, evidence }) => ({ citation, source, evidence })),
    deadlineRule: rule && letter.deadlineDescription ? { id: rule.id, citation: rule.citation, description: letter.deadlineDescription, source: rule.source, evidence: rule.evidence } : null,
  };
}

function toText(letter: Letter): string {
  return [
    letter.id,
    `  ${letter.title}`,
    `  ${letter.jurisdictionName} · ${letter.kindLabel} · ${letter.languageName}`,
    `  Cites: ${letter.citations.map((c) => (c.evidence === 'primary' ? c.citation : `${c.citation} (secondary source)`)).join('; ')}`,
    `  Deadline: ${letter.deadlineDescription ?? 'none verified; no date is computed'}`,
  ].join('\n');
}

export const lettersCommand: CliCommand = async (args, io) => {
  const options = parseArgs(args);
  const letters = listLetters().filter((l) => (options.jurisdiction === undefined || l.jurisdiction === options.jurisdiction) && (options.language === undefined || l.language === options.language));
  if (letters.length === 0) throw new UsageError('No letter matches those filters. Run "letters" without filters to see them all.');
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(letters.map(toListing), null, 2)}\n`);
  } else {
    io.stdout(`${letters.map(toText).join('\n\n')}\n`);
  }
  return EXIT_OK;
};
