import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../platform/constants';
import type { Severity } from '../core/severity';
import type { Finding } from '../core/vague/finding';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The Problems row: the message, with the count on a repeated phrase's first occurrence. */
function messageOf(finding: Finding): string {
  const group = finding.group;
  if (!group) return finding.message;
  return group.index === 1
    ? vscode.l10n.t('{0} (×{1} in this section)', finding.message, group.count)
    : vscode.l10n.t('{0} (repeat {1} of {2} in this section)', finding.message, group.index, group.count);
}

/** A finding as the editor shows it; repeats after the first should already be hints (repeatsAsHints). */
export function toDiagnostic(document: Pick<vscode.TextDocument, 'positionAt'>, finding: Finding): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
  const diagnostic = new vscode.Diagnostic(range, messageOf(finding), SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = finding.ruleId;
  return diagnostic;
}
