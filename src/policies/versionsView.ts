// The "Policy Versions" view in the explorer: each tracked company (a folder of the policies folder
// holding dated snapshots) and its snapshots, newest first, each with its vague findings by
// severity and the change since the previous snapshot (+added −removed, aligned by sentence). The
// companies are listed from the folder alone; the findings are computed (and cached by file
// modification time and the settings) only when a company is expanded, so the view costs nothing at
// activation. Snapshots are linted with the editor diagnostics' settings for their folder.
import * as vscode from 'vscode';
import { lintEngine } from '../platform/lazyModules';
import type { Severity } from '../core/severity';
import type { Finding } from '../core/vague/finding';
import { policyDiffEngine } from './policyModules';
import { listCompanies, listSnapshots, policiesFolder, readText, type SnapshotFile } from './policiesFolder';
import type { LintSettings } from './lintSettings';

export const VERSIONS_VIEW_ID = 'rightToObject.policyVersions';

export type VersionsNode =
  { kind: 'company'; company: string; root: vscode.Uri; count: number } | { kind: 'snapshot'; company: string; name: string; uri: vscode.Uri; summary: SnapshotSummary; hasPrevious: boolean };

export interface SnapshotSummary {
  bySeverity: Record<Severity, number>;
  /** Against the previous snapshot in the folder; undefined for the first. */
  change?: { added: number; removed: number };
  title?: string;
  retrieved?: string;
}

/** The snapshot tree's context values (package.json's view/item/context menus test them). */
export const SNAPSHOT_CONTEXT = 'rightToObject.policySnapshot';
export const SNAPSHOT_WITH_PREVIOUS_CONTEXT = 'rightToObject.policySnapshot.withPrevious';

interface Linted {
  text: string;
  findings: readonly Finding[];
  bySeverity: Record<Severity, number>;
}

