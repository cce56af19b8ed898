// `right-to-object walkthrough FILE [--format html|json]`: renders an opt-out walkthrough as a
// self-contained HTML page (default) or as JSON. Problems go to stderr as file:line:col lines;
// the exit code is 1 when any of them is an error, so CI can gate on a broken guide.
import { resolve } from 'node:path';
import { parseWalkthrough, renderStandaloneHtml, walkthroughToJson } from '../../core/walkthrough';
import { localIsoDate } from '../../core/text/localDate';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliCommand } from '../io';
import { parseCommandArgs } from '../args';

const FORMATS = ['html', 'json'] as const;
type Format = (typeof FORMATS)[number];

export const WALKTHROUGH_USAGE = 'Usage: right-to-object walkthrough FILE [--format html|json]';

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

interface WalkthroughArgs {
  file: string;
  format: Format;
  help: boolean;
}

function parseWalkthroughArgs(args: string[]): WalkthroughArgs {
  const { values, positionals } = parseCommandArgs(
    {
      args,
      allowPositionals: true,
      options: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    },
    WALKTHROUGH_USAGE,
  );
  const format = values.format ?? 'html';
  if (!isFormat(format)) throw new UsageError(`--format must be html or json (got "${format}")`);
  if (values.help) return { file: '', format: 'html', help: true };
  if (positionals.length === 0) throw new UsageError(`no FILE given. ${WALKTHROUGH_USAGE}`);
  if (positionals.length > 1) throw new UsageError(`give one FILE, not ${positionals.length}. ${WALKTHROUGH_USAGE}`);
  return { file: positionals[0] ?? '', format, help: false };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The command with an injectable clock, so tests get a fixed deadline banner. */
export function createWalkthroughCommand(today: () => string = localIsoDate): CliCommand {
  return async (args, io) => {
    const parsed = parseWalkthroughArgs(args);
    if (parsed.help) {
      io.stdout(`${WALKTHROUGH_USAGE}\n`);
      return EXIT_OK;
    }
    let text: string;
    try {
      text = await io.readFile(resolve(io.cwd, parsed.file));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UsageError(oneLine(`Cannot read ${parsed.file}: ${reason}`));
    }
    const walkthrough = parseWalkthrough(text);
    if (parsed.format === 'json') {
      io.stdout(`${JSON.stringify(walkthroughToJson(walkthrough), null, 2)}\n`);
    } else {
      io.stdout(renderStandaloneHtml(walkthrough, text, { today: today() }));
    }
    for (const p of walkthrough.problems) {
      io.stderr(`${parsed.file}:${p.line + 1}:${p.character + 1}: ${p.severity}: ${oneLine(p.message)}\n`);
    }
    return walkthrough.problems.some((p) => p.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
  };
}

export const walkthroughCommand: CliCommand = createWalkthroughCommand();
