// Quick fixes on a vague-language finding: put the question to the company into the text, turn
// the rule off for the line or the file, or allow the phrase in this workspace. Each fix runs as a
// command that first checks the document is still the version the fix was computed for, then
// applies one WorkspaceEdit (one undo step).
import * as vscode from 'vscode';
import { COMMANDS, CONFIG_SECTION, DIAGNOSTIC_SOURCE } from '../platform/constants';
import type { TextEdit } from '../core/edits/textEdit';
import type { QuestionFormat } from '../core/vague/quickFixEdits';
import { lintEngine } from '../platform/lazyModules';
import { guardedAsync } from '../platform/faults';
import type { ConfigService } from './configService';
import type { VagueLanguageDiagnostics } from './vagueLanguageDiagnostics';

export class VagueLanguageQuickFixes implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly diagnostics: VagueLanguageDiagnostics,
    private readonly config: ConfigService,
  ) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    return guardedAsync('code actions', [], () => this.actions(document, context));
  }

  private async actions(document: vscode.TextDocument, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && typeof diagnostic.code === 'string');
    if (ours.length === 0) return [];
    const result = await this.diagnostics.currentFindings(document);
    if (!result) return [];
    const { linterFor, questionNoteEdits, disableLineEdit, disableFileEdit } = lintEngine();
    const config = await this.config.configFor(document.uri);
    const format = questionFormat(document.uri);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const ruleId = diagnostic.code as string;
      const text = result.text;
      const end = document.offsetAt(diagnostic.range.end);
      const start = document.offsetAt(diagnostic.range.start);
      // The finding behind the diagnostic gives the block's language: its rules, and the question in it.
      const finding = result.findings.find((candidate) => candidate.ruleId === ruleId && candidate.start === start && candidate.end === end);
      if (!finding) continue;
      const rule = linterFor(config, finding.language).ruleById(ruleId);
      if (!rule) continue;
      const phrase = text.slice(start, end).replace(/\s+/g, ' ');
      actions.push(
        fix(vscode.l10n.t('Insert the question to ask the company'), diagnostic, document, questionNoteEdits(text, end, rule.question, format), true),
        fix(vscode.l10n.t('Disable {0} for this line', ruleId), diagnostic, document, [disableLineEdit(text, start, ruleId)]),
        fix(vscode.l10n.t('Disable {0} for this file', ruleId), diagnostic, document, [disableFileEdit(text, ruleId)]),
      );
      const allow = new vscode.CodeAction(vscode.l10n.t('Allow “{0}” in this workspace', phrase), vscode.CodeActionKind.QuickFix);
      allow.diagnostics = [diagnostic];
      allow.command = { command: COMMANDS.allowPhrase, title: allow.title, arguments: [document.uri, phrase] };
      actions.push(allow);
    }
    return actions;
  }
}

function fix(title: string, diagnostic: vscode.Diagnostic, document: vscode.TextDocument, edits: TextEdit[], preferred = false): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = preferred;
  action.command = { command: COMMANDS.applyTextEdits, title, arguments: [document.uri, document.version, edits] };
  return action;
}

function questionFormat(uri: vscode.Uri): QuestionFormat {
  const value = vscode.workspace.getConfiguration(CONFIG_SECTION, uri).get<string>('quickFix.questionFormat', 'inline');
  return (lintEngine().QUESTION_FORMATS as readonly string[]).includes(value) ? (value as QuestionFormat) : 'inline';
}
