// "Right to Object: Import Policy…": a web address (fetched, only in a trusted workspace) or a saved
// .html/.htm file → a Markdown snapshot, <policies folder>/<company>/<YYYY-MM-DD>.md, opened. The
// fetch and the extraction run under a cancellable progress notification; a failure is one message
// and nothing is written. In the browser (web extension) most sites do not let another site read
// their pages: a blocked fetch says so and offers the file route.
import * as vscode from 'vscode';
import { directoryEngine } from '../platform/lazyModules';
import { logError } from '../platform/log';
import type { PageInput } from '../core/policyEngine';
import { loadPolicyEngine } from './policyEngineLoader';
import { policiesFolder, writeNewSnapshot } from './policiesFolder';
import { fetchFailure, inBrowserWorker, requireTrust } from './fetchHost';

export type ImportResult =
  | { status: 'saved'; uri: vscode.Uri; title: string; controller?: string }
  | { status: 'failed'; message: string; reason?: string; blockedByBrowser?: boolean }
  | { status: 'untrusted' }
  | { status: 'cancelled'; message?: string };

type Route = { kind: 'url'; url: string } | { kind: 'file'; uri: vscode.Uri };

/** A web address the importer accepts, or why not (the same rules as the core's checkPolicyUrl). */
export function urlProblem(input: string): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return vscode.l10n.t('Enter a web address starting with https://');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return vscode.l10n.t('Only http and https addresses can be fetched.');
  if (url.username || url.password) return vscode.l10n.t('Addresses with a user name or password are not fetched.');
  return undefined;
}

/** The route from the command's argument (a URL string or a file URI, for tests and links), or asked. */
async function chooseRoute(target: unknown): Promise<Route | undefined> {
  if (typeof target === 'string') return { kind: 'url', url: target };
  if (target instanceof vscode.Uri) return target.scheme === 'http' || target.scheme === 'https' ? { kind: 'url', url: target.toString(true) } : { kind: 'file', uri: target };
  const fromWeb = { label: vscode.l10n.t('$(globe) From a web address…'), detail: vscode.l10n.t('Fetches the page now, once, from your computer.') };
  const fromFile = { label: vscode.l10n.t('$(file-code) From a saved HTML file…'), detail: vscode.l10n.t('A page saved from your browser (.html or .htm); nothing is fetched.') };
  const picked = await vscode.window.showQuickPick([fromWeb, fromFile], { title: vscode.l10n.t('Import Policy'), placeHolder: vscode.l10n.t('Where is the policy?') });
  if (!picked) return undefined;
  return picked === fromWeb ? askUrl() : askFile();
}

async function askUrl(): Promise<Route | undefined> {
  const url = await vscode.window.showInputBox({
    title: vscode.l10n.t('Import Policy'),
    prompt: vscode.l10n.t('The address of the privacy policy page'),
    placeHolder: 'https://example.com/privacy',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? undefined : urlProblem(value)),
  });
  return url?.trim() ? { kind: 'url', url: url.trim() } : undefined;
}

async function askFile(): Promise<Route | undefined> {
  const [uri] =
    (await vscode.window.showOpenDialog({
      title: vscode.l10n.t('Import Policy'),
      openLabel: vscode.l10n.t('Import'),
      canSelectMany: false,
      filters: { [vscode.l10n.t('Web pages')]: ['html', 'htm'] },
    })) ?? [];
  return uri ? { kind: 'file', uri } : undefined;
}

