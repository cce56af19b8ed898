// The friction core (and with it the walkthrough parser: markdown-it, yaml, zod) is loaded when a
// comparison first runs, not at activation; the same pattern as src/lazyModules.ts. Elsewhere in
// src/friction only types may be imported from src/core/friction.
import type * as Friction from '../core/friction';
import { engines } from '../platform/engines';

let frictionModule: typeof Friction | undefined;

export function frictionEngine(): typeof Friction {
  frictionModule ??= engines().frictionEngine();
  return frictionModule;
}
