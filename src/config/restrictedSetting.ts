// Settings listed in package.json's restrictedConfigurations (sender details, remote images) must
// not come from an untrusted workspace: its .vscode/settings.json could put an attacker's reply
// address into the user's letters (#19). VS Code already ignores workspace values of those
// settings in restricted mode; reading only the user's own value when untrusted keeps that true
// even where a host reports trust differently.
import * as vscode from 'vscode';

export function restrictedSettingValue(configuration: vscode.WorkspaceConfiguration, key: string): unknown {
  if (vscode.workspace.isTrusted) return configuration.get<unknown>(key);
  return configuration.inspect<unknown>(key)?.globalValue;
}
