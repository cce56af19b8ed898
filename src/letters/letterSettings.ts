// The sender details from settings (rightToObject.letters.name, .email, .country), validated, with
// each invalid value reported once per session; an invalid value is left out of letters.
import * as vscode from 'vscode';
import { CONFIG_SECTION } from '../platform/constants';
import type { LetterSettings } from '../core/lettersEngine';
import { lettersEngine } from '../platform/lazyModules';
import { SettingProblemReporter } from '../platform/settingProblemReporter';
import { restrictedSettingValue } from '../core/config/restrictedSetting';

const SECTION = `${CONFIG_SECTION}.letters`;

export class LetterSettingsReader implements vscode.Disposable {
  private readonly problems = new SettingProblemReporter();
  private readonly subscription: vscode.Disposable;

  constructor() {
    // Check a changed value right away, so the warning comes when the user edits the setting.
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SECTION)) this.read(undefined);
    });
  }

  /** The valid settings for a document (folder settings apply). */
  read(uri: vscode.Uri | undefined): LetterSettings {
    const { parseLetterSettings, LETTER_SETTING_KEYS } = lettersEngine();
    const configuration = vscode.workspace.getConfiguration(SECTION, uri);
    const raw = Object.fromEntries(LETTER_SETTING_KEYS.map((key) => [key, restrictedSettingValue(configuration, key, vscode.workspace.isTrusted)]));
    const { settings, problems } = parseLetterSettings(raw, `${SECTION}.`);
    this.problems.report(problems);
    return settings;
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
