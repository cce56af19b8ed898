// The command line loads its command files with V8's code cache (src/cli/codeCache.ts): written
// after a run, reused while the file is unchanged, never used for a file that changed.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { flagsChangedAfterLoading, requireWithCodeCache, saveCodeCaches } from '../../src/cli/codeCache';

describe('command line: code cache of the command files', () => {
  let folder: string;
  let file: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'rto-code-cache-'));
    file = join(folder, 'part.js');
  });
  afterEach(() => {
    delete require.cache[file];
    rmSync(folder, { recursive: true, force: true });
  });

  /** Loads the file as a fresh process would (nothing in the module cache), then saves its cache. */
  function load(): { value: number; dirname: string } {
    delete require.cache[file];
    const exports = requireWithCodeCache(file) as { value: number; dirname: string };
    saveCodeCaches();
    return exports;
  }

  function cacheFiles(): { name: string; modified: number }[] {
    const caches = join(folder, '.code-cache');
    return readdirSync(caches).map((name) => ({ name, modified: statSync(join(caches, name)).mtimeMs }));
  }

  it('runs the file as a CommonJS module, writes its cache once and reuses it', () => {
    writeFileSync(file, 'module.exports = { value: 1, dirname: __dirname, add: (a, b) => a + b };\n');
    assert.equal(load().value, 1);
    assert.equal(load().dirname, folder);
    const [written] = cacheFiles();
    assert.match(written!.name, /^part-v\d+\.\d+\.\d+-\w+\.v8cache$/);
    assert.equal(requireWithCodeCache(file), require.cache[file]!.exports, 'registered in the module cache');
    load();
    assert.deepEqual(cacheFiles(), [written], 'a valid cache is not written again');
  });

  it('writes no cache after the run changed V8 flags (a large file): the next run would reject it', () => {
    writeFileSync(file, 'module.exports = { value: 3 };\n');
    flagsChangedAfterLoading();
    try {
      assert.equal(load().value, 3);
      assert.equal(existsSync(join(folder, '.code-cache')), false);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[Symbol.for('right-to-object.cli.flagsChangedAfterLoading')];
    }
    assert.equal(load().value, 3);
    assert.equal(cacheFiles().length, 1, 'written by a run that kept its flags');
  });

  it('never runs a cache made from an earlier version of the file, even one of the same length', () => {
    writeFileSync(file, 'module.exports = { value: 1 };\n');
    assert.equal(load().value, 1);
    // V8 checks only the source's length: without the file's stamp this would still print 1.
    writeFileSync(file, 'module.exports = { value: 2 };\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.equal(load().value, 2);
    assert.equal(load().value, 2);
  });
});
