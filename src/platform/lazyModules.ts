// Heavy modules, loaded on first use rather than at activation, through src/platform/engines.ts
// (dist/engines.js on the desktop). Only types may be imported from these modules elsewhere in the
// adapter: a value import would bundle them into what activation loads (a unit test checks it).
import type * as LintEngine from '../core/lintEngine';
import type * as LettersEngine from '../core/lettersEngine';
import type * as DirectoryEngine from '../core/directoryEngine';
import { engines } from './engines';

let lintEngineModule: typeof LintEngine | undefined;

export function lintEngine(): typeof LintEngine {
  lintEngineModule ??= engines().lintEngine();
  return lintEngineModule;
}

let lettersEngineModule: typeof LettersEngine | undefined;

/** The objection-letters core (catalogue, deadlines, snippets), for the commands in src/letters. */
export function lettersEngine(): typeof LettersEngine {
  lettersEngineModule ??= engines().lettersEngine();
  return lettersEngineModule;
}

let directoryEngineModule: typeof DirectoryEngine | undefined;

/**
 * The company and authority directory (shipped records, search, recipient blocks), for src/directory.
 * The first call initialises the bundled records (~650 kB of JSON, tens of milliseconds), so call
 * it only when a feature needs them; src/directory/directoryService.ts does, and times it.
 */
export function directoryEngine(): typeof DirectoryEngine {
  directoryEngineModule ??= engines().directoryEngine();
  return directoryEngineModule;
}
