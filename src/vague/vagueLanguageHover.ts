// Hover on a flagged phrase: what is vague, why, the question to put to the company, and the legal
// provision that makes it matter, with where that provision's text comes from.
import * as vscode from 'vscode';
import type { Rule } from '../core/vague/ruleSchema';
import type { Finding } from '../core/vague/finding';
import { lintEngine } from '../platform/lazyModules';
import { guardedAsync } from '../platform/faults';
import type { ConfigService } from './configService';
import type { VagueLanguageDiagnostics } from './vagueLanguageDiagnostics';
import { trimEndChars } from '../core/text/trimChars';
import { escapeMarkdown as escape, markdownLink } from '../core/text/markdownEscape';
import { uiLanguage } from './toDiagnostic';

export class VagueLanguageHover implements vscode.HoverProvider {
  constructor(
    private readonly diagnostics: VagueLanguageDiagnostics,
    private readonly config: ConfigService,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    return guardedAsync('hover', undefined, () => this.hover(document, position));
  }

  private async hover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const result = await this.diagnostics.currentFindings(document);
    if (!result) return undefined;
    const offset = document.offsetAt(position);
    const findings = result.findings.filter((finding) => finding.start <= offset && offset <= finding.end);
    if (findings.length === 0) return undefined;
    const config = await this.config.configFor(document.uri);
    const parts = findings.flatMap((finding) => {
      // A German or French finding: its language's rules (loaded by the lint that found it).
      const rule = lintEngine().linterFor(config, finding.language).ruleById(finding.ruleId);
      return rule ? [describeRule(rule, finding, document, result.findings)] : [];
    });
    if (parts.length === 0) return undefined;
    const first = findings[0]!;
    return new vscode.Hover(parts, new vscode.Range(document.positionAt(first.start), document.positionAt(first.end)));
  }
}

export function describeRule(rule: Rule, finding: Finding, document: Pick<vscode.TextDocument, 'positionAt' | 'getText'>, all: readonly Finding[]): vscode.MarkdownString {
  const phrase = document.getText(new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end)));
  const markdown = new vscode.MarkdownString(undefined, true);
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  // German and French rules: message and explanation in the interface language; the question stays
  // in the language of the block, the one to write to the company in.
  const ui = uiLanguage();
  const message = finding.language === undefined || finding.language === 'en' ? finding.message : lintEngine().messageIn(finding, document.getText(), ui);
  markdown.appendMarkdown(`**${escape(message)}**\n\n`);
  if (finding.clarified) markdown.appendMarkdown(`*${escape(vscode.l10n.t('The text names what this phrase leaves open right after it, so it is shown as a hint only.'))}*\n\n`);
  if (finding.raised === 'vague-company')
    markdown.appendMarkdown(
      `*${escape(vscode.l10n.t('Shown as information, not as a hint: other vague phrases stand in the same sentence. On real policies such a phrase was worth questioning 7 times in 10; alone in its sentence, less than half the time.'))}*\n\n`,
    );
  if (finding.lowered) markdown.appendMarkdown(`*${escape(vscode.l10n.t('Shown as a hint: {0}', lintEngine().reasonExplanationIn(finding.lowered, ui)))}*\n\n`);
  const group = finding.group;
  if (group && group.count > 1) {
    const lines = all.filter((other) => other.group?.key === group.key).map((other) => document.positionAt(other.start).line + 1);
    markdown.appendMarkdown(`${escape(vscode.l10n.t('Flagged {0} times in this section, on lines {1}.', group.count, lines.join(', ')))}\n\n`);
  }
  markdown.appendMarkdown(`${escape(lintEngine().explanationIn(rule, finding.language, ui))}\n\n`);
  markdown.appendMarkdown(`**${escape(vscode.l10n.t('Ask the company:'))}** ${escape(rule.question)}\n\n`);
  if (rule.legalHook) {
    markdown.appendMarkdown(`**${escape(vscode.l10n.t('Legal hook:'))}** ${escape(rule.legalHook.citation)}: ${escape(rule.legalHook.requirement)} `);
    markdown.appendMarkdown(`(${escape(vscode.l10n.t('source'))}: ${formatSource(rule.legalHook.source)})\n\n`);
  }
  markdown.appendMarkdown(
    `${escape(vscode.l10n.t('Category'))}: ${escape(lintEngine().categoryLabelIn(rule.category, ui))} · ${escape(vscode.l10n.t('Rule'))}: \`${rule.id}\` (${escape(rule.message)}) · “${escape(phrase.replace(/\s+/g, ' '))}”`,
  );
  return markdown;
}

/** Escapes the prose of a source note and turns each URL in it into a link named by its host. */
function formatSource(source: string): string {
  return source
    .split(/(https?:\/\/[^\s)\]]+)/)
    .map((part, index) => (index % 2 === 1 ? linkTo(part) : escape(part)))
    .join('');
}

function linkTo(url: string): string {
  const trimmed = trimEndChars(url, '.,;:');
  try {
    const link = markdownLink(new URL(trimmed).hostname, trimmed);
    return link === undefined ? escape(url) : `${link}${escape(url.slice(trimmed.length))}`;
  } catch {
    return escape(url);
  }
}
