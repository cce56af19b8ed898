// Turns the PATH arguments of `lint` into files: a file as given, a folder recursively (its .md,
// .markdown and .txt files), or a glob (tinyglobby). Sorted, without duplicates.
// Symbolic links, the same rule for folders and globs (#19): links are followed, to files and to
// folders; a folder already walked (by its real path) is not walked again, so a link loop ends; and
// a file reached by several paths is reported once, under the first path in sorted order.
import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type * as Tinyglobby from 'tinyglobby';
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
    else if (info?.isDirectory()) for (const file of await walk(absolute, new Set())) found.add(file);
    else if (/[*?[{]/.test(path)) for (const file of await glob(path, cwd)) found.add(file);
    else throw new UsageError(`cannot read "${path}": no such file or folder`);
  }
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const absolute of [...found].sort()) {
    const real = await realpath(absolute).catch(() => absolute);
    if (seen.has(real)) continue;
    seen.add(real);
    unique.push(absolute);
  }
  return unique.map((absolute) => {
    const shown = relative(cwd, absolute);
    return { absolute, display: shown.startsWith('..') || isAbsolute(shown) ? absolute : shown };
  });
}

async function walk(folder: string, visited: Set<string>): Promise<string[]> {
  const real = await realpath(folder).catch(() => folder);
  if (visited.has(real)) return [];
  visited.add(real);
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const full = join(folder, entry.name);
    // A link is classified by what it points to; a dangling link is skipped.
    const target = entry.isSymbolicLink() ? await stat(full).catch(() => undefined) : entry;
    if (target?.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) appendAll(files, await walk(full, visited));
    else if (target?.isFile() && LINTED_EXTENSIONS.some((extension) => entry.name.toLowerCase().endsWith(extension))) files.push(full);
  }
  return files;
}

async function glob(pattern: string, cwd: string): Promise<string[]> {
  // tinyglobby: node:fs glob only arrived in Node 22, and shells differ in what they expand.
  // Loaded only for a glob: the release build makes it a file of its own (esbuild.js).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { glob: tinyglobby } = require('tinyglobby') as typeof Tinyglobby;
  const matches = await tinyglobby(pattern, { cwd, absolute: true, onlyFiles: true, followSymbolicLinks: true, ignore: ['**/node_modules/**', '**/.git/**'] });
  if (matches.length === 0) throw new UsageError(`no file matches "${pattern}"`);
  return matches.map((match) => resolve(match));
}
