// The friction core (and with it the walkthrough parser: markdown-it, yaml, zod) is loaded when a
// comparison first runs, not at activation; the same pattern as src/lazyModules.ts. Elsewhere in
// src/friction only types may be imported from src/core/friction.
import type * as Friction from '../core/friction';

let frictionModule: typeof Friction | undefined;

export function frictionEngine(): typeof Friction {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  frictionModule ??= require('../core/friction') as typeof Friction;
  return frictionModule;
}
