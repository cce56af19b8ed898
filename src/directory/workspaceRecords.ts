// Company records kept in the workspace, which add to or replace the shipped ones (by slug):
//   .right-to-object/companies/*.json   each {"records": [...]}, read in name order
//   .right-to-object.json               its "companies": [...] section, read last (it wins)
// in every workspace folder, in folder order. Read through vscode.workspace.fs, so it also works
// in the web and on virtual file systems. Reading never fails: every problem names the file and
// the field, and a record with a problem is left out.
import * as vscode from 'vscode';
import type { Company, RecordProblem } from '../core/directoryEngine';
import { WORKSPACE_FILE_NAME } from '../core/config/workspaceFileName';
import { directoryEngine } from '../platform/lazyModules';
import { appendAll } from '../core/appendAll';

/** The folder of records files, relative to a workspace folder. */
export const RECORDS_FOLDER = ['.right-to-object', 'companies'] as const;
/** Watched for changes (relative to the workspace folders). */
export const RECORDS_GLOBS = [`**/${WORKSPACE_FILE_NAME}`, `**/${RECORDS_FOLDER.join('/')}/*.json`, `**/${RECORDS_FOLDER[0]}`, `**/${RECORDS_FOLDER.join('/')}`];

/** Records files larger than this are not read (the whole shipped directory is 0.65 MB). */
const MAX_FILE_BYTES = 5_000_000;

export interface WorkspaceRecords {
  /** Sorted by slug; a later file's record replaces an earlier one's of the same slug. */
  records: Company[];
  problems: RecordProblem[];
  /** Slug → the file (relative to the workspace) its record comes from. */
  sources: Map<string, string>;
  /** How many files were read. */
  files: number;
}

export async function readWorkspaceRecords(): Promise<WorkspaceRecords> {
  const { mergeRecords, parseUserRecords, parseWorkspaceFile } = directoryEngine();
  const result: WorkspaceRecords = { records: [], problems: [], sources: new Map(), files: 0 };
  // Records decide where letters go: an untrusted workspace's would redirect them (#19).
  if (!vscode.workspace.isTrusted) return result;
  const folders = vscode.workspace.workspaceFolders ?? [];
  const add = (file: string, records: readonly Company[], problems: readonly RecordProblem[]) => {
    result.files += 1;
    appendAll(result.problems, problems);
    result.records = mergeRecords(result.records, records);
    for (const record of records) result.sources.set(record.slug, file);
  };
  for (const folder of folders) {
    const label = (uri: vscode.Uri) => vscode.workspace.asRelativePath(uri, folders.length > 1);
    const recordsFolder = vscode.Uri.joinPath(folder.uri, ...RECORDS_FOLDER);
    for (const name of await jsonFilesIn(recordsFolder)) {
      const uri = vscode.Uri.joinPath(recordsFolder, name);
      const text = await readText(uri);
      if (text === undefined) continue;
      if (text === TOO_LARGE) {
        add(label(uri), [], [{ file: label(uri), path: '', message: `is larger than ${MAX_FILE_BYTES / 1_000_000} MB; not read` }]);
        continue;
      }
      const parsed = parseUserRecords(text, label(uri));
      add(label(uri), parsed.records, parsed.problems);
    }
    const settingsFile = vscode.Uri.joinPath(folder.uri, WORKSPACE_FILE_NAME);
    const text = await readText(settingsFile);
    // A broken or oversized .right-to-object.json is the linter settings' to report (they read it too).
    const companies = text === undefined || text === TOO_LARGE ? undefined : parseWorkspaceFile(text, label(settingsFile)).companies;
    if (companies) add(label(settingsFile), companies.records, companies.problems);
  }
  return result;
}

async function jsonFilesIn(folder: vscode.Uri): Promise<string[]> {
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return []; // No such folder: no records.
  }
  return entries
    .filter(([name, type]) => name.toLowerCase().endsWith('.json') && (type & vscode.FileType.File) !== 0)
    .map(([name]) => name)
    .sort();
}

const TOO_LARGE = Symbol('too large');

async function readText(uri: vscode.Uri): Promise<string | typeof TOO_LARGE | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_FILE_BYTES) return TOO_LARGE;
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined; // Missing or unreadable: nothing to add.
  }
}
