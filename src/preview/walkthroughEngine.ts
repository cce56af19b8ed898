// The walkthrough core (markdown-it, yaml and zod inside) is loaded when a preview first renders
// or an export runs, not at activation; the same pattern as src/platform/lazyModules.ts. Elsewhere in
// src/preview only types may be imported from src/core/walkthrough's index (a value import would
// load it eagerly again); leaf modules without dependencies, such as escape.ts, are fine.
import type * as Walkthrough from '../core/walkthrough';
import { engines } from '../platform/engines';

let walkthroughModule: typeof Walkthrough | undefined;

export function walkthroughEngine(): typeof Walkthrough {
  walkthroughModule ??= engines().walkthroughEngine();
  return walkthroughModule;
}
