// Where the snapshots live: the setting rightToObject.policies.folder (default "policies"), a
// folder inside the first workspace folder, laid out as <folder>/<company>/<YYYY-MM-DD>.md. Reading
// and writing go through workspace.fs, so the same code serves local, remote and web workspaces.
import * as vscode from 'vscode';
import { CONFIG_SECTION } from '../platform/constants';
import { compareSnapshotNames, DEFAULT_POLICIES_FOLDER, isSnapshotName, snapshotFileName } from '../core/policy/snapshotFile';

export const POLICIES_FOLDER_SETTING = 'policies.folder';

export type PoliciesFolder = { uri: vscode.Uri; workspaceFolder: vscode.WorkspaceFolder; relative: string } | { problem: string };

/**
 * The policies folder of the workspace, or why there is none: no folder open, or a setting that is
 * absolute or leaves the workspace folder ("..").
 */
export function policiesFolder(): PoliciesFolder {
  const workspaceFolder = vscode.workspace.workspaceFolders?.[0];
  if (!workspaceFolder) return { problem: vscode.l10n.t('Open a folder first: policy snapshots are saved in a folder of the workspace.') };
  const value = vscode.workspace.getConfiguration(CONFIG_SECTION).get<unknown>(POLICIES_FOLDER_SETTING);
  let relative = typeof value === 'string' && value.trim() !== '' ? value.trim().replace(/\\/g, '/') : DEFAULT_POLICIES_FOLDER;
  while (relative.length > 1 && relative.endsWith('/')) relative = relative.slice(0, -1);
  const parts = relative.split('/');
  if (relative.startsWith('/') || /^[a-z]:/i.test(relative) || parts.some((part) => part === '..' || part === '')) {
    return { problem: vscode.l10n.t('The setting rightToObject.policies.folder must be a folder inside the workspace, such as "policies" (got "{0}").', relative.slice(0, 200)) };
  }
  return { uri: vscode.Uri.joinPath(workspaceFolder.uri, ...parts), workspaceFolder, relative };
}

export interface SnapshotFile {
  /** The company folder's name. */
  company: string;
  name: string;
  uri: vscode.Uri;
}

async function readDirectory(uri: vscode.Uri): Promise<[string, vscode.FileType][]> {
  try {
    return await vscode.workspace.fs.readDirectory(uri);
  } catch {
    return []; // not there (yet)
  }
}

/** The company folders that hold at least one snapshot, by name. */
export async function listCompanies(root: vscode.Uri): Promise<string[]> {
  const companies: string[] = [];
  for (const [name, type] of await readDirectory(root)) {
    if (!(type & vscode.FileType.Directory)) continue;
    if ((await readDirectory(vscode.Uri.joinPath(root, name))).some(([file, fileType]) => fileType & vscode.FileType.File && isSnapshotName(file))) companies.push(name);
  }
  return companies.sort((a, b) => a.localeCompare(b));
}

/** A company's snapshots, oldest first. */
export async function listSnapshots(root: vscode.Uri, company: string): Promise<SnapshotFile[]> {
  const folder = vscode.Uri.joinPath(root, company);
  return (await readDirectory(folder))
    .filter(([name, type]) => type & vscode.FileType.File && isSnapshotName(name))
    .map(([name]) => name)
    .sort(compareSnapshotNames)
    .map((name) => ({ company, name, uri: vscode.Uri.joinPath(folder, name) }));
}

/** Every snapshot below the policies folder. */
export async function listAllSnapshots(root: vscode.Uri): Promise<SnapshotFile[]> {
  const all: SnapshotFile[] = [];
  for (const company of await listCompanies(root)) all.push(...(await listSnapshots(root, company)));
  return all;
}

/** The snapshot just before `uri` in its folder, when `uri` is a snapshot and has one. */
export async function previousSnapshot(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  if (!isSnapshotName(name)) return undefined;
  const folder = uri.with({ path: uri.path.slice(0, uri.path.lastIndexOf('/')) });
  const earlier = (await readDirectory(folder))
    .filter(([file, type]) => type & vscode.FileType.File && isSnapshotName(file) && compareSnapshotNames(file, name) < 0)
    .map(([file]) => file)
    .sort(compareSnapshotNames);
  const last = earlier.at(-1);
  return last ? vscode.Uri.joinPath(folder, last) : undefined;
}

/** The text of a file: the open document's when it has unsaved edits, else the file's on disk. */
export async function readText(uri: vscode.Uri): Promise<string> {
  // A document that is open but not dirty may lag behind a file rewritten or re-created meanwhile.
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString() && document.isDirty);
  if (open) return open.getText();
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/**
 * Writes a new snapshot in `folder` under the first free name for `day` ("2026-12-05.md", then
 * "-2"…); never over an existing file. Returns the file written.
 */
export async function writeNewSnapshot(folder: vscode.Uri, day: string, text: string): Promise<vscode.Uri> {
  await vscode.workspace.fs.createDirectory(folder);
  const existing = new Set((await readDirectory(folder)).map(([name]) => name));
  const uri = vscode.Uri.joinPath(
    folder,
    snapshotFileName(day, (name) => existing.has(name)),
  );
  await writeNewFile(uri, text);
  return uri;
}

/** Writes a file that must not exist yet (checked just before: a snapshot is never overwritten). */
export async function writeNewFile(uri: vscode.Uri, text: string): Promise<void> {
  const exists = await vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
  if (exists) throw new Error(vscode.l10n.t('{0} already exists; it was not overwritten.', uri.path.slice(uri.path.lastIndexOf('/') + 1)));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}