export class PolicyVersionsProvider implements vscode.TreeDataProvider<VersionsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<VersionsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly cache = new Map<string, { stamp: string; linted: Linted }>();
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly settings: LintSettings) {
    this.watch();
    this.disposables.push(
      this.changed,
      settings.onDidChange(() => this.refreshSoon()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('rightToObject.policies.folder')) {
          this.watch();
          this.refresh();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.watch();
        this.refresh();
      }),
    );
  }

  /** Watches the policies folder's Markdown files (new snapshots, deletions, edits). */
  private watch(): void {
    this.watcher?.dispose();
    this.watcher = undefined;
    const folder = policiesFolder();
    if ('problem' in folder) return;
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder.uri, '**/*.md'));
    const soon = () => this.refreshSoon();
    this.watcher.onDidCreate(soon);
    this.watcher.onDidDelete(soon);
    this.watcher.onDidChange(soon);
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  private refreshSoon(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.refresh(), 300);
  }

  getTreeItem(node: VersionsNode): vscode.TreeItem {
    if (node.kind === 'company') {
      const item = new vscode.TreeItem(node.company, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `company:${node.root.toString()}/${node.company}`;
      item.iconPath = new vscode.ThemeIcon('organization');
      item.description = vscode.l10n.t('{0} version(s)', node.count);
      item.contextValue = 'rightToObject.policyCompany';
      return item;
    }
    const item = new vscode.TreeItem(node.name.replace(/\.md$/, ''), vscode.TreeItemCollapsibleState.None);
    item.id = `snapshot:${node.uri.toString()}`;
    item.resourceUri = node.uri;
    item.iconPath = new vscode.ThemeIcon('history');
    item.description = describe(node.summary);
    item.tooltip = tooltip(node);
    item.contextValue = node.hasPrevious ? SNAPSHOT_WITH_PREVIOUS_CONTEXT : SNAPSHOT_CONTEXT;
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [node.uri] };
    return item;
  }

  async getChildren(node?: VersionsNode): Promise<VersionsNode[]> {
    const folder = policiesFolder();
    if ('problem' in folder) return [];
    if (!node) {
      const companies = await listCompanies(folder.uri);
      return Promise.all(companies.map(async (company) => ({ kind: 'company' as const, company, root: folder.uri, count: (await listSnapshots(folder.uri, company)).length })));
    }
    if (node.kind === 'snapshot') return [];
    return this.snapshots(node.root, node.company);
  }

  /** A company's snapshots, newest first, with their summaries. */
  private async snapshots(root: vscode.Uri, company: string): Promise<VersionsNode[]> {
    const files = await listSnapshots(root, company);
    const findings = await Promise.all(files.map((file) => this.findingsOf(file)));
    const { vagueDiff, readSnapshotMeta } = policyDiffEngine();
    const nodes: VersionsNode[] = files.flatMap((file, index): VersionsNode[] => {
      const current = findings[index];
      if (!current) return []; // Promise.all gives one result per file; this only satisfies the index check
      const before = index > 0 ? findings[index - 1] : undefined;
      const diff = before ? vagueDiff({ label: '', text: before.text, findings: before.findings }, { label: '', text: current.text, findings: current.findings }) : undefined;
      const meta = readSnapshotMeta(current.text);
      return [
        {
          kind: 'snapshot',
          company,
          name: file.name,
          uri: file.uri,
          hasPrevious: index > 0,
          summary: { bySeverity: current.bySeverity, ...(diff ? { change: { added: diff.totals.added, removed: diff.totals.removed } } : {}), title: meta.title, retrieved: meta.retrieved },
        },
      ];
    });
    return nodes.reverse();
  }

  /** A snapshot's text and findings, linted again only when the file changed (or is being edited). */
  private async findingsOf(file: SnapshotFile): Promise<Linted> {
    const config = await this.settings.configFor(file.uri);
    const fileStamp = await vscode.workspace.fs.stat(file.uri).then(
      (value) => `${value.mtime}:${value.size}`,
      () => '',
    );
    const stamp = fileStamp && `${fileStamp}:${JSON.stringify(config)}`;
    const dirty = vscode.workspace.textDocuments.some((document) => document.uri.toString() === file.uri.toString() && document.isDirty);
    const cached = this.cache.get(file.uri.toString());
    if (cached && cached.stamp === stamp && !dirty) return cached.linted;
    const { lintDocument } = lintEngine();
    const text = await readText(file.uri);
    const findings = lintDocument(text, { kind: 'markdown', config });
    const bySeverity: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
    for (const finding of findings) bySeverity[finding.severity]++;
    const linted = { text, findings, bySeverity };
    if (!dirty && stamp) this.cache.set(file.uri.toString(), { stamp, linted });
    return linted;
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.watcher?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** "+4 −0 since previous · 3 warnings, 3 info": the change first, so a narrow view still shows it. */
function describe(summary: SnapshotSummary): string {
  const { error, warning, information } = summary.bySeverity;
  const counts = [
    error > 0 ? vscode.l10n.t('{0} errors', error) : undefined,
    warning > 0 ? vscode.l10n.t('{0} warnings', warning) : undefined,
    information > 0 ? vscode.l10n.t('{0} info', information) : undefined,
  ].filter((part): part is string => part !== undefined);
  const change = summary.change ? vscode.l10n.t('+{0} −{1} since previous', summary.change.added, summary.change.removed) : vscode.l10n.t('first version');
  return vscode.l10n.t('{0} · {1}', change, counts.length > 0 ? counts.join(', ') : vscode.l10n.t('no vague findings'));
}

function tooltip(node: Extract<VersionsNode, { kind: 'snapshot' }>): vscode.MarkdownString {
  const tip = new vscode.MarkdownString();
  tip.isTrusted = false;
  tip.supportHtml = false;
  if (node.summary.title) tip.appendText(node.summary.title).appendMarkdown('\n\n');
  if (node.summary.retrieved) tip.appendText(vscode.l10n.t('Retrieved {0}', node.summary.retrieved)).appendMarkdown('\n\n');
  const { error, warning, information, hint } = node.summary.bySeverity;
  tip.appendText(vscode.l10n.t('Vague findings: {0} errors, {1} warnings, {2} info, {3} hints', error, warning, information, hint));
  if (node.summary.change) tip.appendMarkdown('\n\n').appendText(vscode.l10n.t('Since the previous version: {0} added, {1} removed', node.summary.change.added, node.summary.change.removed));
  return tip;
}

/** The view's content as plain data (for tests). */
export async function describeVersions(provider: PolicyVersionsProvider): Promise<{ company: string; snapshots: { name: string; description: string; contextValue: string }[] }[]> {
  const companies = await provider.getChildren();
  return Promise.all(
    companies.map(async (company) => ({
      company: company.kind === 'company' ? company.company : '',
      snapshots: (await provider.getChildren(company)).map((node) => {
        const item = provider.getTreeItem(node);
        return { name: node.kind === 'snapshot' ? node.name : '', description: String(item.description ?? ''), contextValue: item.contextValue ?? '' };
      }),
    })),
  );
}
