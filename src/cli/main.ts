// The command line: `right-to-object <command> ...`. Every failure ends as one line on stderr and
// exit code 2; no stack trace reaches the user.
import { EXIT_USAGE, isUsageError, type CliCommand, type CliIo } from './io';
import { ownValue } from '../core/ownKeys';
import { endQuietlyOnClosedPipe } from './closedPipe';
import { escapeControls } from './terminalText';
import { readTextFile } from './readTextFile';
import { compileRegExpsOnce } from './v8Flags';
import { saveCodeCaches } from './codeCache';

// Each command is loaded when it runs, so `--help` parses none of them and `lint` never the letters
// or the directory. The release build (esbuild.js) turns each of these require() calls into a
// separate file, dist/cli/NAME.js, loaded with V8's code cache (codeCache.ts); in one bundle a lazy
// require would save no parse time.
/* eslint-disable @typescript-eslint/no-require-imports */
const COMMANDS: Readonly<Record<string, () => CliCommand>> = {
  lint: () => (require('./commands/lint') as typeof import('./commands/lint')).lintCommand,
  rules: () => (require('./commands/rules') as typeof import('./commands/rules')).rulesCommand,
  letters: () => (require('./commands/letters') as typeof import('./commands/letters')).lettersCommand,
  letter: () => (require('./commands/letter') as typeof import('./commands/letter')).letterCommand,
  company: () => (require('./commands/company') as typeof import('./commands/company')).companyCommand,
  walkthrough: () => (require('./commands/walkthrough') as typeof import('./commands/walkthrough')).walkthroughCommand,
  friction: () => (require('./commands/friction') as typeof import('./commands/friction')).frictionCommand,
  diff: () => (require('./commands/diff') as typeof import('./commands/diff')).diffCommand,
  import: () => (require('./commands/import') as typeof import('./commands/import')).importCommand,
  check: () => (require('./commands/check') as typeof import('./commands/check')).checkCommand,
};
/* eslint-enable @typescript-eslint/no-require-imports */

const USAGE = `Usage: right-to-object <command> [options]

Commands:
  lint PATH...        Flag vague privacy-policy language in Markdown and text files
                      [--format text|json|jsonl|sarif] [--config FILE]
                      [--fail-on error|warning|information|never] [--jobs N]
                      [--shard I/N] [--language auto|en|de|fr]
  rules               List the vague-language rules [--format text|json]
  letters             List the objection letters [--format text|json]
                      [--jurisdiction ID] [--language CODE]
  letter ID           Print a filled letter as Markdown [--date YYYY-MM-DD]
                      [--received YYYY-MM-DD|same-day] [--controller-country CC]
                      [--format markdown|json] [--gender feminine|masculine]
                      [--name ...] [--email ...] [--controller ...] [--grounds ...]
                      [--company SLUG [--records FILE]]
  company QUERY...    Find a company's privacy contact in the directory
                      [--format text|json] [--limit N] [--records FILE]
  walkthrough FILE    Render an opt-out walkthrough [--format html|json]
  friction PATH...    Compare the opt-out friction of walkthroughs
                      [--format markdown|json|svg|html] [--sort COLUMN[:asc|desc]]
  diff OLD NEW        The vague phrases a new policy version added and removed
                      [--format text|json|markdown]
  import URL|FILE     Save a policy page as a dated Markdown snapshot
                      [--folder DIR] (default policies/<company>/)
  check [FOLDER]      Re-fetch every snapshot's source; save a new dated
                      snapshot when the text changed (default folder policies/;
                      exit 1 when a new version was saved, 2 when one failed)
`;

/** No command, or a request for the usage text. */
function isHelp(name: string | undefined): name is undefined | '--help' | '-h' | 'help' {
  return name === undefined || name === '--help' || name === '-h' || name === 'help';
}

export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const io: CliIo = { ...rawIo, stdout: (text) => rawIo.stdout(escapeControls(text)), stderr: (text) => rawIo.stderr(escapeControls(text)) };
  if (isHelp(name)) {
    io.stdout(USAGE);
    return name === undefined ? EXIT_USAGE : 0;
  }
  const load = ownValue(COMMANDS, name);
  if (!load) {
    io.stderr(`right-to-object: unknown command "${name}". Run "right-to-object --help" for the list.\n`);
    return EXIT_USAGE;
  }
  try {
    return await load()(args, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`right-to-object ${name}: ${isUsageError(error) ? '' : 'error: '}${message.split('\n')[0]}\n`);
    return EXIT_USAGE;
  }
}

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: readTextFile,
  cwd: process.cwd(),
};

if (require.main === module) {
  endQuietlyOnClosedPipe(process.stdout, (code) => process.exit(code));
  endQuietlyOnClosedPipe(process.stderr, (code) => process.exit(code));
  if (!isHelp(process.argv[2])) compileRegExpsOnce();
  runCli(process.argv.slice(2), nodeIo).then(
    (code) => {
      process.exitCode = code;
      saveCodeCaches();
    },
    () => (process.exitCode = EXIT_USAGE),
  );
}
