// Policy snapshots in a real VS Code (#13): Import Policy… from a local HTTP server started here (no
// internet) and from a saved page, never overwriting; Check Policies for Changes saving a second
// version only when the text changed; Compare Policy Versions opening the diff editor and the
// report, and inserting the report; the Versions view. The importer bundle must not be loaded
// before the first import (activation does not load it). The report is never linted itself, and
// inserted it sits in a disable block; the comparison lints with the user's settings; Cancel on the
// progress notification (VS Code's own "Cancel" action, run through notification.acceptPrimaryAction)
// stops an import or a check whose server stalls, and nothing is written.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import { closeAllEditors, EXTENSION_ID, waitFor, workspaceFile } from './helpers';

interface PoliciesApi {
  versions(): Promise<{ company: string; snapshots: { name: string; description: string; contextValue: string }[] }[]>;
  engineEvaluations(): number;
}
type ImportResult = { status: 'saved'; uri: vscode.Uri; title: string } | { status: 'failed'; message: string } | { status: 'cancelled'; message?: string } | { status: string };
interface CheckResult {
  status: string;
  cancelled?: boolean;
  sources?: { company: string; kind: string; saved?: vscode.Uri }[];
}
interface CompareResult {
  old: vscode.Uri;
  new: vscode.Uri;
  diff: { totals: { added: number; removed: number; unchanged: number }; categories: { added: { phrase: string; sentence: string; ruleId: string }[] }[]; legalBasesNewlyNamed: string[] };
  markdown: string;
  reportUri: vscode.Uri;
}

