// Loads a command's file (dist/cli/NAME.js, see esbuild.js) with V8's code cache, so a short run
// (lint of one small file) does not parse and compile ~700 KB of JavaScript from scratch each time.
// The cache is written after the command has run, so it also holds every function that run
// compiled on first call. It lives beside the bundle (dist/cli/.code-cache/), one file per command
// and Node version: whoever can write there can already change the code, so a cache file gives no
// one a way in that they did not have. A read-only install, or any failure, just runs uncached.
// Each cache file starts with the size and modification time of the bundle it was made from (V8
// itself only checks the source's length, its own version and its flags); a stale or rejected
// cache is replaced after the run.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** Caches to write once the command has run (saveCodeCaches). */
const unsaved: (() => void)[] = [];
/**
 * Set when the run changed V8's flags after loading its bundles (v8Flags.ts, for a large file): V8
 * rejects a cache made under other flags than the loading run's, so one written now would be thrown
 * away by the next run, and would replace one that run could use.
 */
// Kept on the thread's global object: each command's bundle (dist/cli/NAME.js) has its own copy of this
// module, and the one that changes the flags is not the one that saves the caches.
const FLAGS_CHANGED = Symbol.for('right-to-object.cli.flagsChangedAfterLoading');

export function flagsChangedAfterLoading(): void {
  (globalThis as Record<symbol, unknown>)[FLAGS_CHANGED] = true;
}

/** require(file), compiled with the code cache beside it when there is a valid one. */
export function requireWithCodeCache(file: string): unknown {
  const loaded = require.cache[file];
  if (loaded) return loaded.exports;
  const source = readFileSync(file, 'utf8');
  const cacheFile = join(dirname(file), '.code-cache', `${basename(file, '.js')}-${process.version}-${process.arch}.v8cache`);
  const stamp = stampOf(file);
  const cachedData = readCache(cacheFile, stamp);
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const module = new Module(file, require.main);
  module.filename = file;
  require.cache[file] = module;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;
  if (!cachedData || script.cachedDataRejected) unsaved.push(() => writeCache(cacheFile, stamp, script.createCachedData()));
  return module.exports;
}

/** Writes the caches of the files loaded without a valid one; call when the command is done. */
export function saveCodeCaches(): void {
  if ((globalThis as Record<symbol, unknown>)[FLAGS_CHANGED] === true) {
    unsaved.length = 0;
    return;
  }
  for (const save of unsaved.splice(0)) {
    try {
      save();
    } catch {
      // Read-only install, full disk: the next run compiles again.
    }
  }
}

function stampOf(file: string): string {
  const { size, mtimeMs } = statSync(file);
  return `${size}:${mtimeMs}\n`;
}

function readCache(cacheFile: string, stamp: string): Buffer | undefined {
  try {
    const bytes = readFileSync(cacheFile);
    return bytes.subarray(0, stamp.length).toString('latin1') === stamp ? bytes.subarray(stamp.length) : undefined;
  } catch {
    return undefined;
  }
}

/** Written to a temporary name and renamed, so a run reading at the same moment never sees half a file. */
function writeCache(cacheFile: string, stamp: string, data: Buffer): void {
  mkdirSync(dirname(cacheFile), { recursive: true });
  // Lint worker threads share the process id: a random part keeps two threads' files apart.
  const temporary = `${cacheFile}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, Buffer.concat([Buffer.from(stamp, 'latin1'), data]));
  renameSync(temporary, cacheFile);
}
