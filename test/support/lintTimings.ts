// Test-only: how long the extension's lint blocked the extension host at most, in one synchronous
// step. The extension only reports where its steps begin and end (api.testing.watchLintSteps); the
// clocks and the figures live here, out of the shipped bundle.
import type { RightToObjectApi } from '../../src/extension';
import { startStep } from './stepClock';
import { createThreadCpuClock } from './threadCpuClock';

/**
 * How often a step-budget test is tried again before it fails. On a busy two-core machine one step
 * can overrun now and then for reasons outside the lint (a JIT tier-up, a GC pause, another process
 * on the core): CI runs failed on single spikes of 54, 64 and 101 ms in steps that take 13-30 ms
 * here. Work that grows with the input (a whole megabyte-sized block in one step, 300 ms and more)
 * overruns on every attempt, so the budget still catches it. Each attempt prints its figure before the check.
 */
export const STEP_BUDGET_RETRIES = 2;

export interface LintTimings {
  /** The longest single synchronous step, in milliseconds of the host's time (see stepClock). */
  longestStepMs: number;
  /** Which step that was. */
  longestStep: string;
  /** That step's wall-clock time, which also counts time given to other processes. */
  longestStepWallMs: number;
  /** The longest wall-clock time of any step. */
  longestWallMs: number;
  /** What busy time is measured with: the main thread's CPU time, the process's, or wall time. */
  readonly clock: 'thread CPU' | 'process CPU' | 'wall';
}

/** Measures every lint step from now until dispose(); read `timings` in between. */
export function measureLintSteps(testing: RightToObjectApi['testing']): { timings: LintTimings; dispose(): void } {
  // Steps are measured in the main thread's CPU time where the platform tells it (see stepClock).
  const cpuClock = createThreadCpuClock();
  const timings: LintTimings = {
    longestStepMs: 0,
    longestStep: '',
    longestStepWallMs: 0,
    longestWallMs: 0,
    clock: cpuClock ? (cpuClock.source === 'thread' ? 'thread CPU' : 'process CPU') : 'wall',
  };
  const watch = testing.watchLintSteps(() => {
    const elapsed = startStep(cpuClock?.read);
    return (step) => {
      const duration = elapsed();
      timings.longestWallMs = Math.max(timings.longestWallMs, duration.wallMs);
      if (duration.busyMs <= timings.longestStepMs) return;
      timings.longestStepMs = duration.busyMs;
      timings.longestStep = step;
      timings.longestStepWallMs = duration.wallMs;
    };
  });
  return {
    timings,
    dispose: () => {
      watch.dispose();
      cpuClock?.dispose();
    },
  };
}
