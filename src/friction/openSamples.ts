// "Open Sample Walkthroughs…": lists the sample guides shipped in media/samples/ and opens the one
// picked as a new untitled Markdown document (a copy, as "Open Sample Walkthrough" does for Meta's).
import * as vscode from 'vscode';
import { SAMPLE_WALKTHROUGHS } from '../core/friction/samples';

async function readSample(extensionUri: vscode.Uri, name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'samples', name)));
}

/** The `title:` line of a sample, without parsing the whole document. */
function titleOf(text: string, fallback: string): string {
  return /^title:[ \t]*(\S.*)$/m.exec(text)?.[1]?.trim() ?? fallback;
}

/** Opens the named sample, or the one picked; returns its name, or undefined when cancelled. */
export async function openSampleWalkthroughs(extensionUri: vscode.Uri, name?: unknown): Promise<string | undefined> {
  let chosen = SAMPLE_WALKTHROUGHS.find((sample) => sample === name);
  const texts = new Map<string, string>();
  if (!chosen) {
    for (const sample of SAMPLE_WALKTHROUGHS) texts.set(sample, await readSample(extensionUri, sample));
    const picked = await vscode.window.showQuickPick(
      SAMPLE_WALKTHROUGHS.map((sample) => ({ label: titleOf(texts.get(sample) ?? '', sample), description: sample, sample })),
      { title: vscode.l10n.t('Open Sample Walkthroughs'), placeHolder: vscode.l10n.t('Choose a sample opt-out guide to open as a new document') },
    );
    chosen = picked?.sample;
  }
  if (!chosen) return undefined;
  const content = texts.get(chosen) ?? (await readSample(extensionUri, chosen));
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(document);
  return chosen;
}
