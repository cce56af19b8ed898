// Languages in the editor (#14, #20 item 12): a German analysis quoting a German policy and an
// English analysis quoting a French one get the findings of their blocks' languages, Problems rows
// and hovers in the interface language (English here) quoting the words as written, quick fixes
// inserting the question in the block's language, "Not checked: Dutch" once for a Dutch quote, and
// the language setting forcing one language's rules. The expected texts come from the shipped
// German and French rule modules themselves, so the test holds whatever rules they hold.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openDocument, waitFor, waitForDiagnostics } from './helpers';
import { ruleModule } from '../../src/core/vague/ruleModules';
import { quoteMatched } from '../../src/core/vague/quoteMatched';

const phraseOf = (document: vscode.TextDocument, d: vscode.Diagnostic) => document.getText(d.range).replace(/\s+/g, ' ');
const isQuoteLine = (document: vscode.TextDocument, d: vscode.Diagnostic) => document.lineAt(d.range.start.line).text.startsWith('>');

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('rightToObject').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** The hover's text with Markdown escapes removed. */
async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))).join('\n');
  return text.replace(/\\(.)/g, '$1');
}

/** What the rule of a German or French diagnostic should show in an English interface. */
function expected(language: 'de' | 'fr', document: vscode.TextDocument, diagnostic: vscode.Diagnostic) {
  const module = ruleModule(language);
  const rule = module.CATALOGUE.find((candidate) => candidate.id === diagnostic.code);
  assert.ok(rule, `no ${language} rule ${String(diagnostic.code)}`);
  const english = module.UI_TEXT[rule.id]?.en;
  return { rule, message: quoteMatched(english?.message ?? rule.message, document.getText(diagnostic.range)), explanation: english?.explanation ?? rule.explanation };
}

describe('Languages: German and French blocks in the editor', () => {
  afterEach(async () => {
    await setSetting('diagnostics.language', undefined);
    await setSetting('diagnostics.showLowered', undefined);
    await setSetting('quickFix.questionFormat', undefined);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  it('lints a German analysis quoting a German policy with the German rules, rows and hover in the UI language', async () => {
    assert.equal(vscode.env.language.slice(0, 2), 'en', 'this test expects an English interface');
    const editor = await openDocument('languages/german-analysis.md');
    const document = editor.document;
    const diagnostics = await waitForDiagnostics(document.uri, (all) => all.some((d) => String(d.code).startsWith('de-')));
    assert.ok(diagnostics.length > 0);
    // The right findings: the quote's unnamed recipients and its unnamed legitimate interest, both warnings.
    const shown = diagnostics.map((d) => `${String(d.code)}:${phraseOf(document, d)}:${d.severity}`);
    for (const wanted of [`de-an-dritte:an Dritte:${vscode.DiagnosticSeverity.Warning}`, `de-berechtigtes-interesse:berechtigten Interessen:${vscode.DiagnosticSeverity.Warning}`])
      assert.ok(shown.includes(wanted), `${wanted} not in ${shown.join(' | ')}`);
    // Only German rules, only in the quote (the default scope of an analysis), nothing unchecked.
    assert.deepEqual(
      diagnostics.filter((d) => !String(d.code).startsWith('de-') || !isQuoteLine(document, d)).map((d) => `${String(d.code)}:${phraseOf(document, d)}`),
      [],
    );
    const first = diagnostics[0]!;
    const { rule, message, explanation } = expected('de', document, first);
    assert.ok(first.message.startsWith(message), `${first.message} / ${message}`);
    const hover = await hoverText(document, first.range.start.translate(0, 1));
    assert.ok(hover.includes(message), hover);
    assert.ok(hover.includes(explanation), hover);
    assert.ok(hover.includes(`**Ask the company:** ${rule.question}`), hover);
  });

  it('inserts the question in the language of the block', async () => {
    await setSetting('quickFix.questionFormat', 'inline');
    const editor = await openDocument('languages/german-analysis.md');
    const document = editor.document;
    const [first] = await waitForDiagnostics(document.uri, (all) => all.some((d) => String(d.code).startsWith('de-')));
    const { rule } = expected('de', document, first!);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, first!.range);
    const insert = actions.find((action) => action.title === 'Insert the question to ask the company');
    assert.ok(insert?.command, actions.map((action) => action.title).join(' | '));
    await vscode.commands.executeCommand(insert.command.command, ...(insert.command.arguments ?? []));
    await waitFor('the German question inserted', () => document.getText().includes(rule.question));
  });

  it('lints the French quote of an English analysis with the French rules and reports the Dutch quote once, not checked', async () => {
    const editor = await openDocument('languages/french-quoted.md');
    const document = editor.document;
    const diagnostics = await waitForDiagnostics(document.uri, (all) => all.some((d) => d.code === 'not-checked') && all.some((d) => String(d.code).startsWith('fr-')));
    const dutchLine = document
      .getText()
      .split('\n')
      .findIndex((line) => line.startsWith('> Wij delen'));
    const notices = diagnostics.filter((d) => d.code === 'not-checked');
    assert.equal(notices.length, 1);
    assert.equal(notices[0]!.severity, vscode.DiagnosticSeverity.Information);
    assert.match(notices[0]!.message, /^Not checked: Dutch\. Right to Object has no rules for Dutch/);
    assert.equal(notices[0]!.range.start.line, dutchLine);
    const findings = diagnostics.filter((d) => d.code !== 'not-checked');
    // The right findings: the French quote's recipients and its unnamed legitimate interest.
    const shown = findings.map((d) => `${String(d.code)}:${phraseOf(document, d)}`);
    for (const wanted of ['fr-tiers:des tiers', 'fr-interet-legitime:notre > intérêt légitime', 'fr-partenaires-commerciaux:partenaires commerciaux'])
      assert.ok(shown.includes(wanted), `${wanted} not in ${shown.join(' | ')}`);
    // French rules on the French quote only: nothing on the Dutch quote ("partners") or the English commentary.
    assert.deepEqual(
      findings.filter((d) => !String(d.code).startsWith('fr-') || d.range.start.line >= dutchLine).map((d) => `${String(d.code)}:${phraseOf(document, d)}`),
      [],
    );
    const first = findings[0]!;
    const { rule, message } = expected('fr', document, first);
    assert.ok(first.message.startsWith(message), `${first.message} / ${message}`);
    const hover = await hoverText(document, first.range.start.translate(0, 1));
    assert.ok(hover.includes(message) && hover.includes(`**Ask the company:** ${rule.question}`), hover);
  });

  it('forces one language with rightToObject.diagnostics.language', async () => {
    const editor = await openDocument('languages/french-quoted.md');
    const document = editor.document;
    await waitForDiagnostics(document.uri, (all) => all.some((d) => String(d.code).startsWith('fr-')));
    // "partners" in the Dutch quote is lowered (no English verb gives it data), so lowered findings are shown.
    await setSetting('diagnostics.showLowered', true);
    await setSetting('diagnostics.language', 'en');
    const english = await waitForDiagnostics(document.uri, (all) => all.length > 0 && !all.some((d) => String(d.code).startsWith('fr-')));
    assert.ok(!english.some((d) => d.code === 'not-checked'));
    assert.ok(
      english.some((d) => d.code === 'partners'),
      'the Dutch quote is read with the English rules when forced',
    );
  });
});
