// `right-to-object check [FOLDER]`: re-fetches the `source:` of the latest snapshot of every policy
// in FOLDER (default policies/, laid out as FOLDER/<company>/<YYYY-MM-DD>.md) and saves a new dated
// snapshot beside it when the normalised text changed (src/core/policy/checkSnapshots.ts). One line
// per source; exit 0 when nothing changed, 1 when a new version was saved, 2 when a source could
// not be checked (or on bad usage).
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { DEFAULT_LINT_CONFIG } from '../../core/vague/lintConfig';
import { loadDirectory } from '../../core/directory/directory';
import { checkSnapshots, type CheckOutcome, type TrackedSnapshot } from '../../core/policy/checkSnapshots';
import { vagueDiff } from '../../core/policy/diff/vagueDiff';
import { isSnapshotName } from '../../core/policy/snapshotFile';
import { DEFAULT_POLICIES_FOLDER } from '../../core/policy/snapshotFile';
import { readSnapshotMeta } from '../../core/policy/snapshotMeta';
import { lintDocument } from '../../core/vague/lintDocument';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliCommand } from '../io';
import { usePhraseTablesBesideBundle } from '../phraseTables';
import { parseCommandArgs } from '../args';

/** Every snapshot file below `root`, one level of company folders deep, with its source. */
async function readSnapshots(root: string): Promise<TrackedSnapshot[]> {
  const snapshots: TrackedSnapshot[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const name of await readdir(join(root, entry.name))) {
      if (!isSnapshotName(name)) continue;
      const text = await readFile(join(root, entry.name, name), 'utf8');
      snapshots.push({ folder: entry.name, name, text, source: readSnapshotMeta(text).source });
    }
  }
  return snapshots;
}

/** "+2 −1 vague phrases; legal bases named for the first time: legitimate interests". */
function changeSummary(before: string, after: string): string {
  const version = (text: string) => ({ label: '', text, findings: lintDocument(text, { kind: 'markdown', config: DEFAULT_LINT_CONFIG }) });
  const diff = vagueDiff(version(before), version(after));
  const bases = diff.legalBasesNewlyNamed.length > 0 ? `; legal bases named for the first time: ${diff.legalBasesNewlyNamed.join(', ')}` : '';
  return `+${diff.totals.added} −${diff.totals.removed} vague phrase(s)${bases}`;
}

export const checkCommand: CliCommand = async (args, io) => {
  const parsed = parseCommandArgs({ args, allowPositionals: true, options: {} });
  if (parsed.positionals.length > 1) throw new UsageError('give at most one folder');
  usePhraseTablesBesideBundle();
  const root = resolve(io.cwd, parsed.positionals[0] ?? DEFAULT_POLICIES_FOLDER);
  const shown = relative(io.cwd, root) || '.';
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) throw new UsageError(`"${shown}" is not a folder of policy snapshots`);
  const snapshots = await readSnapshots(root);
  const latestText = new Map(snapshots.map((snapshot) => [`${snapshot.folder}/${snapshot.name}`, snapshot.text]));
  const report = await checkSnapshots(snapshots, {
    listNames: (folder) => readdir(join(root, folder)),
    // "wx": fail rather than overwrite, should another process write the same name meanwhile.
    write: (folder, name, text) => writeFile(join(root, folder, name), text, { flag: 'wx' }),
    companies: loadDirectory().companies,
  });
  if (report.outcomes.length === 0) {
    io.stdout(`No snapshot in ${shown} has a web address as its source; nothing to check.\n`);
    return EXIT_OK;
  }
  const line = (outcome: CheckOutcome): string => {
    const at = `${outcome.folder}/${outcome.latest}`;
    switch (outcome.kind) {
      case 'unchanged':
        return `${at}: unchanged (${outcome.source})`;
      case 'changed':
        return `${at}: changed; saved ${join(shown, outcome.folder, outcome.saved)} (${changeSummary(latestText.get(at) ?? '', outcome.snapshot.text)})`;
      case 'failed':
        return `${at}: not checked: ${outcome.message}`;
      case 'skipped':
        return `${at}: skipped (${outcome.message})`;
    }
  };
  for (const outcome of report.outcomes) io.stdout(`${line(outcome)}\n`);
  const count = (kind: CheckOutcome['kind']) => report.outcomes.filter((outcome) => outcome.kind === kind).length;
  io.stdout(`${count('changed')} changed, ${count('unchanged')} unchanged, ${count('failed')} not checked.\n`);
  if (count('failed') > 0) return EXIT_USAGE;
  return count('changed') > 0 ? EXIT_FINDINGS : EXIT_OK;
};
