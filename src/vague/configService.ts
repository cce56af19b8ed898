// The linter configuration for a document: VS Code settings and the .right-to-object.json of the
// document's workspace folder, validated, layered (user settings < workspace file < workspace and
// folder settings) and cached until either changes. Invalid values are reported once each.
import * as vscode from 'vscode';
import { CONFIG_SECTION } from '../platform/constants';
import type { LintConfig } from '../core/vague/lintConfig';
import type { WorkspaceFileContents } from '../core/config/workspaceFile';
import { lintEngine } from '../platform/lazyModules';
import { WORKSPACE_FILE_NAME } from '../core/config/workspaceFileName';
import { SettingProblemReporter } from '../platform/settingProblemReporter';

const SETTINGS_PREFIX = `${CONFIG_SECTION}.diagnostics.`;

export class ConfigService implements vscode.Disposable {
  private readonly workspaceFiles = new Map<string, Promise<WorkspaceFileContents>>();
  private readonly problems = new SettingProblemReporter();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changeEmitter];
  /** Fires when settings or a workspace file changed: documents need linting again. */
  readonly onDidChange = this.changeEmitter.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${WORKSPACE_FILE_NAME}`);
    const invalidate = () => {
      this.workspaceFiles.clear();
      this.changeEmitter.fire();
    };
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(invalidate),
      watcher.onDidChange(invalidate),
      watcher.onDidDelete(invalidate),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(CONFIG_SECTION)) this.changeEmitter.fire();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(invalidate),
    );
  }

  async configFor(uri: vscode.Uri): Promise<LintConfig> {
    const settings = vscode.workspace.getConfiguration(CONFIG_SECTION, uri);
    const layers = { user: {} as Record<string, unknown>, workspace: {} as Record<string, unknown> };
    const { DEFAULT_LINT_CONFIG, mergeLintConfigs, parseLintConfig } = lintEngine();
    for (const key of Object.keys(DEFAULT_LINT_CONFIG) as (keyof LintConfig)[]) {
      const inspected = settings.inspect(`diagnostics.${key}`);
      if (inspected?.globalValue !== undefined) layers.user[key] = inspected.globalValue;
      const workspaceValue = inspected?.workspaceFolderValue ?? inspected?.workspaceValue;
      if (workspaceValue !== undefined) layers.workspace[key] = workspaceValue;
    }
    const user = parseLintConfig(layers.user, SETTINGS_PREFIX);
    const workspace = parseLintConfig(layers.workspace, SETTINGS_PREFIX);
    const file = await this.workspaceFileFor(uri);
    this.problems.report([...user.problems, ...workspace.problems, ...file.problems]);
    return mergeLintConfigs(user.config, file.diagnostics, workspace.config);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private workspaceFileFor(uri: vscode.Uri): Promise<WorkspaceFileContents> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return Promise.resolve({ diagnostics: {}, problems: [] });
    const key = folder.uri.toString();
    let contents = this.workspaceFiles.get(key);
    if (!contents) {
      contents = readWorkspaceFile(vscode.Uri.joinPath(folder.uri, WORKSPACE_FILE_NAME));
      this.workspaceFiles.set(key, contents);
    }
    return contents;
  }
}

async function readWorkspaceFile(uri: vscode.Uri): Promise<WorkspaceFileContents> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return { diagnostics: {}, problems: [] }; // No workspace file: nothing to apply.
  }
  return lintEngine().parseWorkspaceFile(new TextDecoder().decode(bytes));
}
