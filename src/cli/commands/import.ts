// `right-to-object import URL|FILE [--folder DIR]`: fetches a policy page (or reads a saved .html
// file) and writes it as a Markdown snapshot, policies/<company>/<YYYY-MM-DD>.md, never over an
// existing file. A failed fetch writes nothing and is one line on stderr.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { loadDirectory } from '../../core/directory/directory';
import { fetchPolicyPage } from '../../core/policy/fetchPolicy';
import { importPolicy, type PageInput } from '../../core/policy/importPolicy';
import { DEFAULT_POLICIES_FOLDER, snapshotFileName } from '../../core/policy/snapshotFile';
import { EXIT_OK, UsageError, type CliCommand } from '../io';
import { parseCommandArgs } from '../args';

export const importCommand: CliCommand = async (args, io) => {
  const parsed = parseCommandArgs({ args, allowPositionals: true, options: { folder: { type: 'string' } } });
  const [target, ...extra] = parsed.positionals;
  if (!target || extra.length > 0) throw new UsageError('give one URL (https://…) or one saved .html file');
  const retrieved = new Date();
  let page: PageInput;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) && !/^[a-z]:[\\/]/i.test(target)) {
    const fetched = await fetchPolicyPage(target);
    page = { bytes: fetched.bytes, contentType: fetched.contentType, url: fetched.url, source: target, retrieved };
  } else {
    if (!/\.html?$/i.test(target)) throw new UsageError(`"${target}" is not an .html or .htm file`);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(resolve(io.cwd, target)));
    } catch {
      throw new UsageError(`cannot read "${target}"`);
    }
    page = { bytes, source: basename(target), retrieved };
  }
  const snapshot = await importPolicy(page, loadDirectory().companies);
  const folder = join(resolve(io.cwd, parsed.values.folder ?? DEFAULT_POLICIES_FOLDER), snapshot.companyFolder);
  await mkdir(folder, { recursive: true });
  const existing = new Set(await readdir(folder));
  const name = snapshotFileName(snapshot.day, (candidate) => existing.has(candidate));
  // "wx": fail rather than overwrite, should another process write the same name meanwhile.
  await writeFile(join(folder, name), snapshot.text, { flag: 'wx' });
  io.stdout(`Saved ${relative(io.cwd, join(folder, name))} (${snapshot.meta.title}${snapshot.meta.controller ? `; controller: ${snapshot.meta.controller}` : ''}).\n`);
  return EXIT_OK;
};
