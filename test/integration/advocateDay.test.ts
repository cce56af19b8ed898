// #20 "An advocate's day", items 4, 5, 6 and 10, in a real VS Code: the letter pickers, the company
// row and the notes after it, the follow-up to Meta, and the letter left alone by the linter.
// The pickers are read and typed into through the extension's test probe (`testing.picker`):
// extension-host tests cannot type into the workbench's input.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { acceptPicksUntilDone, closeAllEditors, EXTENSION_ID, openDocument, sleep, waitFor } from './helpers';
import { CATALOGUE } from '../../src/core/vague/catalogue';

const INSERT = 'rightToObject.insertObjectionLetter';
const FOLLOW_UP = 'rightToObject.insertFollowUp';

interface PickerState {
  title: string | undefined;
  step: number | undefined;
  totalSteps: number | undefined;
  value: string;
  prompt: string | undefined;
  rows: { label: string; description?: string; detail?: string; separator: boolean }[];
  active: string | undefined;
}
interface Api {
  lintNow(document: vscode.TextDocument): Promise<readonly vscode.Diagnostic[]>;
  testing: { picker: { state(): PickerState | undefined; type(value: string): boolean } };
}

async function api(): Promise<Api> {
  return (await vscode.extensions.getExtension(EXTENSION_ID)!.activate()) as Api;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoUtc = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const now = new Date();
const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** GDPR Art. 12(3) without a holiday calendar, computed here independently: one month (clamped), a weekend end to Monday. */
function gdprDue(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const due = new Date(Date.UTC(y, m, Math.min(d, lastDay)));
  if (due.getUTCDay() === 6) due.setUTCDate(due.getUTCDate() + 2);
  if (due.getUTCDay() === 0) due.setUTCDate(due.getUTCDate() + 1);
  return isoUtc(due);
}

function dayAfter(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return isoUtc(new Date(Date.UTC(y, m - 1, d + 1)));
}

/** Waits for the extension's picker to show something `accept` likes. */
async function pickerWhere(what: string, accept: (state: PickerState) => boolean, timeoutMs = 45_000): Promise<PickerState> {
  const { testing } = await api();
  try {
    return await waitFor(
      what,
      () => {
        const state = testing.picker.state();
        return state && accept(state) ? state : undefined;
      },
      timeoutMs,
    );
  } catch (error) {
    const last = testing.picker.state();
    const errors = (testing as unknown as { recentErrors(): readonly string[] }).recentErrors().join('\n');
    throw new Error(`${(error as Error).message}; the picker shows: ${last ? `${last.title} (${last.step}/${last.totalSteps}) value "${last.value}"\n${textOf(last)}` : 'nothing'}; logged: ${errors}`);
  }
}

async function typeInPicker(value: string): Promise<void> {
  const { testing } = await api();
  assert.ok(testing.picker.type(value), 'no picker of the extension is open');
  await sleep(150);
}

async function accept(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  await sleep(300);
}

const rowsOf = (state: PickerState) => state.rows.filter((row) => !row.separator);
const textOf = (state: PickerState) => state.rows.map((row) => [row.label, row.description ?? '', row.detail ?? ''].join(' | ')).join('\n');

/** Replaces the whole text of the scratch document (the fixture's other.md). */
async function scratch(text: string): Promise<vscode.TextEditor> {
  const editor = await openDocument('letters/other.md');
  await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), text));
  editor.selection = new vscode.Selection(editor.document.lineCount - 1, 0, editor.document.lineCount - 1, 0);
  return editor;
}

async function revertAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

