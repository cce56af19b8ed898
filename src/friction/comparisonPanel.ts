// The "Opt-out Friction" panel: one at a time, re-rendered with a fresh nonce whenever the rows or
// the sort change. Its webview runs no script and may follow only this feature's command links.
import * as vscode from 'vscode';
import type { FrictionRow, SortSpec } from '../core/friction';
import { COMMANDS } from '../platform/constants';
import { createNonce } from '../platform/nonce';
import { renderComparisonPage, type PanelLabels } from './comparisonHtml';
import { frictionEngine } from './frictionEngine';

export const FRICTION_VIEW_TYPE = 'rightToObject.frictionComparison';

function labels(): PanelLabels {
  return {
    title: vscode.l10n.t('Opt-out friction compared'),
    exportHtml: vscode.l10n.t('Export as HTML'),
    exportMarkdown: vscode.l10n.t('Export as Markdown + SVG'),
    insertTable: vscode.l10n.t('Insert the table into the document'),
    sortBy: vscode.l10n.t('Sort by'),
    empty: vscode.l10n.t('No walkthroughs to compare. A walkthrough is a Markdown file with numbered steps.'),
    facts: vscode.l10n.t('What each column counts'),
  };
}

export class ComparisonPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private rows: FrictionRow[] = [];
  private spec: SortSpec | undefined;

  /** The rows as shown (sorted), for the exports and the insert. */
  get shownRows(): readonly FrictionRow[] {
    return this.rows;
  }

  get sort(): SortSpec | undefined {
    return this.spec;
  }

  get html(): string | undefined {
    return this.panel?.webview.html;
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  show(rows: readonly FrictionRow[]): void {
    this.spec = undefined;
    this.rows = frictionEngine().sortRows(rows);
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(FRICTION_VIEW_TYPE, labels().title, vscode.ViewColumn.Active, {
        enableScripts: false,
        enableForms: false,
        enableCommandUris: [COMMANDS.sortFrictionComparison, COMMANDS.exportFrictionHtml, COMMANDS.exportFrictionMarkdown, COMMANDS.insertFrictionTable],
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    this.render();
    this.panel.reveal();
  }

  sortBy(spec: SortSpec | undefined): void {
    this.spec = spec;
    this.rows = frictionEngine().sortRows(this.rows, spec);
    this.render();
  }

  private render(): void {
    if (this.panel) this.panel.webview.html = renderComparisonPage(this.rows, this.spec, createNonce(), labels());
  }

  dispose(): void {
    this.panel?.dispose();
    this.panel = undefined;
  }
}
