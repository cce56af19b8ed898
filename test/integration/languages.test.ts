// Languages in the editor (#14, #20 item 12): a German analysis quoting a German policy and an
// English analysis quoting a French one get the findings of their blocks' languages (the
// placeholder German and French rules), hovers in the interface language (English here), quick
// fixes inserting the question in the block's language, "Not checked: Dutch" once for a Dutch
// quote, and the language setting forcing one language's rules.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openDocument, waitFor, waitForDiagnostics } from './helpers';

const phraseOf = (document: vscode.TextDocument, d: vscode.Diagnostic) => document.getText(d.range).replace(/\s+/g, ' ');

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('rightToObject').update(key, value, vscode.ConfigurationTarget.Workspace);
}

async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))).join('\n');
}

describe('Languages: German and French blocks in the editor', () => {
  afterEach(async () => {
    await setSetting('diagnostics.language', undefined);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  it('lints a German analysis quoting a German policy with the German rules, the hover in the UI language', async () => {
    assert.equal(vscode.env.language.slice(0, 2), 'en', 'this test expects an English interface');
    const editor = await openDocument('languages/german-analysis.md');
    const document = editor.document;
    const diagnostics = await waitForDiagnostics(document.uri, (all) => all.some((d) => d.code === 'de-berechtigte-interessen'));
    assert.deepEqual(
      diagnostics.map((d) => `${String(d.code)}:${phraseOf(document, d)}`),
      ['de-dritte:Dritte', 'de-berechtigte-interessen:berechtigten Interessen', 'de-gegebenenfalls:Gegebenenfalls'],
    );
    // The Problems row in the interface language, quoting the words as written.
    assert.match(diagnostics[0]!.message, /^Unnamed recipients: “Dritte” \(third parties\)/);
    const hover = await hoverText(document, diagnostics[0]!.range.start.translate(0, 2));
    assert.match(hover, /Unnamed recipients: “Dritte”/);
    assert.match(hover, /can be any company/, 'the explanation in English');
    assert.match(hover, /An welche Dritten geben Sie meine Daten weiter/, 'the question in the language of the quote');
  });

  it('inserts the question in the language of the block', async () => {
    await vscode.workspace.getConfiguration('rightToObject').update('quickFix.questionFormat', 'inline', vscode.ConfigurationTarget.Workspace);
    const editor = await openDocument('languages/german-analysis.md');
    const document = editor.document;
    const [dritte] = (await waitForDiagnostics(document.uri, (all) => all.some((d) => d.code === 'de-dritte'))).filter((d) => d.code === 'de-dritte');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, dritte!.range);
    const insert = actions.find((action) => action.title === 'Insert the question to ask the company');
    assert.ok(insert?.command, actions.map((action) => action.title).join(' | '));
    await vscode.commands.executeCommand(insert.command.command, ...(insert.command.arguments ?? []));
    await waitFor('the question inserted', () => document.getText().includes('An welche Dritten geben Sie meine Daten weiter'));
    await vscode.workspace.getConfiguration('rightToObject').update('quickFix.questionFormat', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('lints the French quote of an English analysis with the French rules and reports the Dutch quote once, not checked', async () => {
    const editor = await openDocument('languages/french-quoted.md');
    const document = editor.document;
    const diagnostics = await waitForDiagnostics(document.uri, (all) => all.some((d) => d.code === 'not-checked') && all.some((d) => d.code === 'fr-le-cas-echeant'));
    const findings = diagnostics.filter((d) => d.code !== 'not-checked');
    assert.deepEqual(
      findings.map((d) => `${String(d.code)}:${phraseOf(document, d)}`),
      ['fr-tiers:des tiers', 'fr-interet-legitime:intérêt légitime', 'fr-le-cas-echeant:le cas échéant', 'fr-tiers:nos partenaires'],
    );
    const notices = diagnostics.filter((d) => d.code === 'not-checked');
    assert.equal(notices.length, 1);
    assert.equal(notices[0]!.severity, vscode.DiagnosticSeverity.Information);
    assert.match(notices[0]!.message, /^Not checked: Dutch\. Right to Object has no rules for Dutch/);
    assert.equal(document.lineAt(notices[0]!.range.start.line).text.startsWith('> Wij delen'), true);
    // No English rule read the Dutch quote ("partners") and the English commentary is not checked (auto: quotes only).
    assert.ok(!diagnostics.some((d) => d.code === 'partners' || d.code === 'third-parties'));
    const hover = await hoverText(document, findings[1]!.range.start.translate(0, 3));
    assert.match(hover, /Vague legal basis: “intérêt légitime”/);
    assert.match(hover, /Quel intérêt légitime poursuivez/);
  });

  it('forces one language with rightToObject.diagnostics.language', async () => {
    const editor = await openDocument('languages/french-quoted.md');
    const document = editor.document;
    await waitForDiagnostics(document.uri, (all) => all.some((d) => d.code === 'fr-tiers'));
    await setSetting('diagnostics.language', 'en');
    const english = await waitForDiagnostics(document.uri, (all) => all.length > 0 && !all.some((d) => String(d.code).startsWith('fr-')));
    assert.ok(!english.some((d) => d.code === 'not-checked'));
    assert.ok(english.some((d) => d.code === 'partners'), 'the Dutch quote is read with the English rules when forced');
  });
});
