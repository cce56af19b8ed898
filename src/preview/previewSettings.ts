// Reads rightToObject.preview.* for a document: validated in core, problems reported once.
import * as vscode from 'vscode';
import { CONFIG_SECTION } from '../platform/constants';
import { SettingProblemReporter } from '../platform/settingProblemReporter';
import { restrictedSettingValue } from '../core/config/restrictedSetting';
import type { PreviewSettings } from '../core/walkthrough';
import { walkthroughEngine } from './walkthroughEngine';

export const PREVIEW_SECTION = `${CONFIG_SECTION}.preview`;

const problems = new SettingProblemReporter();

export function readPreviewSettings(uri: vscode.Uri | undefined): PreviewSettings {
  const configuration = vscode.workspace.getConfiguration(PREVIEW_SECTION, uri);
  const parsed = walkthroughEngine().parsePreviewSettings({ remoteImages: restrictedSettingValue(configuration, 'remoteImages', vscode.workspace.isTrusted) }, `${PREVIEW_SECTION}.`);
  problems.report(parsed.problems);
  return parsed.settings;
}
