// What a German or French interface shows for the German and French findings of the fixture
// analyses (#14): each finding's Problems message and hover in the interface language, naming the
// phrase as written; the question in the language of the quote; none of the English texts. The
// expected texts come from the shipped rule modules and the l10n bundle of the interface language,
// so the checks hold whatever the rules are.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openDocument, waitForDiagnostics } from '../integration/helpers';
import { ruleModule } from '../../src/core/vague/ruleModules';
import { quoteMatched } from '../../src/core/vague/quoteMatched';
import { categoryLabelIn } from '../../src/core/vague/categoryLabels';
import { CATEGORY_LABELS } from '../../src/core/vague/ruleSchema';
import { LAW } from '../../src/core/legal/sources';
import { REASON_EXPLANATIONS } from '../../src/core/vague/context/reasons';
import { reasonExplanationIn } from '../../src/core/vague/context/reasonTexts';
import deBundle from '../../l10n/bundle.l10n.de.json';
import frBundle from '../../l10n/bundle.l10n.fr.json';

const BUNDLES: Record<'de' | 'fr', Record<string, string>> = { de: deBundle, fr: frBundle };

/** The hover's text with Markdown escapes removed. */
async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))).join('\n');
  return text.replace(/\\(.)/g, '$1');
}

/**
 * Opens `file`, waits for its `language` findings (at least `wanted`, as "rule:phrase") and checks
 * every one's Problems message and hover in the interface language `ui`.
 */
export async function checkFindingsIn(ui: 'de' | 'fr', file: string, language: 'de' | 'fr', wanted: readonly string[]): Promise<void> {
  assert.equal(vscode.env.language.slice(0, 2), ui, `this test expects a ${ui} interface`);
  const document = (await openDocument(file)).document;
  const diagnostics = (await waitForDiagnostics(document.uri, (all) => all.some((d) => String(d.code).startsWith(`${language}-`)))).filter((d) => String(d.code).startsWith(`${language}-`));
  const phraseOf = (d: vscode.Diagnostic) => document.getText(d.range).replace(/\s+/g, ' ');
  const shown = diagnostics.map((d) => `${String(d.code)}:${phraseOf(d)}`);
  for (const finding of wanted) assert.ok(shown.includes(finding), `${finding} not in ${shown.join(' | ')}`);
  const module = ruleModule(language);
  const bundle = BUNDLES[ui];
  for (const diagnostic of diagnostics) {
    const rule = module.CATALOGUE.find((candidate) => candidate.id === diagnostic.code);
    assert.ok(rule, `no ${language} rule ${String(diagnostic.code)}`);
    const phrase = document.getText(diagnostic.range);
    // In the rule's own language, its own texts; in the other one, the module's text for it.
    const own = ui === language ? { message: rule.message, explanation: rule.explanation } : module.UI_TEXT[rule.id]?.[ui];
    assert.ok(own, `the ${language} rule ${rule.id} has no ${ui} text`);
    const english = module.UI_TEXT[rule.id]?.en;
    assert.ok(english, `the ${language} rule ${rule.id} has no English text`);
    const message = quoteMatched(own.message, phrase);
    const englishMessage = quoteMatched(english.message, phrase);
    assert.ok(diagnostic.message.startsWith(message), `Problems row: ${diagnostic.message} / expected ${message}`);
    const hover = await hoverText(document, diagnostic.range.start.translate(0, 1));
    assert.ok(hover.includes(`**${message}**`), `message: ${hover}`);
    assert.ok(hover.includes(own.explanation), `explanation: ${hover}`);
    assert.ok(hover.includes(`**${bundle['Ask the company:']}** ${rule.question}`), `question: ${hover}`);
    assert.ok(hover.includes(`${bundle['Rule']}: \`${rule.id}\``), `rule: ${hover}`);
    assert.ok(hover.includes(`${bundle['Category']}: ${categoryLabelIn(rule.category, ui)} · `), `category: ${hover}`);
    assert.ok(!hover.includes(CATEGORY_LABELS[rule.category]), `English category in the hover: ${hover}`);
    // The legal hook quotes the official version in the language of the quoted policy, named by its own title.
    if (rule.legalHook) {
      assert.ok(hover.includes(`${rule.legalHook.citation}: ${rule.legalHook.requirement}`), `legal hook: ${hover}`);
      assert.ok(hover.includes(`${bundle['source']}: ${(language === 'de' ? LAW.GDPR_DE : LAW.GDPR_FR).title}, `), `hook source: ${hover}`);
      assert.ok(!hover.includes(LAW.GDPR.title), `English title of the GDPR in the hover: ${hover}`);
    }
    assert.ok(!hover.includes(englishMessage) && !hover.includes(english.explanation) && !hover.includes('Ask the company:'), `English text in the hover: ${hover}`);
  }
  await closeAllEditors();
}

/**
 * A finding its sentence lowers (shown with rightToObject.diagnostics.showLowered): its hover says
 * why in the interface language `ui`, not in English. `text` holds one lowered finding.
 */
export async function checkLoweredIn(ui: 'de' | 'fr', text: string): Promise<void> {
  assert.equal(vscode.env.language.slice(0, 2), ui, `this test expects a ${ui} interface`);
  const settings = vscode.workspace.getConfiguration('rightToObject');
  await settings.update('diagnostics.showLowered', true, vscode.ConfigurationTarget.Workspace);
  try {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(document);
    const [hint] = await waitForDiagnostics(document.uri, (all) => all.some((d) => d.severity === vscode.DiagnosticSeverity.Hint));
    assert.ok(hint);
    const hover = await hoverText(document, hint.range.start.translate(0, 1));
    const [before, after] = BUNDLES[ui]['Shown as a hint: {0}']!.split('{0}');
    const reasons = Object.keys(REASON_EXPLANATIONS) as (keyof typeof REASON_EXPLANATIONS)[];
    const said = reasons.filter((reason) => hover.includes(`${before}${reasonExplanationIn(reason, ui)}${after}`));
    assert.equal(said.length, 1, `no reason in ${ui} in the hover: ${hover}`);
    assert.ok(!reasons.some((reason) => hover.includes(REASON_EXPLANATIONS[reason])), `English reason in the hover: ${hover}`);
  } finally {
    await settings.update('diagnostics.showLowered', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}
