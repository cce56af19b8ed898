// The heavy cores (src/core/engines.ts), loaded the first time a feature needs one. On the desktop
// this require() reads dist/engines.js, a file of its own (see esbuild.js), so activation does not
// parse the linter, the letters, markdown-it, yaml or zod; in the web worker it is a lazily
// initialised module of the same bundle. Only types may be imported from src/core/engines.ts.
import type * as Engines from '../core/engines';

let enginesModule: typeof Engines | undefined;

export function engines(): typeof Engines {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy require: loaded on first use, not at activation
  enginesModule ??= require('../core/engines') as typeof Engines;
  return enginesModule;
}
