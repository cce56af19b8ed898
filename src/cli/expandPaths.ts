// Turns the PATH arguments of `lint` into files: a file as given, a folder recursively (its .md,
// .markdown and .txt files), or a glob (node:fs glob). Sorted, without duplicates.
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { glob as tinyglobby } from 'tinyglobby';
import { UsageError } from './io';
import { appendAll } from '../core/appendAll';

export const LINTED_EXTENSIONS = ['.md', '.markdown', '.txt'];
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export interface InputFile {
  absolute: string;
  /** As shown in output: relative to the working folder when inside it. */
  display: string;
}

export async function expandPaths(paths: readonly string[], cwd: string): Promise<InputFile[]> {
  const found = new Set<string>();
  for (const path of paths) {
    const absolute = isAbsolute(path) ? path : resolve(cwd, path);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) found.add(absolute);
    else if (info?.isDirectory()) for (const file of await walk(absolute)) found.add(file);
    else if (/[*?[{]/.test(path)) for (const file of await glob(path, cwd)) found.add(file);
    else throw new UsageError(`cannot read "${path}": no such file or folder`);
  }
  return [...found].sort().map((absolute) => {
    const shown = relative(cwd, absolute);
    return { absolute, display: shown.startsWith('..') || isAbsolute(shown) ? absolute : shown };
  });
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const full = join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) appendAll(files, await walk(full));
    else if (entry.isFile() && LINTED_EXTENSIONS.some((extension) => entry.name.toLowerCase().endsWith(extension))) files.push(full);
  }
  return files;
}

async function glob(pattern: string, cwd: string): Promise<string[]> {
  // tinyglobby: node:fs glob only arrived in Node 22, and shells differ in what they expand.
  const matches = await tinyglobby(pattern, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] });
  if (matches.length === 0) throw new UsageError(`no file matches "${pattern}"`);
  return matches.map((match) => resolve(match));
}