const PAGE_V1 = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Privacy Policy | Acme</title></head><body>
<nav><a href="/">Home</a> <a href="/shop">Shop</a></nav><div class="cookie-banner">We use cookies. Accept all?</div>
<main><h1>Privacy Policy</h1>
<p>We collect your email address to run your account, and we keep it until you close the account.</p>
<h2>Sharing</h2>
<p>We share your email address with our payment processor Stripe, Inc. to take payments.</p>
<ul><li>Account data</li><li>Order history</li></ul></main><footer>© Acme</footer></body></html>`;
const PAGE_V2 = PAGE_V1.replace('<ul>', '<h2>Artificial intelligence</h2><p>We may use your posts to train our models on the basis of our legitimate interests.</p><ul>');

function sameUri(a: vscode.Uri | undefined, b: vscode.Uri): boolean {
  return a?.toString() === b.toString();
}

const ours = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.source === 'Right to Object');

async function setDiagnosticsSetting(key: string, value: unknown): Promise<void> {
  const settings = () => vscode.workspace.getConfiguration('rightToObject.diagnostics');
  await settings().update(key, value, vscode.ConfigurationTarget.Workspace);
  await waitFor(`the setting ${key} to reach the extension host`, () => JSON.stringify(settings().inspect(key)?.workspaceValue) === JSON.stringify(value));
}

describe('Policy snapshots (#13)', function () {
  // The first import evaluates the importer bundle and loads the company directory: slow on a busy machine.
  this.timeout(120_000);
  let server: Server;
  let base: string;
  let page = PAGE_V1;
  let requests = 0;
  /** Requests to these paths get no answer until the test ends (or the client gives up). */
  const stalled = new Set<string>();
  const waiting: { url: string; closed: boolean; response: import('node:http').ServerResponse }[] = [];
  let api: { lintNow(document: vscode.TextDocument): Promise<readonly vscode.Diagnostic[]>; testing: { policies: PoliciesApi; recentErrors(): readonly string[] } };
  const policies = () => workspaceFile('policies');
  /** The company folders of the URL import and of the file import. */
  let urlCompany = '';
  let fileCompany = '';

  before(async () => {
    server = createServer((request, response) => {
      requests++;
      if (stalled.has(request.url ?? '')) {
        const held = { url: request.url ?? '', closed: false, response };
        response.on('close', () => (held.closed = true));
        waiting.push(held);
        return;
      }
      if (request.url === '/privacy') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(page);
      } else {
        response.writeHead(200, { 'content-type': 'application/pdf' });
        response.end('%PDF-1.4');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    api = (await vscode.extensions.getExtension(EXTENSION_ID)!.activate()) as typeof api;
  });
  after(async () => {
    for (const held of waiting) held.response.destroy();
    server.close();
    await closeAllEditors();
    await vscode.workspace.fs.delete(policies(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(workspaceFile('saved-policy.html')).then(undefined, () => undefined);
  });

  async function snapshotsOf(company: string): Promise<string[]> {
    return (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(policies(), company))).map(([name]) => name).sort();
  }

  it('does not load the importer at activation; imports from a local server URL with front matter, opens it, and never overwrites', async () => {
    assert.equal(api.testing.policies.engineEvaluations(), 0, 'dist/policyEngine.js was evaluated before any import');
    const first = await vscode.commands.executeCommand<ImportResult>('rightToObject.importPolicy', `${base}/privacy`);
    assert.equal(first?.status, 'saved', JSON.stringify(first));
    const saved = first as { uri: vscode.Uri; title: string };
    const day = new Date().toISOString().slice(0, 10);
    assert.match(saved.uri.path, new RegExp(`/policies/[a-z0-9-]+/${day}\\.md$`));
    assert.ok(sameUri(vscode.window.activeTextEditor?.document.uri, saved.uri), 'the snapshot is opened');
    const text = vscode.window.activeTextEditor!.document.getText();
    assert.match(text, new RegExp(`^---\\ntitle: "Privacy Policy \\| Acme"\\nsource: "${base.replace(/[.]/g, '\\.')}/privacy"\\nretrieved: "${day}T[0-9:.]+Z"\\nsha256: "[0-9a-f]{64}"\\n---\\n`));
    assert.match(text, /^# Privacy Policy$/m);
    assert.match(text, /^## Sharing$/m);
    assert.match(text, /^- Account data$/m);
    assert.doesNotMatch(text, /cookies|Shop|© Acme/, 'navigation, cookie banner and footer are dropped');
    assert.equal(api.testing.policies.engineEvaluations(), 1);

    const second = await vscode.commands.executeCommand<ImportResult>('rightToObject.importPolicy', `${base}/privacy`);
    assert.equal(second?.status, 'saved');
    const company = (urlCompany = saved.uri.path.split('/').at(-2)!);
    assert.deepEqual(await snapshotsOf(company), [`${day}-2.md`, `${day}.md`]);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(saved.uri)), text, 'the first snapshot is unchanged');
    assert.equal(api.testing.policies.engineEvaluations(), 1, 'the importer is evaluated once');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(policies(), company, `${day}-2.md`));
  });

  it('refuses a non-HTML answer with one message and writes nothing', async () => {
    const before = await vscode.workspace.fs.readDirectory(policies());
    const result = await vscode.commands.executeCommand<ImportResult>('rightToObject.importPolicy', `${base}/report.pdf`);
    assert.equal(result?.status, 'failed');
    assert.match((result as { message: string }).message, /Not an HTML page \(application\/pdf\); nothing was saved\./);
    assert.deepEqual(await vscode.workspace.fs.readDirectory(policies()), before);
  });

  it('imports a saved .html file from the workspace: source is the file name, nothing fetched', async () => {
    const file = workspaceFile('saved-policy.html');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(PAGE_V1.replace('Acme', 'Beta Shop')));
    const fetched = requests;
    const result = await vscode.commands.executeCommand<ImportResult>('rightToObject.importPolicy', file);
    assert.equal(result?.status, 'saved', JSON.stringify(result));
    const uri = (result as { uri: vscode.Uri }).uri;
    fileCompany = uri.path.split('/').at(-2)!;
    assert.notEqual(fileCompany, urlCompany);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.match(text, /^source: "saved-policy\.html"$/m);
    assert.match(text, /^title: "Privacy Policy \| Beta Shop"$/m);
    assert.equal(requests, fetched, 'a file import fetches nothing');
  });

  it('Check for Changes: nothing saved while the text is the same; a second version when it changed', async () => {
    const unchanged = await vscode.commands.executeCommand<CheckResult>('rightToObject.checkPolicyChanges');
    assert.equal(unchanged?.status, 'checked');
    const fromWeb = unchanged.sources?.filter((source) => source.kind !== 'skipped') ?? [];
    assert.deepEqual(
      fromWeb.map((source) => source.kind),
      ['unchanged'],
      JSON.stringify(unchanged),
    );
    const company = fromWeb[0]?.company;
    assert.equal(company, urlCompany);
    const day = new Date().toISOString().slice(0, 10);
    assert.deepEqual(await snapshotsOf(company), [`${day}.md`]);
    assert.ok(
      unchanged.sources?.some((source) => source.kind === 'skipped'),
      'the file import is skipped, not fetched',
    );

    page = PAGE_V2;
    const changed = await vscode.commands.executeCommand<CheckResult>('rightToObject.checkPolicyChanges');
    const [outcome] = changed?.sources?.filter((source) => source.kind !== 'skipped') ?? [];
    assert.equal(outcome?.kind, 'changed');
    assert.deepEqual(await snapshotsOf(company), [`${day}-2.md`, `${day}.md`]);
    assert.match(outcome.saved?.path ?? '', new RegExp(`/${day}-2\\.md$`));
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(outcome.saved!)), /legitimate interests/);
  });

  it('Compare Policy Versions: opens the diff editor on the two files and the report listing the added finding', async () => {
    await closeAllEditors();
    const company = urlCompany;
    const day = new Date().toISOString().slice(0, 10);
    const older = vscode.Uri.joinPath(policies(), company, `${day}.md`);
    const newer = vscode.Uri.joinPath(policies(), company, `${day}-2.md`);
    // As the explorer passes them: the clicked file, then every selected one (newer first here).
    const result = await vscode.commands.executeCommand<CompareResult>('rightToObject.comparePolicyVersions', newer, [newer, older]);
    assert.ok(result);
    assert.ok(sameUri(result.old, older) && sameUri(result.new, newer), 'older on the left');
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    const diffTab = tabs.find((tab) => tab.input instanceof vscode.TabInputTextDiff);
    assert.ok(diffTab, `no diff editor among: ${tabs.map((tab) => tab.label).join(', ')}`);
    const input = diffTab.input as vscode.TabInputTextDiff;
    assert.ok(sameUri(input.original, older) && sameUri(input.modified, newer));
    const report = vscode.workspace.textDocuments.find((document) => sameUri(document.uri, result.reportUri));
    assert.ok(report, 'the report document is open');
    assert.ok(
      vscode.window.visibleTextEditors.some((editor) => sameUri(editor.document.uri, result.reportUri)),
      'the report is shown',
    );
    assert.ok(result.diff.totals.added >= 1);
    const added = result.diff.categories.flatMap((group) => group.added);
    assert.ok(
      added.some((finding) => /legitimate interests/i.test(finding.phrase)),
      JSON.stringify(added),
    );
    assert.deepEqual(result.diff.legalBasesNewlyNamed, ['legitimate interests']);
    assert.equal(result.diff.totals.removed, 0);
    assert.match(report.getText(), /^## What changed in vagueness/m);
    assert.match(report.getText(), /\*\*Legal bases named for the first time:\*\* legitimate interests/);
    assert.match(report.getText(), /Artificial intelligence/);
    // The report quotes "legitimate interests" and its sentence: the extension's output, not a policy to check.
    assert.deepEqual(
      ours(await api.lintNow(report)).map((diagnostic) => report.getText(diagnostic.range)),
      [],
      'the report got vague-language findings',
    );
    assert.deepEqual(ours(vscode.languages.getDiagnostics(result.reportUri)), []);
  });

  it("Compare lints both versions with the user's diagnostics settings (an allowList entry, a rule turned off), as the editor does", async () => {
    await closeAllEditors();
    const day = new Date().toISOString().slice(0, 10);
    const newer = vscode.Uri.joinPath(policies(), urlCompany, `${day}-2.md`);
    const compare = () => vscode.commands.executeCommand<CompareResult>('rightToObject.comparePolicyWithPrevious', newer);
    const addedPhrases = (result: CompareResult) => result.diff.categories.flatMap((group) => group.added).map((finding) => finding.phrase.toLowerCase());
    const change = async () => (await api.testing.policies.versions()).find((company) => company.company === urlCompany)!.snapshots[0]!.description.match(/^\+(\d+)/)?.[1];
    const defaults = await compare();
    assert.ok(addedPhrases(defaults).includes('legitimate interests'), JSON.stringify(addedPhrases(defaults)));
    const added = defaults.diff.categories.flatMap((group) => group.added);
    const otherRule = added.find((finding) => !/legitimate interests/i.test(finding.phrase));
    const viewBefore = await change();
    assert.equal(viewBefore, String(defaults.diff.totals.added), 'the Versions view counts what the report lists');
    try {
      await setDiagnosticsSetting('allowList', ['legitimate interests']);
      if (otherRule) await setDiagnosticsSetting('ruleSeverity', { [otherRule.ruleId]: 'off' });
      const configured = await compare();
      assert.ok(configured);
      assert.ok(!addedPhrases(configured).includes('legitimate interests'), `allowed phrase still reported: ${JSON.stringify(addedPhrases(configured))}`);
      if (otherRule) assert.ok(!configured.diff.categories.flatMap((group) => group.added).some((finding) => finding.ruleId === otherRule.ruleId), 'a rule turned off still reported');
      assert.ok(configured.diff.totals.added < defaults.diff.totals.added, `${configured.diff.totals.added} vs ${defaults.diff.totals.added}`);
      assert.doesNotMatch(configured.markdown, /\*\*legitimate interests\*\*/i, 'the report lists the allowed phrase');
      assert.equal(await change(), String(configured.diff.totals.added), 'the Versions view uses the same settings');
    } finally {
      await setDiagnosticsSetting('allowList', undefined);
      await setDiagnosticsSetting('ruleSeverity', undefined);
    }
    const restored = await compare();
    assert.equal(restored.diff.totals.added, defaults.diff.totals.added, 'back to the defaults once the settings are removed');
    await closeAllEditors();
  });

  it('Insert Report puts the Markdown report into the analysis being written, as one undoable edit', async () => {
    await closeAllEditors();
    const analysis = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# My analysis\n\n' });
    const editor = await vscode.window.showTextDocument(analysis);
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    const day = new Date().toISOString().slice(0, 10);
    const company = urlCompany;
    const newer = vscode.Uri.joinPath(policies(), company, `${day}-2.md`);
    const result = await vscode.commands.executeCommand<CompareResult>('rightToObject.comparePolicyWithPrevious', newer);
    assert.ok(result && sameUri(result.old, vscode.Uri.joinPath(policies(), company, `${day}.md`)), 'compared with the previous snapshot');
    assert.equal(await vscode.commands.executeCommand('rightToObject.insertPolicyDiffReport'), true);
    await waitFor('the report in the analysis', () => analysis.getText().includes('## What changed in vagueness'));
    // Between a disable and an enable comment, shown in the text: the policy wording it quotes is not the analyst's.
    assert.ok(analysis.getText().startsWith('# My analysis\n\n<!-- right-to-object-disable -->\n## What changed in vagueness'), analysis.getText().slice(0, 160));
    assert.ok(analysis.getText().endsWith('\n<!-- right-to-object-enable -->\n'), analysis.getText().slice(-120));
    assert.ok(analysis.getText().includes('legitimate interests'));
    const flagged = ours(await api.lintNow(analysis)).map((diagnostic) => `${diagnostic.range.start.line}: ${analysis.getText(diagnostic.range)}`);
    assert.deepEqual(flagged, [], "the inserted report is flagged as the analyst's own wording");
    // The analyst's own words after the report are still checked.
    const shown = await vscode.window.showTextDocument(analysis);
    await shown.edit((builder) => builder.insert(analysis.positionAt(analysis.getText().length), '\nWe may share your data with selected partners.\n'));
    assert.ok(
      ours(await api.lintNow(analysis)).some((diagnostic) => analysis.positionAt(analysis.getText().lastIndexOf('We may')).line === diagnostic.range.start.line),
      'text after the report is not checked',
    );
    await vscode.commands.executeCommand('undo');
    await waitFor('the undo of the sentence', () => !analysis.getText().includes('selected partners'));
    await vscode.window.showTextDocument(analysis);
    await vscode.commands.executeCommand('undo');
    await waitFor('the undo', () => analysis.getText() === '# My analysis\n\n');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('the Versions view lists each company and its snapshots newest first, with findings and the change since the previous one', async () => {
    const view = await api.testing.policies.versions();
    const acme = view.find((company) => company.company === urlCompany);
    assert.ok(acme, JSON.stringify(view));
    const day = new Date().toISOString().slice(0, 10);
    assert.deepEqual(
      acme.snapshots.map((snapshot) => snapshot.name),
      [`${day}-2.md`, `${day}.md`],
    );
    assert.match(acme.snapshots[0]!.description, /^\+[1-9]\d* −0 since previous · \d+ (errors|warnings|info)\b/);
    assert.match(acme.snapshots[1]!.description, /^first version · /);
    assert.deepEqual(
      acme.snapshots.map((snapshot) => snapshot.contextValue),
      ['rightToObject.policySnapshot.withPrevious', 'rightToObject.policySnapshot'],
    );
    assert.deepEqual(view.map((company) => company.company).sort(), [urlCompany, fileCompany].sort(), 'the file import is listed too');
  });

  /** Every file under the policies folder, as relative paths. */
  async function allPolicyFiles(): Promise<string[]> {
    const found: string[] = [];
    const walk = async (folder: vscode.Uri, prefix: string) => {
      for (const [name, type] of await vscode.workspace.fs.readDirectory(folder)) {
        if (type === vscode.FileType.Directory) await walk(vscode.Uri.joinPath(folder, name), `${prefix}${name}/`);
        else found.push(`${prefix}${name}`);
      }
    };
    await walk(policies(), '');
    return found.sort();
  }

  /** Waits for the stalled request to `path`, then presses Cancel on the newest notification (the progress). */
  async function cancelWhenStalled(path: string): Promise<(typeof waiting)[number]> {
    const held = await waitFor(`the request to ${path}`, () => waiting.find((one) => one.url === path && !one.closed), 60_000);
    // VS Code's own "Cancel" button of the progress notification (its first action): the real cancellation path.
    await vscode.commands.executeCommand('notification.acceptPrimaryAction');
    return held;
  }

  it('Import Policy… cancelled during a stalled fetch: the request is abandoned, nothing is written, a quiet message and no error', async () => {
    stalled.add('/stall');
    const before = await allPolicyFiles();
    const errors = api.testing.recentErrors().length;
    const running = vscode.commands.executeCommand<ImportResult>('rightToObject.importPolicy', `${base}/stall`);
    const held = await cancelWhenStalled('/stall');
    const result = await running;
    assert.equal(result?.status, 'cancelled', JSON.stringify(result));
    assert.equal((result as { message?: string }).message, 'Import cancelled; nothing was saved.');
    await waitFor('the stalled connection to be closed by the cancelled fetch', () => held.closed, 10_000);
    assert.deepEqual(await allPolicyFiles(), before, 'a file was written');
    assert.deepEqual(api.testing.recentErrors().slice(errors), [], 'an error was logged');
  });

  it('Check Policies for Changes cancelled while a source stalls: reported as cancelled, no new snapshot, no error', async () => {
    stalled.add('/privacy');
    const before = await allPolicyFiles();
    const errors = api.testing.recentErrors().length;
    const running = vscode.commands.executeCommand<CheckResult>('rightToObject.checkPolicyChanges');
    const held = await cancelWhenStalled('/privacy');
    const result = await running;
    assert.equal(result?.status, 'checked', JSON.stringify(result));
    assert.equal(result.cancelled, true, JSON.stringify(result));
    assert.deepEqual(
      result.sources?.filter((source) => source.kind !== 'skipped').map((source) => source.kind),
      [],
      'a source was reported as checked',
    );
    await waitFor('the stalled connection to be closed by the cancelled fetch', () => held.closed, 10_000);
    assert.deepEqual(await allPolicyFiles(), before, 'a file was written');
    assert.deepEqual(api.testing.recentErrors().slice(errors), [], 'an error was logged');
    stalled.delete('/privacy');
  });
});
