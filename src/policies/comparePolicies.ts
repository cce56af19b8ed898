// "Compare Policy Versions…" (two files from the explorer, or two snapshots picked) and "Compare
// with Previous Version" (a snapshot and the one before it in its folder): VS Code's diff editor for
// the two texts, and beside it a read-only Markdown report of the vague findings added, removed and
// unchanged (src/core/policy/diff). "Insert Report" puts that Markdown into the document you were
// writing, as one edit (one undo), between disable comments: the report quotes the policy's vague
// phrases, which are not the analyst's own wording. Both versions are linted with the settings the
// editor's diagnostics use for each file (LintSettings, the diagnostics' own configuration service).
// The report document itself is never linted (its scheme is the extension's output: isUserDocument).
import * as vscode from 'vscode';
import { lintEngine } from '../platform/lazyModules';
import { targetEditor } from '../platform/targetEditor';
import { LINTED_LANGUAGES, POLICY_DIFF_REPORT_SCHEME } from '../platform/constants';
import { isSnapshotName, compareSnapshotNames } from '../core/policy/snapshotFile';
import type { VagueDiff } from '../core/policyDiffEngine';
import { policyDiffEngine } from './policyModules';
import { listAllSnapshots, policiesFolder, previousSnapshot, readText } from './policiesFolder';
import type { LintSettings } from './lintSettings';

export const REPORT_SCHEME = POLICY_DIFF_REPORT_SCHEME;

/**
 * What "Insert Report" puts around the report: from the first comment to the second no rule
 * reports anything (src/core/vague/suppressions.ts), so the policy wording the report quotes is not
 * flagged as the analyst's own. The enable comment closes every disable open at that point.
 */
export const INSERTED_REPORT_START = '<!-- right-to-object-disable -->';
export const INSERTED_REPORT_END = '<!-- right-to-object-enable -->';

export interface CompareResult {
  old: vscode.Uri;
  new: vscode.Uri;
  diff: VagueDiff;
  /** The report as Markdown (what "Insert Report" inserts). */
  markdown: string;
  /** The read-only report document shown beside the diff. */
  reportUri: vscode.Uri;
}

/** Serves the reports as read-only documents; keeps the last few. */
export class DiffReports implements vscode.TextDocumentContentProvider {
  private readonly reports = new Map<string, string>();
  private counter = 0;
  last: { markdown: string; insertInto?: vscode.Uri; compared: readonly string[] } | undefined;

