// Tells the user about invalid settings: one warning per distinct problem per session, so a
// setting that stays wrong does not bring the same message back on every read.
import * as vscode from 'vscode';
import type { ConfigProblem } from '../core/vague/lintConfig';
import { log } from './log';

export class SettingProblemReporter {
  private readonly reported = new Set<string>();

  report(problems: readonly ConfigProblem[]): void {
    for (const problem of problems) {
      const text = `${problem.setting} ${problem.message}`;
      if (this.reported.has(text)) continue;
      this.reported.add(text);
      log().warn(text);
      void vscode.window.showWarningMessage(vscode.l10n.t('Right to Object: {0}', text));
    }
  }
}
