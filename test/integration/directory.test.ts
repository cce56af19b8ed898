import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { loadDirectory, recipientBlock } from '../../src/core/directory/index';
import { EXTENSION_ID, acceptPicksUntilDone, closeAllEditors, openDocument, sleep, waitFor, waitForDiagnostics, workspaceFile } from './helpers';

// The company and authority directory in the editor: letters addressed from a record, complaints
// to the right authority, the hover and the diagnostic on a document's `controller:` line, and
// records kept in the workspace. Expectations come from the directory core itself.

const INSERT = 'rightToObject.insertObjectionLetter';
const CHOOSE = 'rightToObject.chooseControllerFromDirectory';
const directory = loadDirectory();
const zalando = directory.getCompany('zalando')!;
const google = directory.getCompany('google')!;
const cnil = directory.authorities.find((a) => a.slug === 'frcnil')!;
const german = directory.authoritiesForCountry('de');

/** True when `running` is still waiting (for a picker) after `ms`. */
async function stillWaiting(running: Thenable<unknown>, ms: number): Promise<boolean> {
  let settled = false;
  void Promise.resolve(running).finally(() => {
    settled = true;
  });
  await sleep(ms);
  return !settled;
}

function placeCursorAt(editor: vscode.TextEditor, line: string): void {
  const index = editor.document.getText().split('\n').indexOf(line);
  assert.ok(index >= 0, `fixture lost the line "${line}"`);
  editor.selection = new vscode.Selection(index, 0, index, line.length);
}

async function setLetterSetting(key: string, value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('rightToObject.letters').update(key, value, vscode.ConfigurationTarget.Workspace);
}

async function revertAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

function hoverText(hovers: readonly vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))).join('\n');
}

/** The hover on the front matter's controller value. */
async function controllerHover(editor: vscode.TextEditor): Promise<string> {
  const line = editor.document
    .getText()
    .split('\n')
    .findIndex((l) => l.startsWith('controller:'));
  assert.ok(line >= 0, 'no controller line');
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line, 14)));
}

/** What the hover shows for an e-mail address: escaped Markdown of a mailto link. */
const escaped = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);

