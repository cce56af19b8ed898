// Settings listed in package.json's restrictedConfigurations (sender details, remote images) must
// not come from an untrusted workspace: its .vscode/settings.json could put an attacker's reply
// address into the user's letters (#19). VS Code already ignores workspace values of those
// settings in restricted mode; reading only the user's own value when untrusted keeps that true
// even where a host reports trust differently. Pure, so it is tested without an editor.

/** The part of vscode.WorkspaceConfiguration this needs. */
export interface SettingSource {
  get(key: string): unknown;
  inspect(key: string): { globalValue?: unknown } | undefined;
}

export function restrictedSettingValue(configuration: SettingSource, key: string, trusted: boolean): unknown {
  return trusted ? configuration.get(key) : configuration.inspect(key)?.globalValue;
}
