// The vague-language settings the policy features lint with: the editor diagnostics' own
// configuration service (src/vague/configService.ts), handed over by the extension's entry point
// (a feature does not import another feature). So a comparison and the Versions view count what the
// squiggles show: rightToObject.diagnostics.* and .right-to-object.json of each file's folder.
import type * as vscode from 'vscode';
import type { LintConfig } from '../core/vague/lintConfig';

export interface LintSettings {
  /** The configuration a document at `uri` is linted with. */
  configFor(uri: vscode.Uri): Promise<LintConfig>;
  /** Fires when the settings or a workspace file changed. */
  readonly onDidChange: vscode.Event<void>;
}