  add(markdown: string, name: string): vscode.Uri {
    this.counter++;
    const uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${this.counter}/${name.replace(/[\\/]/g, '-')}.md` });
    this.reports.set(uri.toString(), markdown);
    for (const key of [...this.reports.keys()].slice(0, Math.max(0, this.reports.size - 20))) this.reports.delete(key);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.reports.get(uri.toString()) ?? '';
  }
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** "acme/2026-12-05.md" for a snapshot, else the file name. */
function label(uri: vscode.Uri): string {
  const name = fileName(uri);
  if (!isSnapshotName(name)) return name;
  const folder = uri.path.slice(0, uri.path.lastIndexOf('/'));
  return `${folder.slice(folder.lastIndexOf('/') + 1)}/${name}`;
}

/** Old first: two snapshots by their names' dates; else by their `retrieved:`; else as given. */
function inOrder(a: { uri: vscode.Uri; retrieved?: string }, b: { uri: vscode.Uri; retrieved?: string }): [vscode.Uri, vscode.Uri] {
  const [nameA, nameB] = [fileName(a.uri), fileName(b.uri)];
  if (isSnapshotName(nameA) && isSnapshotName(nameB)) return compareSnapshotNames(nameA, nameB) <= 0 ? [a.uri, b.uri] : [b.uri, a.uri];
  if (a.retrieved && b.retrieved && !Number.isNaN(Date.parse(a.retrieved)) && !Number.isNaN(Date.parse(b.retrieved)))
    return Date.parse(a.retrieved) <= Date.parse(b.retrieved) ? [a.uri, b.uri] : [b.uri, a.uri];
  return [a.uri, b.uri];
}

/** Two snapshots chosen in a quick pick of the policies folder's snapshots (or files from a dialog). */
async function pickTwo(): Promise<vscode.Uri[] | undefined> {
  const folder = policiesFolder();
  const snapshots = 'problem' in folder ? [] : await listAllSnapshots(folder.uri);
  if (snapshots.length < 2) {
    const picked = await vscode.window.showOpenDialog({ title: vscode.l10n.t('Choose two versions of a policy'), canSelectMany: true, filters: { Markdown: ['md', 'markdown'] } });
    if (!picked) return undefined;
    return picked;
  }
  const items = snapshots.reverse().map((snapshot) => ({ label: snapshot.name.replace(/\.md$/, ''), description: snapshot.company, uri: snapshot.uri }));
  const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: vscode.l10n.t('Compare Policy Versions'), placeHolder: vscode.l10n.t('Choose two versions to compare') });
  return picked?.map((item) => item.uri);
}

export async function comparePolicyVersions(reports: DiffReports, settings: LintSettings, clicked?: unknown, selected?: unknown): Promise<CompareResult | undefined> {
  // From the explorer: (the clicked file, every selected file); from tests: two URIs.
  const given = (Array.isArray(selected) ? selected : Array.isArray(clicked) ? clicked : clicked instanceof vscode.Uri ? [clicked] : []).filter((uri): uri is vscode.Uri => uri instanceof vscode.Uri);
  const [one] = given;
  const uris = given.length === 2 ? given : one && given.length === 1 ? [one, ...((await previousSnapshotOrAsk(one)) ?? [])] : await pickTwo();
  if (!uris) return undefined;
  const [first, second] = uris;
  if (uris.length !== 2 || !first || !second) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Choose exactly two versions of a policy to compare (you chose {0}).', uris.length));
    return undefined;
  }
  return compare(reports, settings, first, second);
}

async function previousSnapshotOrAsk(uri: vscode.Uri): Promise<vscode.Uri[] | undefined> {
  const previous = await previousSnapshot(uri);
  if (previous) return [previous];
  const picked = await vscode.window.showOpenDialog({ title: vscode.l10n.t('Choose the version to compare {0} with', fileName(uri)), canSelectMany: false, filters: { Markdown: ['md', 'markdown'] } });
  return picked;
}

/** "Compare with Previous Version": a snapshot (tree item, explorer or active editor) and the one before it. */
export async function compareWithPrevious(reports: DiffReports, settings: LintSettings, target?: unknown): Promise<CompareResult | undefined> {
  const uri = target instanceof vscode.Uri ? target : (uriOf(target) ?? vscode.window.activeTextEditor?.document.uri);
  if (!uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open or select a policy snapshot to compare it with the previous one.'));
    return undefined;
  }
  const previous = await previousSnapshot(uri);
  if (!previous) {
    void vscode.window.showInformationMessage(
      isSnapshotName(fileName(uri))
        ? vscode.l10n.t('{0} is the first snapshot in its folder: there is no previous version to compare it with.', label(uri))
        : vscode.l10n.t('{0} is not a dated policy snapshot (YYYY-MM-DD.md).', fileName(uri)),
    );
    return undefined;
  }
  return compare(reports, settings, previous, uri);
}

/** A tree item's resource (the Versions view passes its node). */
function uriOf(value: unknown): vscode.Uri | undefined {
  const uri = (value as { uri?: unknown } | undefined)?.uri;
  return uri instanceof vscode.Uri ? uri : undefined;
}

async function compare(reports: DiffReports, settings: LintSettings, first: vscode.Uri, second: vscode.Uri): Promise<CompareResult> {
  // The document being written when the comparison started: where "Insert Report" goes.
  const writing = targetEditor(LINTED_LANGUAGES)?.document.uri;
  const { readSnapshotMeta, vagueDiff, renderDiff } = policyDiffEngine();
  const { lintDocument } = lintEngine();
  // Each file with the settings its squiggles use (its workspace folder's), so the report agrees with the editor.
  const read = async (uri: vscode.Uri) => {
    const [text, config] = await Promise.all([readText(uri), settings.configFor(uri)]);
    return { uri, text, config, retrieved: readSnapshotMeta(text).retrieved };
  };
  const versions = await Promise.all([read(first), read(second)]);
  const [oldUri, newUri] = inOrder(versions[0], versions[1]);
  const version = (uri: vscode.Uri) => {
    const { text, config } = versions.find((candidate) => candidate.uri === uri)!;
    const kind = /\.(md|markdown)$/i.test(uri.path) ? 'markdown' : 'plaintext';
    return { label: label(uri), text, findings: lintDocument(text, { kind, config }) };
  };
  const diff = vagueDiff(version(oldUri), version(newUri));
  const markdown = renderDiff(diff, 'markdown');
  const reportUri = reports.add(markdown, `${label(oldUri)} → ${label(newUri)}`.replace(/\.md/g, ''));
  const isCompared = (uri: vscode.Uri | undefined) => uri && [oldUri, newUri, reportUri].some((one) => one.toString() === uri.toString());
  reports.last = { markdown, insertInto: isCompared(writing) ? undefined : writing, compared: [oldUri, newUri, reportUri].map(String) };

  await vscode.commands.executeCommand('vscode.diff', oldUri, newUri, vscode.l10n.t('{0} ↔ {1} (policy versions)', label(oldUri), label(newUri)), { preview: false });
  const report = await vscode.workspace.openTextDocument(reportUri);
  await vscode.window.showTextDocument(report, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: false });

  const insert = vscode.l10n.t('Insert Report');
  void vscode.window
    .showInformationMessage(
      vscode.l10n.t('{0} → {1}: {2} vague phrase(s) added, {3} removed, {4} unchanged.', label(oldUri), label(newUri), diff.totals.added, diff.totals.removed, diff.totals.unchanged),
      insert,
    )
    .then((choice) => {
      if (choice === insert) void insertDiffReport(reports);
    });
  return { old: oldUri, new: newUri, diff, markdown, reportUri };
}

/**
 * "Insert Vagueness Diff Report": the last report, at the cursor of the document being written when
 * the comparison ran (or the active Markdown/text editor), replacing the selection; one undo step.
 */
export async function insertDiffReport(reports: DiffReports): Promise<boolean> {
  const last = reports.last;
  if (!last) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Compare two policy versions first; their report can then be inserted.'));
    return false;
  }
  const remembered = last.insertInto && vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === last.insertInto!.toString());
  const active = targetEditor(LINTED_LANGUAGES);
  // Never into the compared versions or a report.
  const usable = active && active.document.uri.scheme !== REPORT_SCHEME && !last.compared.includes(active.document.uri.toString()) ? active : undefined;
  const editor = remembered ?? usable ?? (last.insertInto ? await vscode.window.showTextDocument(last.insertInto) : undefined);
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open the analysis to insert the report into, then run "Insert Vagueness Diff Report".'));
    return false;
  }
  const selection = editor.selection;
  const atLineStart = selection.start.character === 0;
  return editor.edit((builder) => builder.replace(selection, `${atLineStart ? '' : '\n\n'}${INSERTED_REPORT_START}\n${last.markdown}${INSERTED_REPORT_END}\n`));
}
