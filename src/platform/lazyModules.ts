// Heavy modules, loaded on first use rather than at activation. esbuild compiles a require() of a
// bundled module into a lazily initialised module in the same file, so this works in the Node and
// the web-worker bundles alike. Only types may be imported from these modules elsewhere in the
// adapter: a value import would initialise them eagerly again (a unit test checks the bundle).
import type * as LintEngine from '../core/lintEngine';
import type * as LettersEngine from '../core/lettersEngine';
import type * as DirectoryEngine from '../core/directoryEngine';

let lintEngineModule: typeof LintEngine | undefined;

export function lintEngine(): typeof LintEngine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy require: loaded on first use, not at activation
  lintEngineModule ??= require('../core/lintEngine') as typeof LintEngine;
  return lintEngineModule;
}

let lettersEngineModule: typeof LettersEngine | undefined;

/** The objection-letters core (catalogue, deadlines, snippets), for the commands in src/letters. */
export function lettersEngine(): typeof LettersEngine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy require: loaded on first use, not at activation
  lettersEngineModule ??= require('../core/lettersEngine') as typeof LettersEngine;
  return lettersEngineModule;
}

let directoryEngineModule: typeof DirectoryEngine | undefined;

/**
 * The company and authority directory (shipped records, search, recipient blocks), for src/directory.
 * The first call initialises the bundled records (~650 kB of JSON, tens of milliseconds), so call
 * it only when a feature needs them; src/directory/directoryService.ts does, and times it.
 */
export function directoryEngine(): typeof DirectoryEngine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy require: loaded on first use, not at activation
  directoryEngineModule ??= require('../core/directoryEngine') as typeof DirectoryEngine;
  return directoryEngineModule;
}
