// `right-to-object lint [--format text|json|jsonl|sarif] [--config FILE] [--fail-on LEVEL] [--jobs N] [--shard I/N] [--language auto|en|de|fr] PATH...`
// The same pipeline as the editor (lintDocument; for a large file its sliced path, lintText.ts), with
// .right-to-object.json read the same way.
// Each file's findings are written as soon as it is linted (formatLint.ts), not kept to the end.
// --jobs N lints with N worker threads (default: the available cores; 1: in this thread), output
// in the same order either way. --shard I/N lints only the I-th of N parts of the files (shard.ts).
// --language forces one language's rules for every block (default:
// the configuration's, 'auto': each block's detected language; blocks in a language without rules
// are reported once per file, "not checked").
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_LINT_CONFIG, mergeLintConfigs, type LintConfig } from '../../core/vague/lintConfig';
import { WORKSPACE_FILE_NAME } from '../../core/config/workspaceFileName';
import { linterFor } from '../../core/vague/lintDocument';
import type { NotChecked } from '../../core/vague/languagePlan';
import { LANGUAGE_SETTINGS } from '../../core/language/languages';
import { severityRank, type Severity } from '../../core/severity';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliCommand, type CliIo } from '../io';
import { expandPaths, type InputFile } from '../expandPaths';
import { lintWriter, LINT_FORMATS } from '../formatLint';
import { oneOf, parseCommandArgs } from '../args';
import { documentKind } from '../documentKind';
import { lintInWorkers } from '../lintInWorkers';
import { filesOfShard, parseShard } from '../shard';
import { lintText } from '../lintText';
import { usePhraseTablesBesideBundle } from '../phraseTables';
import type { Finding } from '../../core/vague/finding';

declare const __VERSION__: string | undefined;
/** Injected by esbuild from package.json; unit tests run unbundled-version builds. */
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0';

const FAIL_ON = ['error', 'warning', 'information', 'never'] as const;

export const lintCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseOrUsage(args);
  const format = oneOf(values.format ?? 'text', LINT_FORMATS, '--format');
  const failOn = oneOf(values['fail-on'] ?? 'error', FAIL_ON, '--fail-on');
  if (positionals.length === 0) throw new UsageError('no PATH given (a file, a folder or a glob)');
  const loaded = await loadConfig(values.config, io);
  const config: LintConfig = values.language === undefined ? loaded : { ...loaded, language: oneOf(values.language, LANGUAGE_SETTINGS, '--language') };

  usePhraseTablesBesideBundle();

  const jobs = jobsOf(values.jobs);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  const found = await expandPaths(positionals, io.cwd);
  const files = shard ? filesOfShard(found, shard) : found;
  // Only SARIF looks rules up (at the end); with --jobs the main thread need not compile the matcher.
  const writer = lintWriter(
    format,
    (text) => io.stdout(text),
    (id, language) => linterFor(config, language).ruleById(id),
    VERSION,
  );
  const threshold = failOn === 'never' ? Infinity : severityRank(failOn as Severity);
  let reached = false;
  const write = (file: InputFile, text: string, findings: readonly Finding[], notChecked: readonly NotChecked[]) => {
    reached ||= findings.some((finding) => severityRank(finding.severity) >= threshold);
    writer.file({ file: file.display, text, findings, notChecked });
  };
  const lintHere = async (file: InputFile) => {
    const text = await io.readFile(file.absolute);
    return { text, ...(await lintText(text, documentKind(file.absolute), config)) };
  };
  // The worker is its own file in the release build (esbuild.js), started from lintWorkerStart.js
  // with the code cache; where it is not (tests run this module from a test bundle), the files are
  // linted in this thread.
  const workerFile = join(__dirname, 'lintWorkerStart.js');
  if (jobs > 1 && files.length > 1 && existsSync(workerFile)) {
    await lintInWorkers(files, config, jobs, workerFile, lintHere, write);
  } else {
    for (const file of files) {
      const { text, findings, notChecked } = await lintHere(file);
      write(file, text, findings, notChecked);
    }
  }
  writer.end();
  return reached ? EXIT_FINDINGS : EXIT_OK;
};

/** --jobs N: a whole number from 1; by default the cores this process may use. */
function jobsOf(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  if (!/^[1-9]\d{0,2}$/.test(value)) throw new UsageError(`--jobs must be a whole number from 1 to 999 (got "${value}")`);
  return Number(value);
}

/** --config FILE, else .right-to-object.json in the working folder if there is one. A bad file is a usage error. */
async function loadConfig(path: string | undefined, io: CliIo): Promise<LintConfig> {
  const file = path ? resolve(io.cwd, path) : resolve(io.cwd, WORKSPACE_FILE_NAME);
  if (!path && !existsSync(file)) return DEFAULT_LINT_CONFIG;
  // Loaded only when there is a file to read: its schemas (the directory's records among them) cost
  // every lint ~1.3 ms of start-up to build.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  const { parseWorkspaceFile } = require('../../core/config/workspaceFile') as typeof import('../../core/config/workspaceFile');
  const parsed = parseWorkspaceFile(await io.readFile(file), path ?? WORKSPACE_FILE_NAME);
  if (parsed.problems.length > 0) {
    const [first] = parsed.problems;
    throw new UsageError(`${first!.setting} ${first!.message}${parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more problem(s))` : ''}`);
  }
  return mergeLintConfigs(parsed.diagnostics);
}

function parseOrUsage(args: string[]) {
  return parseCommandArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, 'fail-on': { type: 'string' }, config: { type: 'string' }, jobs: { type: 'string' }, shard: { type: 'string' }, language: { type: 'string' } },
  });
}
