// Wires the policy snapshots into VS Code: Import Policy…, Check Policies for Changes, Compare
// Policy Versions…, Compare with Previous Version, Insert Vagueness Diff Report, and the Policy
// Versions view. Activation registers them only: the importer (dist/policyEngine.js), the linter
// and the YAML reader load when a command first runs or a company is expanded. Each command returns
// its result, for the tests.
import * as vscode from 'vscode';
import { COMMANDS } from '../platform/constants';
import { registerSafeCommand } from '../platform/faults';
import { checkForChangesCommand } from './checkForChanges';
import { comparePolicyVersions, compareWithPrevious, DiffReports, insertDiffReport, REPORT_SCHEME } from './comparePolicies';
import type { LintSettings } from './lintSettings';
import { importPolicyCommand } from './importPolicy';
import { policyEngineEvaluations } from './policyEngineLoader';
import { describeVersions, PolicyVersionsProvider, VERSIONS_VIEW_ID } from './versionsView';

export interface PoliciesApi {
  /** Tests: the Versions view's content, and how often the importer bundle was evaluated. */
  versions(): ReturnType<typeof describeVersions>;
  engineEvaluations(): number;
}

/** `settings`: the vague-language diagnostics' configuration, so reports and the view lint as the editor does. */
export function registerPolicies(context: vscode.ExtensionContext, settings: LintSettings): PoliciesApi {
  const reports = new DiffReports();
  const versions = new PolicyVersionsProvider(settings);
  const refreshAfter = async <T>(work: Promise<T>): Promise<T> => {
    try {
      return await work;
    } finally {
      versions.refresh();
    }
  };
  context.subscriptions.push(
    versions,
    vscode.window.createTreeView(VERSIONS_VIEW_ID, { treeDataProvider: versions, showCollapseAll: true }),
    vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, reports),
    registerSafeCommand(COMMANDS.importPolicy, (target?: unknown) => refreshAfter(importPolicyCommand(context.extensionUri, target))),
    registerSafeCommand(COMMANDS.checkPolicyChanges, () => refreshAfter(checkForChangesCommand(context.extensionUri))),
    registerSafeCommand(COMMANDS.comparePolicyVersions, (clicked?: unknown, selected?: unknown) => comparePolicyVersions(reports, settings, clicked, selected)),
    registerSafeCommand(COMMANDS.comparePolicyWithPrevious, (target?: unknown) => compareWithPrevious(reports, settings, target)),
    registerSafeCommand(COMMANDS.insertPolicyDiffReport, () => insertDiffReport(reports)),
    registerSafeCommand(COMMANDS.refreshPolicyVersions, () => versions.refresh()),
  );
  return { versions: () => describeVersions(versions), engineEvaluations: policyEngineEvaluations };
}
