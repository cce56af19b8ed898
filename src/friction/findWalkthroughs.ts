// The workspace's walkthroughs: Markdown files whose numbered steps parse, read through
// vscode.workspace.fs (any file system, the web included). Open editors win over the disk, so
// unsaved changes are compared. Documents that are not walkthroughs (isWalkthrough) are left out.
import * as vscode from 'vscode';
import type { FrictionRow } from '../core/friction';
import { frictionEngine } from './frictionEngine';

const MARKDOWN_GLOB = '**/*.{md,markdown}';
const EXCLUDE = '{**/node_modules/**,**/.git/**}';
/** A workspace may hold thousands of Markdown files; a comparison needs a handful. */
const MAX_FILES = 500;
/** Larger files are not walkthroughs (the parser refuses over 512 KB anyway). */
const MAX_BYTES = 512 * 1024;

export interface FoundWalkthrough {
  uri: vscode.Uri;
  row: FrictionRow;
}

export async function findWorkspaceWalkthroughs(token?: vscode.CancellationToken): Promise<FoundWalkthrough[]> {
  const uris = await vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDE, MAX_FILES, token);
  return readWalkthroughs(uris.sort((a, b) => a.toString().localeCompare(b.toString())));
}

export async function readWalkthroughs(uris: readonly vscode.Uri[]): Promise<FoundWalkthrough[]> {
  const found: FoundWalkthrough[] = [];
  for (const uri of uris) {
    const text = await readText(uri);
    if (text === undefined) continue;
    const { parseWalkthrough, frictionRow, isWalkthrough } = frictionEngine();
    const walkthrough = parseWalkthrough(text);
    if (!isWalkthrough(walkthrough)) continue;
    found.push({ uri, row: frictionRow(walkthrough, vscode.workspace.asRelativePath(uri, false)) });
  }
  return found;
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_BYTES) return undefined;
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    // Gone or unreadable since the search: not part of the comparison.
    return undefined;
  }
}
