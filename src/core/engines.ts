// The editor's heavy cores in one module: the desktop build makes it a file of its own
// (dist/engines.js) that the adapter requires on first use, so activation reads and parses only the
// adapters; the web-worker build keeps it inline. Each core inside is initialised only when its
// function is first called. Adapters reach this through src/platform/engines.ts, and memoise.
import type * as LintEngine from './lintEngine';
import type * as LettersEngine from './lettersEngine';
import type * as DirectoryEngine from './directoryEngine';
import type * as PolicyDiffEngine from './policyDiffEngine';
import type * as Friction from './friction';
import type * as Walkthrough from './walkthrough';

/* eslint-disable @typescript-eslint/no-require-imports -- lazy requires: each core is initialised on first use */
export const lintEngine = (): typeof LintEngine => require('./lintEngine') as typeof LintEngine;
export const lettersEngine = (): typeof LettersEngine => require('./lettersEngine') as typeof LettersEngine;
export const directoryEngine = (): typeof DirectoryEngine => require('./directoryEngine') as typeof DirectoryEngine;
export const policyDiffEngine = (): typeof PolicyDiffEngine => require('./policyDiffEngine') as typeof PolicyDiffEngine;
export const frictionEngine = (): typeof Friction => require('./friction') as typeof Friction;
export const walkthroughEngine = (): typeof Walkthrough => require('./walkthrough') as typeof Walkthrough;
/* eslint-enable @typescript-eslint/no-require-imports */
