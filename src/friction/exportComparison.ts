// Publishing the comparison: a standalone HTML page (no script), or a Markdown table with an SVG
// chart written next to it (both render on GitHub). Files are written through vscode.workspace.fs
// after a save dialog; nothing is overwritten without the dialog's own confirmation.
import * as vscode from 'vscode';
import type { FrictionRow, SortSpec } from '../core/friction';
import { log } from '../platform/log';
import { localIsoDate } from '../core/text/localDate';
import { frictionEngine } from './frictionEngine';

/** Where to write: `target` when given (a command argument, the tests), else where the save dialog says (undefined when cancelled). */
async function destinationFor(target: vscode.Uri | undefined, name: string, filters: Record<string, string[]>, title: string): Promise<vscode.Uri | undefined> {
  if (target) return target;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, filters, saveLabel: vscode.l10n.t('Export'), title });
}

async function write(uri: vscode.Uri, text: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return true;
  } catch (error) {
    log().error(`Friction export to ${uri.toString()} failed: ${error instanceof Error ? error.message : String(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}. See the "Right to Object" output for details.', vscode.workspace.asRelativePath(uri, false)));
    return false;
  }
}

export async function exportComparisonHtml(rows: readonly FrictionRow[], spec: SortSpec | undefined, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const destination = await destinationFor(target, 'opt-out-friction.html', { [vscode.l10n.t('HTML page')]: ['html', 'htm'] }, vscode.l10n.t('Export the friction comparison as HTML'));
  if (!destination) return undefined;
  const { renderFrictionHtml, orderNote } = frictionEngine();
  if (!(await write(destination, renderFrictionHtml(rows, { orderNote: orderNote(spec), today: localIsoDate() })))) return undefined;
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported the comparison to {0}.', vscode.workspace.asRelativePath(destination, false)));
  return destination;
}

/** The SVG next to a Markdown file: "friction.md" → "friction.svg". */
export function chartUriFor(markdown: vscode.Uri): vscode.Uri {
  const name = markdown.path.split('/').pop() ?? 'friction.md';
  const base = name.replace(/\.(?:md|markdown)$/i, '');
  return vscode.Uri.joinPath(markdown, '..', `${base}.svg`);
}

export async function exportComparisonMarkdown(rows: readonly FrictionRow[], spec: SortSpec | undefined, target?: vscode.Uri): Promise<{ markdown: vscode.Uri; chart: vscode.Uri } | undefined> {
  const destination = await destinationFor(target, 'opt-out-friction.md', { [vscode.l10n.t('Markdown')]: ['md', 'markdown'] }, vscode.l10n.t('Export the friction comparison as Markdown and SVG'));
  if (!destination) return undefined;
  const chart = chartUriFor(destination);
  const { renderFrictionMarkdown, renderFrictionSvg, orderNote } = frictionEngine();
  const chartName = chart.path.split('/').pop() ?? 'friction.svg';
  if (!(await write(chart, renderFrictionSvg(rows, { standalone: true })))) return undefined;
  if (!(await write(destination, `# ${'Opt-out friction compared'}\n\n${renderFrictionMarkdown(rows, { chartPath: chartName, orderNote: orderNote(spec) })}`))) return undefined;
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported the comparison to {0} and {1}.', vscode.workspace.asRelativePath(destination, false), chartName));
  return { markdown: destination, chart };
}