export async function importPolicyCommand(extensionUri: vscode.Uri, target?: unknown): Promise<ImportResult> {
  if (!requireTrust(vscode.l10n.t('Importing a policy needs a trusted workspace: in restricted mode the extension fetches nothing and saves no snapshot.'))) return { status: 'untrusted' };
  const folder = policiesFolder();
  if ('problem' in folder) return fail(folder.problem);
  const route = await chooseRoute(target);
  if (!route) return { status: 'cancelled' };
  if (route.kind === 'url') {
    const problem = urlProblem(route.url);
    if (problem) return fail(problem);
  } else if (!/\.html?$/i.test(route.uri.path)) {
    return fail(vscode.l10n.t('Choose a saved web page (.html or .htm).'));
  }

  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Importing policy'), cancellable: true },
    async (progress, token): Promise<ImportResult> => {
      const abort = new AbortController();
      const cancelled = token.onCancellationRequested(() => abort.abort());
      try {
        progress.report({ message: vscode.l10n.t('loading the importer…') });
        const engine = await loadPolicyEngine(extensionUri);
        const retrieved = new Date();
        let page: PageInput;
        if (route.kind === 'url') {
          progress.report({ message: vscode.l10n.t('fetching {0}…', new URL(route.url).host) });
          const fetched = await engine.fetchPolicyPage(route.url, { signal: abort.signal, redirects: inBrowserWorker() ? 'follow' : 'manual' });
          page = { bytes: fetched.bytes, contentType: fetched.contentType, url: fetched.url, source: route.url, retrieved };
        } else {
          progress.report({ message: vscode.l10n.t('reading {0}…', fileName(route.uri)) });
          page = { bytes: await vscode.workspace.fs.readFile(route.uri), source: fileName(route.uri), retrieved };
        }
        if (token.isCancellationRequested) return { status: 'cancelled' };
        progress.report({ message: vscode.l10n.t('extracting the text…') });
        const snapshot = await engine.importPolicy(page, directoryEngine().loadDirectory().companies);
        if (token.isCancellationRequested) return { status: 'cancelled' };
        const uri = await writeNewSnapshot(vscode.Uri.joinPath(folder.uri, snapshot.companyFolder), snapshot.day, snapshot.text);
        return { status: 'saved', uri, title: snapshot.meta.title, ...(snapshot.meta.controller ? { controller: snapshot.meta.controller } : {}) };
      } catch (error) {
        const failure = fetchFailure(error);
        if (failure?.reason === 'cancelled' || token.isCancellationRequested) return { status: 'cancelled' };
        if (!failure) logError('Import Policy', error);
        const blockedByBrowser = route.kind === 'url' && failure?.reason === 'network' && inBrowserWorker();
        return { status: 'failed', message: failure?.message ?? (error instanceof Error ? error.message : String(error)), reason: failure?.reason, blockedByBrowser };
      } finally {
        cancelled.dispose();
      }
    },
  );

  if (result.status === 'saved') {
    await vscode.window.showTextDocument(result.uri, { preview: false });
    void vscode.window.showInformationMessage(
      result.controller
        ? vscode.l10n.t('Saved the policy "{0}" as {1} (controller: {2}).', result.title, vscode.workspace.asRelativePath(result.uri), result.controller)
        : vscode.l10n.t('Saved the policy "{0}" as {1}.', result.title, vscode.workspace.asRelativePath(result.uri)),
    );
  } else if (result.status === 'failed' && result.blockedByBrowser && route.kind === 'url') {
    const message = vscode.l10n.t(
      'The browser did not let the extension read {0}: most sites do not allow other sites to read their pages, and in the browser the extension can only ask the browser. Open the page, save it as a web page (.html), then import the file.',
      new URL(route.url).host,
    );
    offerFileRoute(extensionUri, message);
    return { ...result, message };
  } else if (result.status === 'failed') {
    void vscode.window.showErrorMessage(result.message);
  } else if (result.status === 'cancelled') {
    // The user pressed Cancel on the progress: confirm it quietly, no error.
    const message = vscode.l10n.t('Import cancelled; nothing was saved.');
    void vscode.window.setStatusBarMessage(message, 5000);
    return { status: 'cancelled', message };
  }
  return result;
}

/** In the browser: the page could not be read from here; save it and import the file instead. */
function offerFileRoute(extensionUri: vscode.Uri, message: string): void {
  const importFile = vscode.l10n.t('Import from File…');
  void vscode.window.showErrorMessage(message, importFile).then(async (choice) => {
    if (choice !== importFile) return;
    const route = await askFile();
    if (route?.kind === 'file') await importPolicyCommand(extensionUri, route.uri);
  });
}

function fail(message: string): ImportResult {
  void vscode.window.showErrorMessage(message);
  return { status: 'failed', message };
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
