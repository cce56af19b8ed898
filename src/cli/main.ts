// The command line: `right-to-object <command> ...`. Every failure ends as one line on stderr and
// exit code 2; no stack trace reaches the user.
import { readFile } from 'node:fs/promises';
import { EXIT_USAGE, UsageError, type CliCommand, type CliIo } from './io';
import { lintCommand } from './commands/lint';
import { rulesCommand } from './commands/rules';
import { lettersCommand } from './commands/letters';
import { letterCommand } from './commands/letter';
import { companyCommand } from './commands/company';
import { walkthroughCommand } from './commands/walkthrough';
import { diffCommand } from './commands/diff';
import { importCommand } from './commands/import';
import { ownValue } from '../core/ownKeys';
import { endQuietlyOnClosedPipe } from './closedPipe';
import { escapeControls } from './terminalText';

const COMMANDS: Readonly<Record<string, CliCommand>> = {
  lint: lintCommand,
  rules: rulesCommand,
  letters: lettersCommand,
  letter: letterCommand,
  company: companyCommand,
  walkthrough: walkthroughCommand,
  diff: diffCommand,
  import: importCommand,
};

const USAGE = `Usage: right-to-object <command> [options]

Commands:
  lint PATH...        Flag vague privacy-policy language in Markdown and text files
                      [--format text|json|sarif] [--config FILE]
                      [--fail-on error|warning|information|never]
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
  diff OLD NEW        The vague phrases a new policy version added and removed
                      [--format text|json|markdown]
  import URL|FILE     Save a policy page as a dated Markdown snapshot
                      [--folder DIR] (default policies/<company>/)
`;

export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const io: CliIo = { ...rawIo, stdout: (text) => rawIo.stdout(escapeControls(text)), stderr: (text) => rawIo.stderr(escapeControls(text)) };
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = ownValue(COMMANDS, name);
  if (!command) {
    io.stderr(`right-to-object: unknown command "${name}". Run "right-to-object --help" for the list.\n`);
    return EXIT_USAGE;
  }
  try {
    return await command(args, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`right-to-object ${name}: ${error instanceof UsageError ? '' : 'error: '}${message.split('\n')[0]}\n`);
    return EXIT_USAGE;
  }
}

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: async (path) => {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'ENOENT' ? `cannot read "${path}": no such file` : `cannot read "${path}" (${code ?? 'unknown error'})`);
    }
  },
  cwd: process.cwd(),
};

if (require.main === module) {
  endQuietlyOnClosedPipe(process.stdout, (code) => process.exit(code));
  endQuietlyOnClosedPipe(process.stderr, (code) => process.exit(code));
  runCli(process.argv.slice(2), nodeIo).then(
    (code) => (process.exitCode = code),
    () => (process.exitCode = EXIT_USAGE),
  );
}
