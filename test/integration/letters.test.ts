import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { acceptPicksUntilDone, closeAllEditors, openDocument, waitFor } from './helpers';

const INSERT = 'rightToObject.insertObjectionLetter';
const FOLLOW_UP = 'rightToObject.insertFollowUp';
const SELECT = 'rightToObject.selectPlaceholder';
const GROUNDS = '[[grounds: describe your particular situation]]';

// Dates are computed here independently of the extension's date code, so a wrong deadline fails.
const pad = (n: number) => String(n).padStart(2, '0');
const isoUtc = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const now = new Date();
const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

function utc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** GDPR Art. 12(3): one calendar month (clamped to the month's last day), a weekend end moves to Monday. */
function gdprDue(iso: string): string {
  const start = utc(iso);
  const lastDay = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 2, 0)).getUTCDate();
  const due = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, Math.min(start.getUTCDate(), lastDay)));
  const weekday = due.getUTCDay();
  if (weekday === 6) due.setUTCDate(due.getUTCDate() + 2);
  if (weekday === 0) due.setUTCDate(due.getUTCDate() + 1);
  return isoUtc(due);
}

/**
 * California state holidays on CalHR's list for `year`: fixed dates (a Sunday one moves to Monday,
 * a Saturday one is not moved, except Veterans Day, to Friday), MLK, Presidents', Memorial and
 * Labor Day, Thanksgiving and the day after. Written out here independently of the extension.
 */
function californiaHolidays(year: number): Set<string> {
  const day = (m: number, d: number) => new Date(Date.UTC(year, m - 1, d));
  const nthWeekday = (m: number, weekday: number, n: number) => {
    const first = day(m, 1).getUTCDay();
    return day(m, 1 + ((weekday - first + 7) % 7) + 7 * (n - 1));
  };
  const lastMonday = (m: number) => {
    const end = new Date(Date.UTC(year, m, 0));
    return day(m, end.getUTCDate() - ((end.getUTCDay() - 1 + 7) % 7));
  };
  const dates: Date[] = [];
  for (const [m, d] of [
    [1, 1],
    [3, 31],
    [7, 4],
    [12, 25],
  ] as const) {
    const date = day(m, d);
    if (date.getUTCDay() === 0) dates.push(day(m, d + 1));
    else if (date.getUTCDay() !== 6) dates.push(date);
  }
  const veterans = day(11, 11);
  dates.push(veterans.getUTCDay() === 0 ? day(11, 12) : veterans.getUTCDay() === 6 ? day(11, 10) : veterans);
  dates.push(nthWeekday(1, 1, 3), nthWeekday(2, 1, 3), lastMonday(5), nthWeekday(9, 1, 1));
  const thanksgiving = nthWeekday(11, 4, 4);
  dates.push(thanksgiving, new Date(thanksgiving.getTime() + 86_400_000));
  return new Set(dates.map(isoUtc));
}

/** 11 CCR § 7026: 15 business days from the day after receipt, weekends and California state holidays skipped. */
function businessDaysLater(iso: string, days: number): string {
  const date = utc(iso);
  for (let left = days; left > 0;) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
    if (!weekend && !californiaHolidays(date.getUTCFullYear()).has(isoUtc(date))) left -= 1;
  }
  return isoUtc(date);
}

