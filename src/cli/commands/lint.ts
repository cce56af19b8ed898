// `right-to-object lint [--format text|json|jsonl|sarif] [--config FILE] [--fail-on LEVEL] PATH...`
// The same pipeline as the editor (lintDocument), with .right-to-object.json read the same way.
// Each file's findings are written as soon as it is linted (formatLint.ts), not kept to the end.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LINT_CONFIG, mergeLintConfigs, type LintConfig } from '../../core/config/lintConfig';
import { parseWorkspaceFile, WORKSPACE_FILE_NAME } from '../../core/config/workspaceFile';
import { lintDocument, linterFor } from '../../core/vague/lintDocument';
import { severityRank, type Severity } from '../../core/severity';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliCommand, type CliIo } from '../io';
import { expandPaths } from '../expandPaths';
import { lintWriter, LINT_FORMATS } from '../formatLint';
import { oneOf } from '../args';

declare const __VERSION__: string | undefined;
/** Injected by esbuild from package.json; unit tests run unbundled-version builds. */
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0';

const FAIL_ON = ['error', 'warning', 'information', 'never'] as const;

export const lintCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseOrUsage(args);
  const format = oneOf(values.format ?? 'text', LINT_FORMATS, '--format');
  const failOn = oneOf(values['fail-on'] ?? 'error', FAIL_ON, '--fail-on');
  if (positionals.length === 0) throw new UsageError('no PATH given (a file, a folder or a glob)');
  const config = await loadConfig(values.config, io);

  const files = await expandPaths(positionals, io.cwd);
  const linter = linterFor(config);
  const writer = lintWriter(format, io.stdout, (id) => linter.ruleById(id), VERSION);
  const threshold = failOn === 'never' ? Infinity : severityRank(failOn as Severity);
  let reached = false;
  for (const file of files) {
    const text = await io.readFile(file.absolute);
    const kind = /\.(md|markdown)$/i.test(file.absolute) ? 'markdown' : 'plaintext';
    const findings = lintDocument(text, { kind, config });
    reached ||= findings.some((finding) => severityRank(finding.severity) >= threshold);
    writer.file({ file: file.display, text, findings });
  }
  writer.end();
  return reached ? EXIT_FINDINGS : EXIT_OK;
};

/** --config FILE, else .right-to-object.json in the working folder if there is one. A bad file is a usage error. */
async function loadConfig(path: string | undefined, io: CliIo): Promise<LintConfig> {
  const file = path ? resolve(io.cwd, path) : resolve(io.cwd, WORKSPACE_FILE_NAME);
  if (!path && !existsSync(file)) return DEFAULT_LINT_CONFIG;
  const parsed = parseWorkspaceFile(await io.readFile(file), path ?? WORKSPACE_FILE_NAME);
  if (parsed.problems.length > 0) {
    const [first] = parsed.problems;
    throw new UsageError(`${first!.setting} ${first!.message}${parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more problem(s))` : ''}`);
  }
  return mergeLintConfigs(parsed.diagnostics);
}

function parseOrUsage(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string' }, 'fail-on': { type: 'string' }, config: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
