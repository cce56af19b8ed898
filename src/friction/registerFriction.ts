// Wires "Compare Opt-out Friction" into VS Code: the comparison command (workspace walkthroughs,
// or the ones picked), the panel's sort, export and insert commands, and the samples to compare. Everything registered goes
// into context.subscriptions. Each command returns its result, for the tests.
import * as vscode from 'vscode';
import type { FrictionRow, SortSpec } from '../core/friction';
import { COMMANDS } from '../platform/constants';
import { registerSafeCommand } from '../platform/faults';
import { ComparisonPanel } from './comparisonPanel';
import { exportComparisonHtml, exportComparisonMarkdown } from './exportComparison';
import { findWorkspaceWalkthroughs, readWalkthroughs } from './findWalkthroughs';
import { frictionEngine } from './frictionEngine';
import { insertComparisonTable } from './insertTable';
import { openSampleWalkthroughs } from './openSamples';
import { pickWalkthroughs } from './pickWalkthroughs';

export interface FrictionComparisonResult {
  rows: readonly FrictionRow[];
  html: string | undefined;
}

export function registerFriction(context: vscode.ExtensionContext): void {
  const panel = new ComparisonPanel();

  /** The rows the panel shows; without a comparison yet, every walkthrough in the workspace. */
  const currentRows = async (): Promise<{ rows: readonly FrictionRow[]; spec: SortSpec | undefined } | undefined> => {
    if (panel.isOpen && panel.shownRows.length > 0) return { rows: panel.shownRows, spec: panel.sort };
    const rows = frictionEngine().sortRows((await findWorkspaceWalkthroughs()).map((found) => found.row));
    if (rows.length > 0) return { rows, spec: undefined };
    void vscode.window.showInformationMessage(vscode.l10n.t('No walkthroughs to compare. A walkthrough is a Markdown file with numbered steps.'));
    return undefined;
  };

  context.subscriptions.push(
    panel,
    registerSafeCommand(COMMANDS.compareFriction, async (uris?: unknown): Promise<FrictionComparisonResult | undefined> => {
      // Called with URIs (the explorer's multi-select, tests): those; else the workspace's, picked.
      const given = Array.isArray(uris) ? uris.filter((uri): uri is vscode.Uri => uri instanceof vscode.Uri) : [];
      const found = given.length > 0 ? await readWalkthroughs(given) : await pickWalkthroughs(await findWorkspaceWalkthroughs());
      if (!found) return undefined;
      panel.show(found.map((walkthrough) => walkthrough.row));
      return { rows: panel.shownRows, html: panel.html };
    }),
    registerSafeCommand(COMMANDS.sortFrictionComparison, (column?: unknown, direction?: unknown): FrictionComparisonResult => {
      const { isColumnId } = frictionEngine();
      // Arguments come from a command link: checked, and anything else means the default order.
      const spec: SortSpec | undefined = isColumnId(column) && (direction === 'asc' || direction === 'desc') ? { column, direction } : undefined;
      panel.sortBy(spec);
      return { rows: panel.shownRows, html: panel.html };
    }),
    registerSafeCommand(COMMANDS.exportFrictionHtml, async (target?: unknown) => {
      const current = await currentRows();
      return current ? exportComparisonHtml(current.rows, current.spec, target instanceof vscode.Uri ? target : undefined) : undefined;
    }),
    registerSafeCommand(COMMANDS.exportFrictionMarkdown, async (target?: unknown) => {
      const current = await currentRows();
      return current ? exportComparisonMarkdown(current.rows, current.spec, target instanceof vscode.Uri ? target : undefined) : undefined;
    }),
    registerSafeCommand(COMMANDS.openSampleWalkthroughs, (name?: unknown) => openSampleWalkthroughs(context.extensionUri, name)),
    registerSafeCommand(COMMANDS.insertFrictionTable, async () => {
      const current = await currentRows();
      return current ? insertComparisonTable(current.rows, current.spec) : false;
    }),
  );
}
