// The snapshot reader and the vagueness diff (YAML parser, linter), loaded on first use like
// src/platform/lazyModules.ts; only types may be imported from src/core/policyDiffEngine.ts elsewhere.
import type * as PolicyDiffEngine from '../core/policyDiffEngine';
import { engines } from '../platform/engines';

let diffModule: typeof PolicyDiffEngine | undefined;

export function policyDiffEngine(): typeof PolicyDiffEngine {
  diffModule ??= engines().policyDiffEngine();
  return diffModule;
}
