import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../platform/constants';
import type { Severity } from '../core/severity';
import type { Finding } from '../core/vague/finding';
import type { NotChecked } from '../core/vague/languagePlan';
import type { DetectedLanguage } from '../core/language/languages';
import { lintEngine } from '../platform/lazyModules';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The Problems row: the message, with the count on a repeated phrase's first occurrence. */
function messageOf(finding: Finding, message: string): string {
  const group = finding.group;
  if (!group) return message;
  return group.index === 1 ? vscode.l10n.t('{0} (×{1} in this section)', message, group.count) : vscode.l10n.t('{0} (repeat {1} of {2} in this section)', message, group.index, group.count);
}

/** The interface language messages are shown in: VS Code's display language when German or French, else English. */
export function uiLanguage(): 'en' | 'de' | 'fr' {
  return lintEngine().uiLanguageOf(vscode.env.language);
}

/**
 * A finding as the editor shows it; repeats after the first should already be hints
 * (asShownInEditor). `text`: the document's text, to word a German or French rule's message in the
 * interface language (uiLanguage) around the words as written.
 */
export function toDiagnostic(document: Pick<vscode.TextDocument, 'positionAt'>, finding: Finding, text?: string): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
  const message = text !== undefined && finding.language !== undefined && finding.language !== 'en' ? lintEngine().messageIn(finding, text, uiLanguage()) : finding.message;
  const diagnostic = new vscode.Diagnostic(range, messageOf(finding, message), SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = finding.ruleId;
  return diagnostic;
}

/** The diagnostic code of the once-per-document notice for a language without rules. */
export const NOT_CHECKED_CODE = 'not-checked';

function languageName(language: DetectedLanguage): string {
  switch (language) {
    case 'en':
      return vscode.l10n.t('English');
    case 'de':
      return vscode.l10n.t('German');
    case 'fr':
      return vscode.l10n.t('French');
    case 'nl':
      return vscode.l10n.t('Dutch');
    case 'es':
      return vscode.l10n.t('Spanish');
    case 'it':
      return vscode.l10n.t('Italian');
    case 'pl':
      return vscode.l10n.t('Polish');
    case 'pt':
      return vscode.l10n.t('Portuguese');
  }
}

/**
 * "Not checked: Dutch": one information diagnostic per language without rules, on the first line
 * of its first block, so the Problems panel says what the linter did not read.
 */
export function notCheckedDiagnostic(document: Pick<vscode.TextDocument, 'positionAt'>, notice: NotChecked): vscode.Diagnostic {
  const start = document.positionAt(notice.start);
  const end = document.positionAt(notice.end);
  const range = new vscode.Range(start, end.line === start.line ? end : new vscode.Position(start.line, Number.MAX_SAFE_INTEGER));
  const name = languageName(notice.language);
  const diagnostic = new vscode.Diagnostic(
    range,
    notice.blocks === 1
      ? vscode.l10n.t('Not checked: {0}. Right to Object has no rules for {0}; this block was not checked.', name)
      : vscode.l10n.t('Not checked: {0}. Right to Object has no rules for {0}; {1} blocks in {0} were not checked.', name, notice.blocks),
    vscode.DiagnosticSeverity.Information,
  );
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = NOT_CHECKED_CODE;
  return diagnostic;
}
