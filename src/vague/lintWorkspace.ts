// "Check Workspace for Vague Language": lints every Markdown file in the workspace with a
// cancellable progress notification; results go to the Problems panel. Open documents keep their
// live diagnostics; the others get a snapshot.
import * as vscode from 'vscode';
import { lintEngine } from '../platform/lazyModules';
import type { ConfigService } from './configService';
import type { VagueLanguageDiagnostics } from './vagueLanguageDiagnostics';
import { notCheckedDiagnostic, toDiagnostic } from './toDiagnostic';
import { log } from '../platform/log';

const MARKDOWN_GLOB = '**/*.{md,markdown}';
const EXCLUDE_GLOB = '**/{node_modules,.git}/**';
/** Larger files are skipped with a note: they are not policy analyses and would stall the host. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface WorkspaceLintSummary {
  files: number;
  findings: number;
  skipped: string[];
  cancelled: boolean;
}

export async function lintWorkspace(diagnostics: VagueLanguageDiagnostics, config: ConfigService): Promise<WorkspaceLintSummary> {
  const summary: WorkspaceLintSummary = { files: 0, findings: 0, skipped: [], cancelled: false };
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Right to Object: checking the workspace'), cancellable: true }, async (progress, token) => {
    const uris = await vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDE_GLOB, undefined, token);
    const openDocuments = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
    for (const [index, uri] of uris.entries()) {
      if (token.isCancellationRequested) {
        summary.cancelled = true;
        return;
      }
      progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
      const open = openDocuments.get(uri.toString());
      if (open) {
        summary.findings += (await diagnostics.lintNow(open)).length;
      } else {
        const document = await readAsDocument(uri, summary);
        if (document) {
          const text = document.getText();
          const { findings: found, notChecked } = lintEngine().lintDocumentWithLanguages(text, { kind: 'markdown', config: await config.configFor(uri) });
          diagnostics.setForClosedFile(uri, [...found.map((finding) => toDiagnostic(document, finding, text)), ...notChecked.map((notice) => notCheckedDiagnostic(document, notice))]);
          summary.findings += found.length;
        }
      }
      summary.files++;
      // Yield between files so the extension host stays responsive on large workspaces.
      if (index % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  });
  const message = summary.cancelled
    ? vscode.l10n.t('Right to Object: cancelled after {0} file(s); {1} vague phrase(s) so far.', summary.files, summary.findings)
    : vscode.l10n.t('Right to Object: {0} vague phrase(s) in {1} Markdown file(s).', summary.findings, summary.files);
  void vscode.window.showInformationMessage(message);
  if (summary.skipped.length > 0) log().info(`Workspace check skipped: ${summary.skipped.join(', ')}`);
  return summary;
}

/** A lightweight stand-in for a TextDocument (only what toDiagnostic needs), without opening an editor model. */
async function readAsDocument(uri: vscode.Uri, summary: WorkspaceLintSummary): Promise<Pick<vscode.TextDocument, 'getText' | 'positionAt'> | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_FILE_BYTES) {
      summary.skipped.push(`${vscode.workspace.asRelativePath(uri)} (over 10 MB)`);
      return undefined;
    }
    const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    const lines = lintEngine().lineIndex(text);
    return {
      getText: () => text,
      positionAt: (offset: number) => {
        const position = lines.positionAt(offset);
        return new vscode.Position(position.line, position.character);
      },
    };
  } catch (error) {
    summary.skipped.push(`${vscode.workspace.asRelativePath(uri)} (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}
