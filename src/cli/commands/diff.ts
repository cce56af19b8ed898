// `right-to-object diff OLD NEW [--format text|json|markdown]`: the vague phrases a new version of
// a policy added and removed, aligned by sentence (src/core/policy/diff).
import { basename, resolve } from 'node:path';
import { DEFAULT_LINT_CONFIG } from '../../core/vague/lintConfig';
import { lintDocument } from '../../core/vague/lintDocument';
import { vagueDiff } from '../../core/policy/diff/vagueDiff';
import { DIFF_FORMATS, renderDiff } from '../../core/policy/diff/renderDiff';
import { EXIT_OK, UsageError, type CliCommand } from '../io';
import { oneOf, parseCommandArgs } from '../args';
import { usePhraseTablesBesideBundle } from '../phraseTables';

export const diffCommand: CliCommand = async (args, io) => {
  const parsed = parseCommandArgs({ args, allowPositionals: true, options: { format: { type: 'string' } } });
  const format = oneOf(parsed.values.format ?? 'text', DIFF_FORMATS, '--format');
  if (parsed.positionals.length !== 2) throw new UsageError('give two files: OLD NEW');
  usePhraseTablesBesideBundle();
  const [before, after] = await Promise.all(
    parsed.positionals.map(async (path) => {
      const text = await io.readFile(resolve(io.cwd, path));
      const kind = /\.(md|markdown)$/i.test(path) ? 'markdown' : 'plaintext';
      return { label: basename(path), text, findings: lintDocument(text, { kind, config: DEFAULT_LINT_CONFIG }) };
    }),
  );
  io.stdout(renderDiff(vagueDiff(before!, after!), format));
  return EXIT_OK;
};