describe("#20 An advocate's day: pickers, routing, follow-ups, letters left alone", function () {
  this.timeout(120_000);
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('leaveSnippet');
    await revertAll();
    await closeAllEditors();
  });

  it('item 5: "EU GDPR" and "AI" find their rows, a miss keeps the picker open, the count stays (n/4), long text is shown once', async () => {
    await scratch('# Objection to Meta\n\n');
    const running = vscode.commands.executeCommand<string | undefined>(INSERT);
    let state = await pickerWhere('the law picker', (s) => s.step === 1);
    assert.equal(state.totalSteps, 4);

    await typeInPicker('EU GDPR');
    state = await pickerWhere('rows for "EU GDPR"', (s) => s.value === 'EU GDPR');
    assert.equal(rowsOf(state)[0]?.label, 'European Union', textOf(state));

    // Nothing matches: a "no match" row, and Enter leaves the picker open with every row back.
    await typeInPicker('Atlantis privacy');
    state = await pickerWhere('the no-match row', (s) => s.value === 'Atlantis privacy');
    assert.equal(rowsOf(state).length, 1);
    assert.match(rowsOf(state)[0]!.label, /No match for “Atlantis privacy”/);
    await accept();
    state = await pickerWhere('the law picker again, unfiltered', (s) => s.step === 1 && s.value === '');
    assert.ok(rowsOf(state).length > 10, 'Enter on "no match" ended the command or lost the rows');

    await typeInPicker('EU GDPR');
    await pickerWhere('rows for "EU GDPR"', (s) => s.value === 'EU GDPR' && rowsOf(s)[0]?.label === 'European Union');
    await accept();
    state = await pickerWhere('the kind picker', (s) => s.step === 2);
    assert.equal(state.totalSteps, 4);
    // The long deadline paragraph is not on every row: rows carry one line, the active row's long text is under the input.
    for (const row of rowsOf(state)) assert.ok((row.detail ?? '').length < 120, `a row repeats long text: ${row.detail}`);
    assert.match(state.prompt ?? '', /Reg\. \(EEC, Euratom\) No 1182\/71/);

    await typeInPicker('AI');
    state = await pickerWhere('rows for "AI"', (s) => s.value === 'AI');
    assert.match(rowsOf(state)[0]!.label, /training AI models/, textOf(state));
    assert.ok(!rowsOf(state).some((row) => /Complaint/.test(row.label)), 'complAInt matched');
    await accept();

    state = await pickerWhere('the language picker', (s) => s.step === 3);
    assert.equal(state.totalSteps, 4);
    assert.ok(!/eu-gdpr-/.test(textOf(state)), `ids on the language rows:\n${textOf(state)}`);
    await typeInPicker('English');
    await pickerWhere('English', (s) => s.value === 'English' && rowsOf(s)[0]?.label === 'English');
    await accept();
    const ended = await Promise.race([Promise.resolve(running).then((id) => `the command ended with ${String(id)}`), sleep(2_000).then(() => '')]);
    assert.equal(ended, '', 'the command ended after the language step');

    // Item 5 (company ties) and 6 (one route): "Meta" ranks the Facebook/Instagram entity first, and its row and the notes agree.
    state = await pickerWhere('the company picker', (s) => s.step === 4);
    assert.equal(state.totalSteps, 4);
    await typeInPicker('Meta');
    state = await pickerWhere('companies for "Meta"', (s) => s.value === 'Meta' && rowsOf(s).length > 2);
    const first = rowsOf(state)[0]!;
    assert.equal(first.label, 'Meta Platforms Ireland Limited', textOf(state));
    assert.match(first.detail ?? '', /suggested route: postal letter/);
    assert.ok(!/web form only/.test(first.detail ?? ''), first.detail);
    await accept();
    state = await pickerWhere('the notes before writing', (s) => /Before you write to/.test(s.title ?? ''));
    assert.match(textOf(state), /suggested route is a postal letter/);
    await acceptPicksUntilDone(running);
    const text = vscode.window.activeTextEditor!.document.getText();
    assert.match(text, /<!-- right-to-object:letter eu-gdpr-21-1-ai-en sent=\d{4}-\d{2}-\d{2}.* to=Meta Platforms Ireland Limited -->/);
  });

  /** A document with an AI-training objection to Meta, sent and received today (its reply is not due yet). */
  const sentToMeta = () =>
    scratch(
      [
        '# Letters to Meta',
        '',
        `<!-- right-to-object:letter eu-gdpr-21-1-ai-en sent=${today} received=${today} to=Meta Platforms Ireland Limited -->`,
        'To: Meta Platforms Ireland Limited',
        '',
        'I object to the use of my personal data for training AI models. (Shortened for the test.)',
        '<!-- /right-to-object:letter -->',
        '',
      ].join('\n'),
    );

  it('item 4: a reminder chosen before the deadline is dated the day after it and goes to the same recipient', async () => {
    const editor = await sentToMeta();
    const original = editor.document.getText();
    const from = dayAfter(gdprDue(today));
    const id = await acceptPicksUntilDone(vscode.commands.executeCommand<string | undefined>(FOLLOW_UP));
    assert.equal(id, 'eu-gdpr-12-3-reminder-en');
    const inserted = editor.document.getText().slice(original.length);
    // Dated the first day it is true (never today, before the period ended), addressed like the objection.
    assert.ok(inserted.includes(`<!-- right-to-object:letter eu-gdpr-12-3-reminder-en sent=${from} to=Meta Platforms Ireland Limited -->`), inserted.slice(0, 200));
    assert.ok(!inserted.includes('[[controller'), 'the reminder is addressed to a placeholder');
    assert.ok(inserted.includes('4 Grand Canal Square'), 'the recipient block of the directory record is missing');
  });

  it('item 4: the follow-up picker names the letter and its recipient, never ids, and says from when the reminder is due', async () => {
    await sentToMeta();
    const due = gdprDue(today);
    const running = vscode.commands.executeCommand<string | undefined>(FOLLOW_UP);
    const state = await pickerWhere('the follow-up picker', (s) => rowsOf(s).length > 0);
    const all = textOf(state);
    assert.ok(!/eu-gdpr-|uk-gdpr-/.test(all), `ids in the picker:\n${all}`);
    const reminder = rowsOf(state).find((row) => /Reminder/.test(row.label));
    assert.equal(reminder?.label, '$(bell) Reminder to Meta Platforms Ireland Limited', all);
    // When it is due starts the line under the label (read whole there), then what is followed up.
    assert.equal(reminder?.detail, `not due before ${dayAfter(due)} (reply due ${due}) · About: GDPR Art. 21(1): objection to the use of personal data for training AI models`);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await running, undefined);
  });

  it('item 4: a reminder dated ahead is not sent yet: a complaint about it is dated no earlier than it', async () => {
    const from = dayAfter(gdprDue(today));
    await scratch(
      [
        '# Letters to Meta',
        '',
        `<!-- right-to-object:letter eu-gdpr-21-1-ai-en sent=${today} received=${today} to=Meta Platforms Ireland Limited -->`,
        'I object.',
        '<!-- /right-to-object:letter -->',
        `<!-- right-to-object:letter eu-gdpr-12-3-reminder-en sent=${from} to=Meta Platforms Ireland Limited -->`,
        'Reminder.',
        '<!-- /right-to-object:letter -->',
        '',
      ].join('\n'),
    );
    const running = vscode.commands.executeCommand<string | undefined>(FOLLOW_UP);
    const state = await pickerWhere('the follow-up picker', (s) => rowsOf(s).length >= 3);
    const aboutReminder = rowsOf(state).find((row) => /Complaint/.test(row.label) && /reminder after/.test(row.detail ?? ''));
    assert.ok(aboutReminder, textOf(state));
    // It used to read "sent 2027-01-07, no verified reply deadline", and the complaint was dated today.
    assert.match(aboutReminder.detail ?? '', new RegExp(`^dated ${from}: not sent yet · `));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await running, undefined);
  });

  it('item 4: a letter without a receipt date: the follow-up asks for it, and Escape there inserts nothing', async () => {
    const editor = await scratch(
      [
        '# Letters to Meta',
        '',
        `<!-- right-to-object:letter eu-gdpr-21-1-ai-en sent=${today} to=Meta Platforms Ireland Limited -->`,
        'To: Meta Platforms Ireland Limited',
        '',
        'I object.',
        '<!-- /right-to-object:letter -->',
        '',
      ].join('\n'),
    );
    const original = editor.document.getText();
    const running = vscode.commands.executeCommand<string | undefined>(FOLLOW_UP);
    await pickerWhere('the follow-up picker', (s) => rowsOf(s).some((row) => /Reminder/.test(row.label)));
    await accept();
    // The reminder was chosen; the receipt date is asked in an input box (which the probe does not
    // see): Escape there cancels. Had nothing been asked, the reminder would be in the document now.
    const { testing } = await api();
    await waitFor('the follow-up picker closed', () => (testing.picker.state() === undefined ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await running, undefined, 'the reminder was inserted without asking when the letter arrived');
    assert.equal(editor.document.getText(), original);
  });

  it('item 5: a company name that matches nothing shows "no match", and Enter keeps the company picker open', async () => {
    await scratch('# Objection\n\n');
    const running = vscode.commands.executeCommand<string | undefined>(INSERT, { jurisdiction: 'eu-gdpr', kind: 'object-ai-training', language: 'en', companyQuery: 'Qzxjv Wqpt' });
    const state = await pickerWhere('the company picker with no match', (s) => s.value === 'Qzxjv Wqpt' && rowsOf(s).length > 0);
    assert.match(rowsOf(state)[0]!.label, /No match for “Qzxjv Wqpt”/, textOf(state));
    assert.equal(state.active, rowsOf(state)[0]!.label, 'the "no match" row is not the active one');
    // "No company" stays on offer below it, for a letter addressed by hand.
    assert.ok(
      rowsOf(state).some((row) => /No company/.test(row.label)),
      textOf(state),
    );
    await accept();
    // Still open with what was typed, to correct it.
    await pickerWhere('the company picker, still open', (s) => s.value === 'Qzxjv Wqpt');
    const ended = await Promise.race([Promise.resolve(running).then((id) => `the command ended with ${String(id)}`), sleep(1_000).then(() => '')]);
    assert.equal(ended, '', 'Enter on "no match" ended the command or chose "no company"');
    await typeInPicker('Meta');
    await pickerWhere('companies for "Meta"', (s) => s.value === 'Meta' && rowsOf(s)[0]?.label === 'Meta Platforms Ireland Limited');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await running, undefined);
  });

  it('item 2: the Problems row quotes the words as written; the rule and its canonical phrase are in the hover', async () => {
    const editor = await scratch('# Notes\n\n> We use your information to develop and improve AI at Meta.\n\nMy comment.\n');
    const diagnostics = await (await api()).lintNow(editor.document);
    const finding = diagnostics.find((d) => d.code === 'train-models');
    assert.ok(finding, diagnostics.map((d) => `${String(d.code)}: ${d.message}`).join('\n'));
    assert.equal(editor.document.getText(finding.range), 'develop and improve AI');
    assert.match(finding.message, /^Open purpose: “develop and improve AI” /);
    assert.doesNotMatch(finding.message, /training our models/);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, finding.range.start.translate(0, 2));
    const hover = hovers
      .flatMap((h) => h.contents.map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : '')))
      .join('\n')
      .replace(/\\(.)/g, '$1');
    assert.ok(hover.includes('`train-models` (Open purpose: “training our models”'), hover);
  });

  it('item 1: the inserted question is not linted where the whole text is checked (a pasted policy)', async () => {
    // In an analysis (auto scope: quotes only) the question, written after the quote, is not read
    // at all; a pasted policy without quotes is checked whole, so here the exemption itself is tested.
    const editor = await scratch('# Acme privacy policy\n\nWe may share your personal data with third parties.\n');
    const extensionApi = await api();
    const before = await extensionApi.lintNow(editor.document);
    const target = before.find((d) => editor.document.getText(d.range) === 'third parties');
    assert.ok(target, `findings: ${before.map((d) => editor.document.getText(d.range)).join(', ')}`);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, target.range);
    const insert = actions.find((action) => action.title === 'Insert the question to ask the company');
    assert.ok(insert?.command, actions.map((action) => action.title).join(' | '));
    await vscode.commands.executeCommand(insert.command.command, ...(insert.command.arguments ?? []));
    const text = editor.document.getText();
    const question = text.indexOf('Question to ask:');
    // The question names the vague phrase itself ("Which third parties receive my data…").
    assert.ok(question > 0 && text.indexOf('third parties', question) > question, text);
    const after = await extensionApi.lintNow(editor.document);
    assert.deepEqual(
      after.filter((d) => editor.document.offsetAt(d.range.start) > question).map((d) => editor.document.getText(d.range)),
      [],
      'the inserted question was flagged',
    );
    assert.equal(after.length, before.length);
  });

  it('item 10: the inserted letter is not linted, the analysis around it is', async () => {
    const vague = 'We may share your data with our partners or otherwise as long as necessary.';
    const editor = await scratch(`# Notes on Meta\n\n${vague}\n\nINSERT-HERE\n`);
    const line = editor.document.getText().split('\n').indexOf('INSERT-HERE');
    editor.selection = new vscode.Selection(line, 0, line, 'INSERT-HERE'.length);
    const id = await vscode.commands.executeCommand<string | undefined>(INSERT, { jurisdiction: 'eu-gdpr', kind: 'object-ai-training', language: 'en' });
    assert.equal(id, 'eu-gdpr-21-1-ai-en');
    await vscode.commands.executeCommand('leaveSnippet');
    const text = editor.document.getText();
    const start = text.indexOf('<!-- right-to-object:letter');
    const end = text.indexOf('<!-- /right-to-object:letter -->');
    assert.ok(start > 0 && end > start, 'the letter has no end marker');
    const extensionApi = await api();
    const diagnostics = await extensionApi.lintNow(editor.document);
    const offsets = diagnostics.map((d) => editor.document.offsetAt(d.range.start));
    assert.ok(
      offsets.some((offset) => offset < start),
      'the analysis above the letter is no longer linted',
    );
    assert.deepEqual(
      offsets.filter((offset) => offset >= start && offset < end),
      [],
      'the letter is linted',
    );
    // The same letter text without its markers is flagged (its phrases are lowered ones or of rules off by default, shown
    // with showLowered and every rule on, which leave the letter inside its markers as quiet as before): the exclusion,
    // not the text, keeps it quiet.
    const settings = vscode.workspace.getConfiguration('rightToObject');
    await settings.update('diagnostics.showLowered', true, vscode.ConfigurationTarget.Global);
    await settings.update('diagnostics.ruleSeverity', Object.fromEntries(CATALOGUE.map((rule) => [rule.id, 'information'])), vscode.ConfigurationTarget.Global);
    try {
      const marked = (await extensionApi.lintNow(editor.document)).map((d) => editor.document.offsetAt(d.range.start));
      assert.deepEqual(
        marked.filter((offset) => offset >= start && offset < end),
        [],
        'the letter is linted when lowered findings and every rule are shown',
      );
      const bare = await vscode.workspace.openTextDocument({ language: 'markdown', content: text.slice(start, end).replace(/<!--[^\n]*-->/g, '') });
      assert.ok((await extensionApi.lintNow(bare)).length > 0, 'the letter text has no findings at all, so this test could not fail');
    } finally {
      await settings.update('diagnostics.showLowered', undefined, vscode.ConfigurationTarget.Global);
      await settings.update('diagnostics.ruleSeverity', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