describe('Directory: companies and authorities in the editor', () => {
  before(async () => {
    // Activation registers the providers; it must not count in the first hover's time.
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await setLetterSetting('country', undefined);
    await revertAll();
    await closeAllEditors();
  });

  it('loads on first need: the hover on controller: shows the record with its source (timed)', async function () {
    this.timeout(60_000);
    const editor = await openDocument('directory/known.md');
    const started = Date.now();
    const text = await controllerHover(editor);
    const firstHoverMs = Date.now() - started;
    for (const expected of [
      'Zalando SE',
      'Tamara',
      '10243 Berlin',
      escaped(zalando.email!),
      'Web form',
      'Countries: DE',
      'ID document demanded: no',
      'Suggested route: e\\-mail',
      'Record quality: verified',
      'datenanfragen\\.de, CC0',
    ]) {
      assert.ok(text.includes(expected), `hover lacks ${expected}:\n${text}`);
    }
    const other = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\ncontroller: Google LLC\n---\n' });
    const warmStarted = Date.now();
    const googleHover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', other.uri, new vscode.Position(1, 14)));
    const warmHoverMs = Date.now() - warmStarted;
    assert.match(googleHover, /Google LLC/);
    assert.match(googleHover, /Suggested route: web form/);
    // Figures for the record (the extension logs its own: load, decode, index slices, first search).
    console.log(`      [directory] first hover (load, index, search): ${firstHoverMs} ms; a later hover: ${warmHoverMs} ms`);
  });

  it('fills the recipient block from the record of the company given in the argument', async () => {
    const editor = await openDocument('directory/known.md');
    const original = editor.document.getText();
    placeCursorAt(editor, 'REPLACE-ME');
    const id = await vscode.commands.executeCommand<string | undefined>(INSERT, { jurisdiction: 'eu-gdpr', kind: 'object-legitimate-interests', language: 'en', company: 'zalando' });
    assert.equal(id, 'eu-gdpr-21-1-en');
    const text = editor.document.getText();
    assert.ok(text.includes(`To: ${recipientBlock(zalando)}\n`), text);
    assert.ok(text.includes('To: Zalando SE  \nTamara-Danz-Straße 1  \n10243 Berlin  \nDeutschland  \n<datenschutz@zalando.de>\n'));
    await vscode.commands.executeCommand('leaveSnippet');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original, 'one undo removes the letter');
  });

  it('refuses a slug the directory does not have and inserts nothing', async () => {
    const editor = await openDocument('directory/known.md');
    const original = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand(INSERT, { jurisdiction: 'eu-gdpr', kind: 'object-legitimate-interests', language: 'en', company: 'no-such-company' }), undefined);
    assert.equal(editor.document.getText(), original);
  });

  it('searches as the user types in the real company picker, and the accepted record addresses the letter', async () => {
    const editor = await openDocument('directory/known.md');
    placeCursorAt(editor, 'REPLACE-ME');
    // "zalando.de" is typed into the picker: it matches the record by its web domain, not its name.
    const id = await acceptPicksUntilDone(
      vscode.commands.executeCommand<string | undefined>(INSERT, { jurisdiction: 'eu-gdpr', kind: 'object-direct-marketing', language: 'en', companyQuery: 'zalando.de' }),
    );
    assert.equal(id, 'eu-gdpr-21-2-en');
    assert.ok(editor.document.getText().includes(`To: ${recipientBlock(zalando)}\n`));
  });

  it('offers the front matter’s company first when the user goes through every picker', async () => {
    const editor = await openDocument('directory/known.md');
    placeCursorAt(editor, 'REPLACE-ME');
    // Make the GDPR objection the preferred letter, then accept the preferred entry of every step.
    assert.equal(await vscode.commands.executeCommand(INSERT, { jurisdiction: 'eu-gdpr', kind: 'object-legitimate-interests', language: 'en' }), 'eu-gdpr-21-1-en');
    await vscode.commands.executeCommand('leaveSnippet');
    await vscode.commands.executeCommand('undo');
    placeCursorAt(editor, 'REPLACE-ME');
    const id = await acceptPicksUntilDone(vscode.commands.executeCommand<string | undefined>(INSERT));
    assert.equal(id, 'eu-gdpr-21-1-en');
    assert.ok(editor.document.getText().includes(`To: ${recipientBlock(zalando)}\n`), 'the front matter’s Zalando SE was not pre-selected');
  });

  it('tells the user what the directory says before inserting (web form suggested), and Cancel inserts nothing', async () => {
    const editor = await openDocument('directory/known.md');
    const original = editor.document.getText();
    placeCursorAt(editor, 'REPLACE-ME');
    const request = { jurisdiction: 'eu-gdpr', kind: 'object-legitimate-interests', language: 'en', company: 'google' };
    const cancelled = vscode.commands.executeCommand<string | undefined>(INSERT, request);
    assert.ok(await stillWaiting(cancelled, 1_500), 'no step with the notes was shown');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await cancelled, undefined);
    assert.equal(editor.document.getText(), original);

    placeCursorAt(editor, 'REPLACE-ME');
    const id = await acceptPicksUntilDone(vscode.commands.executeCommand<string | undefined>(INSERT, request));
    assert.equal(id, 'eu-gdpr-21-1-en', 'Continue is the first choice');
    assert.ok(editor.document.getText().includes(`To: ${recipientBlock(google)}\n`));
    assert.ok(editor.document.getText().includes('<https://takeout.google.com/>'));
  });

  it('addresses a complaint to the only authority of the user’s country (FR: the CNIL)', async () => {
    await setLetterSetting('country', 'FR');
    const editor = await openDocument('directory/known.md');
    placeCursorAt(editor, 'REPLACE-ME');
    const id = await vscode.commands.executeCommand<string | undefined>(INSERT, { jurisdiction: 'eu-gdpr', kind: 'complaint', language: 'fr', company: 'zalando' });
    assert.equal(id, 'eu-gdpr-77-fr');
    const text = editor.document.getText();
    assert.ok(text.includes(`À l’attention de : ${recipientBlock(cnil)}\n`), text.slice(0, 600));
    assert.ok(text.includes('3 Place de Fontenoy  \nTSA 80715  \n75334 PARIS CEDEX 07'));
    assert.ok(text.includes('<https://www.cnil.fr/fr/plaintes>'));
    assert.ok(text.includes('Zalando SE'), 'the company complained about is named');
  });

  it('offers the authority’s language when the complaint is in another one', async () => {
    await setLetterSetting('country', 'FR');
    const editor = await openDocument('directory/known.md');
    placeCursorAt(editor, 'REPLACE-ME');
    const running = vscode.commands.executeCommand<string | undefined>(INSERT, { jurisdiction: 'eu-gdpr', kind: 'complaint', language: 'en', company: 'zalando' });
    assert.ok(await stillWaiting(running, 1_500), 'the language was not offered');
    const id = await acceptPicksUntilDone(running);
    assert.equal(id, 'eu-gdpr-77-fr', 'the French complaint is offered first');
    assert.ok(editor.document.getText().includes(`À l’attention de : ${recipientBlock(cnil)}\n`));
  });

  it('offers a pick when several authorities cover the country (DE: 26) and uses the one chosen', async () => {
    assert.equal(german.length, 26);
    await setLetterSetting('country', 'DE');
    const editor = await openDocument('directory/known.md');
    placeCursorAt(editor, 'REPLACE-ME');
    const running = vscode.commands.executeCommand<string | undefined>(INSERT, { jurisdiction: 'eu-gdpr', kind: 'complaint', language: 'de' });
    assert.ok(await stillWaiting(running, 1_500), 'no authority pick was offered');
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await sleep(150);
    const id = await acceptPicksUntilDone(running);
    assert.equal(id, 'eu-gdpr-77-de');
    const text = editor.document.getText();
    const chosen = german.find((authority) => text.includes(`An: ${recipientBlock(authority)}\n`));
    assert.ok(chosen, `no German authority's block in:\n${text.slice(0, 700)}`);
    assert.equal(chosen.slug, german[1]!.slug, 'the second entry was chosen');
  });

  it('notes an unknown controller and its quick fix writes the record’s name (one undo step)', async () => {
    const editor = await openDocument('directory/unknown.md');
    const original = editor.document.getText();
    const [diagnostic] = await waitForDiagnostics(editor.document.uri, (all) => all.some((d) => d.code === 'unknown-controller'));
    const unknown = vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.code === 'unknown-controller')!;
    assert.ok(diagnostic);
    assert.equal(unknown.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(unknown.source, 'Right to Object');
    assert.equal(editor.document.getText(unknown.range), 'Zalandoo');
    assert.match(unknown.message, /Zalandoo/);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, unknown.range);
    const search = actions.find((action) => action.command?.command === CHOOSE);
    assert.ok(search?.command, `no quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(search.title, 'Search the directory for “Zalandoo”');
    const replaced = await acceptPicksUntilDone(vscode.commands.executeCommand<boolean>(search.command.command, ...(search.command.arguments ?? [])));
    assert.equal(replaced, true);
    assert.equal(editor.document.lineAt(2).text, 'controller: Zalando SE   # check the spelling');
    await waitFor('the note to go', () => !vscode.languages.getDiagnostics(editor.document.uri).some((d) => d.code === 'unknown-controller'));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original, 'one undo restores the name');
  });

  it('refuses a quick fix computed for an older version of the document', async () => {
    const editor = await openDocument('directory/unknown.md');
    await waitForDiagnostics(editor.document.uri, (all) => all.some((d) => d.code === 'unknown-controller'));
    const unknown = vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.code === 'unknown-controller')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, unknown.range);
    const search = actions.find((action) => action.command?.command === CHOOSE)!;
    await editor.edit((edit) => edit.insert(new vscode.Position(6, 0), 'x'));
    const changed = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand(search.command!.command, ...(search.command!.arguments ?? [])), false);
    assert.equal(editor.document.getText(), changed);
  });

  it('lets workspace records replace shipped ones and add companies, reloading when the files change', async function () {
    this.timeout(90_000);
    const settingsFile = workspaceFile('.right-to-object.json');
    const recordsFile = workspaceFile('.right-to-object/companies/extra.json');
    const write = (uri: vscode.Uri, value: unknown) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`));
    const override = { slug: 'zalando', name: 'Zalando SE', address: 'Workspace Straße 1\n10000 Berlin\nDeutschland', countries: ['de'], email: 'privacy-team@zalando.example', needsIdDocument: true };
    const acme = { slug: 'acmeflux', name: 'Acmeflux Widgets Ltd', address: '1 Road\nLondon\nUnited Kingdom', countries: ['gb'], email: 'privacy@acmeflux.example', medium: 'email' };
    try {
      await write(settingsFile, { companies: [override, { ...acme, slug: 'broken', email: 'not an address' }] });
      await write(recordsFile, { records: [acme] });
      const editor = await openDocument('directory/known.md');
      const hover = await waitFor('the workspace record in the hover', async () => {
        const text = await controllerHover(editor);
        return text.includes(escaped('privacy-team@zalando.example')) ? text : undefined;
      });
      assert.match(hover, /ID document demanded: yes/);
      assert.match(hover, /your workspace record in \\\.right\\-to\\-object\\\.json/);
      assert.doesNotMatch(hover, /datenanfragen/);

      const added = await openDocument('directory/workspace-only.md');
      assert.match(await controllerHover(added), /privacy@acmeflux\\\.example/);
      assert.equal(
        vscode.languages.getDiagnostics(added.document.uri).some((d) => d.code === 'unknown-controller'),
        false,
      );

      // The letter uses the workspace record; its notes (ID document) come first: accept Continue.
      const letterEditor = await openDocument('directory/known.md');
      placeCursorAt(letterEditor, 'REPLACE-ME');
      const id = await acceptPicksUntilDone(
        vscode.commands.executeCommand<string | undefined>(INSERT, { jurisdiction: 'eu-gdpr', kind: 'object-legitimate-interests', language: 'en', company: 'zalando' }),
      );
      assert.equal(id, 'eu-gdpr-21-1-en');
      assert.ok(letterEditor.document.getText().includes('To: Zalando SE  \nWorkspace Straße 1  \n10000 Berlin  \nDeutschland  \n<privacy-team@zalando.example>\n'));
    } finally {
      await vscode.workspace.fs.delete(settingsFile).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(workspaceFile('.right-to-object'), { recursive: true }).then(undefined, () => undefined);
    }
    const editor = await openDocument('directory/known.md');
    await waitFor('the shipped record again', async () => (await controllerHover(editor)).includes(escaped(zalando.email!)));
  });
});