/** "2026-03-02" → "2 March 2026", as English letter bodies write dates. */
function words(iso: string): string {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${months[m - 1]} ${y}`;
}

/** The marker of a letter inserted today through the pickers: the receipt defaults to the same day. */
const pickedMarker = (id: string) => new RegExp(`<!-- right-to-object:letter ${id} sent=${today}(?: received=${today})?(?: to=Example Corp Ltd)? -->`);

const unfilled = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Right to Object' && d.code === 'unfilled-placeholder');

async function setLetterSetting(key: string, value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('rightToObject.letters').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** Puts the cursor on the first line that is exactly `line` (or selects that text). */
function placeCursorAt(editor: vscode.TextEditor, line: string, select = false): vscode.Range {
  const index = editor.document.getText().split('\n').indexOf(line);
  assert.ok(index >= 0, `fixture lost the line "${line}"`);
  const range = new vscode.Range(index, 0, index, select ? line.length : 0);
  editor.selection = new vscode.Selection(range.start, range.end);
  return range;
}

/** Discards every unsaved edit (also untitled documents other suites left), so no "Save?" dialog appears. */
async function revertAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

describe('Objection letters in the editor', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await setLetterSetting('name', undefined);
    await setLetterSetting('email', undefined);
    await revertAll();
    await closeAllEditors();
  });

  it('inserts a letter replacing only the selection, with today, the deadline, the front-matter company and the settings', async () => {
    await setLetterSetting('name', 'Ada Lovelace');
    await setLetterSetting('email', 'not-an-address'); // invalid: left out, stays a placeholder
    const editor = await openDocument('letters/objection.md');
    const original = editor.document.getText();
    const selected = placeCursorAt(editor, 'REPLACE-ME', true);
    const before = original.slice(0, editor.document.offsetAt(selected.start));
    const after = original.slice(editor.document.offsetAt(selected.end));

    const id = await vscode.commands.executeCommand<string | undefined>(INSERT, { jurisdiction: 'eu-gdpr', kind: 'object-legitimate-interests', language: 'en' });
    assert.equal(id, 'eu-gdpr-21-1-en');

    const text = editor.document.getText();
    assert.ok(text.startsWith(before), 'text before the selection changed');
    assert.ok(text.endsWith(after), 'text after the selection changed');
    assert.ok(!text.includes('REPLACE-ME'), 'the selection was not replaced');
    const letter = text.slice(before.length, text.length - after.length);
    // The front matter's company is known, so the marker names it (to=) for the follow-ups.
    assert.ok(letter.startsWith(`<!-- right-to-object:letter eu-gdpr-21-1-en sent=${today} to=Example Corp Ltd -->\nAda Lovelace  \n`), letter.slice(0, 200));
    assert.match(letter, new RegExp(`\\n${words(today)}\\n`), 'the letter date in words');
    assert.ok(letter.includes('To: Example Corp Ltd\n'), 'controller from the front matter');
    // No controller country is known here, so no holidays: weekends only.
    assert.ok(letter.includes(`counted from the date of this letter, that is ${words(gdprDue(today))}.`), `deadline ${gdprDue(today)} missing`);
    assert.ok(letter.includes('[[email: your e-mail address (optional)]]'), 'invalid e-mail setting should leave the placeholder');
    assert.ok(letter.includes(GROUNDS));
    assert.ok(letter.trimEnd().endsWith('Ada Lovelace\n<!-- /right-to-object:letter -->'), 'the letter ends with the signature and its end marker');

    await vscode.commands.executeCommand('leaveSnippet');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original, 'one undo should remove the whole letter');
  });

  it('counts business days where the law does (California, 15 business days)', async () => {
    const editor = await openDocument('letters/objection.md');
    placeCursorAt(editor, 'REPLACE-ME', true);
    const id = await vscode.commands.executeCommand<string | undefined>(INSERT, { jurisdiction: 'us-ca', kind: 'opt-out-sale-sharing', language: 'en' });
    assert.equal(id, 'us-ca-1798-120-en');
    const expected = businessDaysLater(today, 15);
    assert.ok(editor.document.getText().includes(`counted from the date of this letter, that is ${words(expected)}.`), `expected ${expected}`);
  });

  it('refuses a combination that does not exist and leaves the document alone', async () => {
    const editor = await openDocument('letters/objection.md');
    const original = editor.document.getText();
    const id = await vscode.commands.executeCommand<string | undefined>(INSERT, { jurisdiction: 'uk-gdpr', kind: 'object-legitimate-interests', language: 'de' });
    assert.equal(id, undefined);
    assert.equal(editor.document.getText(), original);
  });

  it('goes through the real quick picks, offering the last letter chosen first', async () => {
    const editor = await openDocument('letters/objection.md');
    placeCursorAt(editor, 'REPLACE-ME', true);
    // Choosing the UK letter once makes it the preferred entry of every picker.
    assert.equal(await vscode.commands.executeCommand(INSERT, { jurisdiction: 'uk-gdpr', kind: 'object-ai-training', language: 'en' }), 'uk-gdpr-21-ai-en');
    await vscode.commands.executeCommand('leaveSnippet');
    await vscode.commands.executeCommand('undo');
    placeCursorAt(editor, 'REPLACE-ME', true);

    const id = await acceptPicksUntilDone(vscode.commands.executeCommand<string | undefined>(INSERT));
    assert.equal(id, 'uk-gdpr-21-ai-en');
    const text = editor.document.getText();
    assert.match(text, pickedMarker('uk-gdpr-21-ai-en'));
    assert.ok(text.includes('To: Example Corp Ltd'));
  });

  it('still inserts at the current selection when the document changed while the picks were open', async () => {
    const editor = await openDocument('letters/objection.md');
    placeCursorAt(editor, 'REPLACE-ME', true);
    const id = await acceptPicksUntilDone(vscode.commands.executeCommand<string | undefined>(INSERT), async () => {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(editor.document.uri, new vscode.Position(4, 0), 'Typed while choosing.\n\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
    });
    assert.ok(id, 'nothing was inserted');
    const text = editor.document.getText();
    assert.ok(text.includes('Typed while choosing.\n'), 'the edit made meanwhile is gone');
    assert.ok(!text.includes('REPLACE-ME'), 'not inserted at the (moved) selection');
    assert.match(text, pickedMarker(id));
    assert.ok(text.endsWith('The end of my notes.\n'));
  });

  it('inserts nothing when another document became active while the picks were open', async () => {
    const editor = await openDocument('letters/objection.md');
    const original = editor.document.getText();
    const other = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(editor.document.uri, '..', 'other.md'));
    const otherText = other.getText();
    const id = await acceptPicksUntilDone(vscode.commands.executeCommand<string | undefined>(INSERT), async () => {
      await vscode.window.showTextDocument(other, { preserveFocus: true, preview: false });
    });
    assert.equal(id, undefined);
    assert.equal(editor.document.getText(), original);
    assert.equal(other.getText(), otherText);
  });

  it('expands a letter snippet from the contributed snippets', async () => {
    const editor = await openDocument('letters/objection.md');
    placeCursorAt(editor, 'REPLACE-ME', true);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Right to Object: eu-gdpr-21-2-en' });
    const text = editor.document.getText();
    assert.ok(text.includes(`<!-- right-to-object:letter eu-gdpr-21-2-en sent=${today} -->`), 'snippet not expanded with today');
    assert.ok(text.includes('[[controller: the company you are writing to]]'));
    assert.ok(text.includes('**Objection to direct marketing under Article 21(2) GDPR**'));
  });

  it('flags unfilled placeholders in letters only, and drops the flag once the placeholder is replaced', async () => {
    const editor = await openDocument('letters/objection.md');
    placeCursorAt(editor, 'REPLACE-ME', true);
    await vscode.commands.executeCommand(INSERT, { jurisdiction: 'eu-gdpr', kind: 'object-legitimate-interests', language: 'en' });
    await vscode.commands.executeCommand('leaveSnippet');
    const uri = editor.document.uri;
    const diagnostics = await waitFor('the grounds placeholder to be flagged', () => {
      const found = unfilled(uri);
      return found.some((d) => editor.document.getText(d.range) === GROUNDS) ? found : undefined;
    });
    const grounds = diagnostics.find((d) => editor.document.getText(d.range) === GROUNDS)!;
    assert.equal(grounds.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(grounds.message, /grounds.*describe your particular situation/);
    assert.ok(
      diagnostics.every((d) => /^\[\[[a-zA-Z]+: [^\]]+\]\]$/.test(editor.document.getText(d.range))),
      'a diagnostic is not on a marker',
    );
    assert.ok(!diagnostics.some((d) => editor.document.getText(d.range).startsWith('[[note:')), 'prose above the letter was flagged');
    // Controller and date are filled in; the other fields stay (the name twice: sender and signature).
    const fields = diagnostics.map((d) => /^\[\[(\w+):/.exec(editor.document.getText(d.range))?.[1]);
    assert.deepEqual([...new Set(fields)].sort(), ['email', 'grounds', 'name', 'postalAddress', 'processing', 'reference']);
    assert.equal(fields.filter((f) => f === 'name').length, 2);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, grounds.range);
    const select = actions.find((a) => a.command?.command === SELECT);
    assert.ok(select?.command, 'no quick fix to select the placeholder');
    await vscode.commands.executeCommand(select.command.command, ...(select.command.arguments ?? []));
    assert.deepEqual(editor.selection, new vscode.Selection(grounds.range.start, grounds.range.end));

    await editor.edit((edit) => edit.replace(editor.selection, 'I am a journalist and my posts identify my sources.'));
    await waitFor('the grounds flag to disappear', () => !unfilled(uri).some((d) => /grounds/.test(d.message)) && unfilled(uri).length === diagnostics.length - 1);
  });

  it('appends a reminder with the deadline computed from the sending date', async () => {
    const editor = await openDocument('letters/sent-letter.md');
    const original = editor.document.getText();
    editor.selection = new vscode.Selection(8, 0, 8, 0); // inside the letter: the follow-up still goes to the end
    const id = await vscode.commands.executeCommand<string | undefined>(FOLLOW_UP, { followUp: 'reminder' });
    assert.equal(id, 'eu-gdpr-12-3-reminder-en');
    const text = editor.document.getText();
    assert.ok(text.startsWith(original), 'text before the end changed');
    const reminder = text.slice(original.length);
    assert.ok(reminder.startsWith(`\n<!-- right-to-object:letter eu-gdpr-12-3-reminder-en sent=${today} to=Example Corp Ltd -->\n`), reminder.slice(0, 120));
    assert.ok(reminder.includes('**Reminder: my objection of 30 January 2026 under Article 21 GDPR**'));
    // 30 Jan + one month = 28 Feb 2026 (shorter month), a Saturday, so the period runs to Monday 2 March.
    assert.equal(gdprDue('2026-01-30'), '2026-03-02');
    assert.ok(reminder.includes('that period ended on 2 March 2026.'), 'wrong or missing due date');
    assert.ok(reminder.includes('To: Example Corp Ltd'));

    await vscode.commands.executeCommand('leaveSnippet');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original, 'one undo should remove the follow-up');
  });

  it('offers the follow-ups in a real quick pick and inserts the chosen one', async () => {
    const editor = await openDocument('letters/sent-letter.md');
    const id = await acceptPicksUntilDone(vscode.commands.executeCommand<string | undefined>(FOLLOW_UP));
    assert.equal(id, 'eu-gdpr-12-3-reminder-en', 'the reminder of the first letter is the first choice');
    // The marker has no received=: the command asks, offering the sending date, which is accepted.
    assert.ok(editor.document.getText().includes('that period ended on 2 March 2026.'));
  });

  it('says so and inserts nothing when the document holds no letter', async () => {
    const editor = await openDocument('letters/other.md');
    const original = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand(FOLLOW_UP, { followUp: 'complaint' }), undefined);
    assert.equal(editor.document.getText(), original);
  });
});
