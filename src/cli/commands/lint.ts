// `right-to-object lint [--format text|json] [--fail-on error|warning|information|never] PATH...`
import { parseArgs } from 'node:util';
import { defaultLinter } from '../../core/vague/defaultLinter';
import { severityRank, type Severity } from '../../core/severity';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliCommand } from '../io';
import { expandPaths } from '../expandPaths';
import { formatLintResults, LINT_FORMATS, type LintFormat, type FileFindings } from '../formatLint';

const FAIL_ON = ['error', 'warning', 'information', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];

export const lintCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseOrUsage(args);
  const format = oneOf(values.format ?? 'text', LINT_FORMATS, '--format');
  const failOn = oneOf(values['fail-on'] ?? 'error', FAIL_ON, '--fail-on');
  if (positionals.length === 0) throw new UsageError('no PATH given (a file, a folder or a glob)');

  const files = await expandPaths(positionals, io.cwd);
  const linter = defaultLinter();
  const results: FileFindings[] = [];
  for (const file of files) {
    const text = await io.readFile(file.absolute);
    results.push({ file: file.display, text, findings: linter.lint(text) });
  }
  io.stdout(formatLintResults(results, format as LintFormat));
  return reachesThreshold(results, failOn) ? EXIT_FINDINGS : EXIT_OK;
};

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

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

function reachesThreshold(results: FileFindings[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const threshold = severityRank(failOn as Severity);
  return results.some((result) => result.findings.some((finding) => severityRank(finding.severity) >= threshold));
}
