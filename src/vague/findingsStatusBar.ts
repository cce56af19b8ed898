// A status bar item for the active document: how many vague phrases it has and their density per
// 1,000 words. Clicking it opens the Problems panel.
import * as vscode from 'vscode';
import { lintEngine } from '../platform/lazyModules';
import type { VagueLanguageDiagnostics } from './vagueLanguageDiagnostics';

export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('rightToObject.findings', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [this.item];

  constructor(private readonly diagnostics: VagueLanguageDiagnostics) {
    this.item.name = vscode.l10n.t('Right to Object: vague phrases');
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      diagnostics.onDidUpdate((uri) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const result = document ? this.diagnostics.findingsFor(document) : undefined;
    if (!result) {
      this.item.hide();
      return;
    }
    const { countWords, densityPerThousandWords, asShownInEditor } = lintEngine();
    // Counted as the Problems panel shows them: a repeated phrase is one squiggle.
    const shown = asShownInEditor(result.findings, false).filter((finding) => finding.severity !== 'hint').length;
    const words = countWords(result.text);
    const density = densityPerThousandWords(shown, words);
    const quotesOnly = result.scope === 'quotes';
    this.item.text = `$(eye) ${vscode.l10n.t('{0} vague', shown)} · ${vscode.l10n.t('{0}/1k words', density)}${quotesOnly ? ` · ${vscode.l10n.t('quotes')}` : ''}`;
    const checked = quotesOnly
      ? vscode.l10n.t('Checked: the quoted policy text only (block quotes), not your commentary. Set rightToObject.diagnostics.scope to change this.')
      : vscode.l10n.t('Checked: the whole text.');
    this.item.tooltip = `${vscode.l10n.t('{0} vague phrase(s) in {1} words ({2} per 1,000 words). Click to open the Problems panel.', shown, words, density)}\n${checked}`;
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
