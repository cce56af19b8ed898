// "Right to Object: Check Policies for Changes": re-fetches the `source:` of the latest snapshot of
// each policy in the policies folder (only in a trusted workspace, only now, one page after another)
// and saves a new dated snapshot beside it when the normalised text changed
// (src/core/policy/checkSnapshots.ts). The result is one message; with one change, a button compares
// the new version with the previous one.
import * as vscode from 'vscode';
import { COMMANDS } from '../platform/constants';
import { directoryEngine } from '../platform/lazyModules';
import type { CheckOutcome, TrackedSnapshot } from '../core/policyEngine';
import { inBrowserWorker, requireTrust } from './fetchHost';
import { loadPolicyEngine } from './policyEngineLoader';
import { policyDiffEngine } from './policyModules';
import { listAllSnapshots, policiesFolder, readText, writeNewFile } from './policiesFolder';

export interface CheckedSource {
  company: string;
  source: string;
  kind: CheckOutcome['kind'];
  /** The snapshot compared with. */
  latest: vscode.Uri;
  /** The new snapshot, when the text changed. */
  saved?: vscode.Uri;
  message?: string;
}

export type CheckResult = { status: 'checked'; sources: CheckedSource[]; cancelled: boolean } | { status: 'untrusted' } | { status: 'failed'; message: string };

export async function checkForChangesCommand(extensionUri: vscode.Uri): Promise<CheckResult> {
  if (!requireTrust(vscode.l10n.t('Checking policies for changes needs a trusted workspace: in restricted mode the sources named in snapshots are never fetched.'))) return { status: 'untrusted' };
  const folder = policiesFolder();
  if ('problem' in folder) {
    void vscode.window.showErrorMessage(folder.problem);
    return { status: 'failed', message: folder.problem };
  }
  const { readSnapshotMeta } = policyDiffEngine();
  const snapshots: TrackedSnapshot[] = [];
  for (const file of await listAllSnapshots(folder.uri)) {
    const text = await readText(file.uri);
    snapshots.push({ folder: file.company, name: file.name, text, source: readSnapshotMeta(text).source });
  }
  if (!snapshots.some((snapshot) => snapshot.source && /^https?:\/\//i.test(snapshot.source))) {
    const message = vscode.l10n.t('No snapshot in {0} names a web address (source:) to check. Import a policy from its address first.', folder.relative);
    void vscode.window.showInformationMessage(message);
    return { status: 'checked', sources: [], cancelled: false };
  }

  const report = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking policies for changes'), cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      const cancelled = token.onCancellationRequested(() => abort.abort());
      try {
        const engine = await loadPolicyEngine(extensionUri);
        const redirects = inBrowserWorker() ? 'follow' : 'manual';
        return await engine.checkSnapshots(snapshots, {
          fetchPage: (url, signal) => engine.fetchPolicyPage(url, { signal, redirects }),
          listNames: async (company) => (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(folder.uri, company))).map(([name]) => name),
          write: (company, name, text) => writeNewFile(vscode.Uri.joinPath(folder.uri, company, name), text),
          companies: directoryEngine().loadDirectory().companies,
          signal: abort.signal,
          onProgress: (index, total, tracked) => progress.report({ message: `${index + 1}/${total}: ${tracked.folder} (${hostOf(tracked.source)})`, increment: 100 / total }),
        });
      } finally {
        cancelled.dispose();
      }
    },
  );

  const sources: CheckedSource[] = report.outcomes.map((outcome) => ({
    company: outcome.folder,
    source: outcome.source,
    kind: outcome.kind,
    latest: vscode.Uri.joinPath(folder.uri, outcome.folder, outcome.latest),
    ...(outcome.kind === 'changed' ? { saved: vscode.Uri.joinPath(folder.uri, outcome.folder, outcome.saved) } : {}),
    ...(outcome.kind === 'failed' || outcome.kind === 'skipped' ? { message: outcome.message } : {}),
  }));
  showSummary(sources, report.cancelled);
  return { status: 'checked', sources, cancelled: report.cancelled };
}

function hostOf(source: string): string {
  try {
    return new URL(source).host;
  } catch {
    return source;
  }
}

function showSummary(sources: readonly CheckedSource[], cancelled: boolean): void {
  const count = (kind: CheckOutcome['kind']) => sources.filter((source) => source.kind === kind).length;
  const changed = sources.filter((source) => source.kind === 'changed');
  const failed = sources.filter((source) => source.kind === 'failed');
  const parts = [vscode.l10n.t('{0} changed (a new snapshot saved for each), {1} unchanged, {2} could not be checked.', count('changed'), count('unchanged'), failed.length)];
  if (changed.length > 0) parts.push(vscode.l10n.t('Changed: {0}.', changed.map((source) => source.company).join(', ')));
  if (failed[0]) parts.push(vscode.l10n.t('{0}: {1}', failed[0].company, failed[0].message ?? ''));
  if (failed.length > 0 && inBrowserWorker()) parts.push(vscode.l10n.t('In the browser most sites cannot be read by another site: save the page and import the file to add a version.'));
  if (cancelled) parts.push(vscode.l10n.t('Cancelled before every policy was checked.'));
  const compare = vscode.l10n.t('Compare with Previous');
  const buttons = changed.length === 1 ? [compare] : [];
  const show = failed.length > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  void show(parts.join(' '), ...buttons).then((choice) => {
    if (choice === compare && changed[0]?.saved) void vscode.commands.executeCommand(COMMANDS.comparePolicyWithPrevious, changed[0].saved);
  });
}
