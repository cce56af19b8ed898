// V8 settings for the command line's short runs, set before any command compiles a regular
// expression (V8 reads the flag when it compiles one).
// By default V8 first compiles each regular expression to bytecode, interprets it, and compiles it
// again to machine code once it runs a second time. The linter's context rules are many large
// Unicode expressions (\p{Lu}, \p{L}) run a few times each on a small file, so a 10 KB lint paid
// for most of them twice: compiling once, straight to machine code, takes ~14% off its CPU time
// (bench/cli.bench.ts), and a large file runs the same machine code as before.
import { setFlagsFromString } from 'node:v8';
import { flagsChangedAfterLoading } from './codeCache';

export function compileRegExpsOnce(): void {
  setFlagsFromString('--no-regexp-tier-up');
}

/**
 * Stops the young generation growing any further. While a large file is linted its matches, line
 * starts and findings survive collection after collection, and V8 answers by doubling the young
 * generation up to 2 × 16 MB; every megabyte of it is resident memory, and a larger one made no
 * measurable difference to the lint's time (bench/cli.bench.ts, 5 MB policy). Called only for a
 * large file: a small lint keeps V8's default, where a larger young generation saves collections.
 */
export function stopYoungGenerationGrowth(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  // Set at this point, not at start-up: there it would keep the young generation at its first size
  // while the bundle loads and the matcher is built (three times the collection time, measured).
  flagsChangedAfterLoading();
}
