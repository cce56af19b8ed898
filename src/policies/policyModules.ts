// The snapshot reader and the vagueness diff (YAML parser, linter), loaded on first use like
// src/platform/lazyModules.ts; only types may be imported from src/core/policyDiffEngine.ts elsewhere.
import type * as PolicyDiffEngine from '../core/policyDiffEngine';

let diffModule: typeof PolicyDiffEngine | undefined;

export function policyDiffEngine(): typeof PolicyDiffEngine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy require: loaded on first use, not at activation
  diffModule ??= require('../core/policyDiffEngine') as typeof PolicyDiffEngine;
  return diffModule;
}
