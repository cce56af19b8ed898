// Time-budget assertions: run a workload at size n and 2n (CPU time, median of 3) and check that
// doubling the input at most ~2.5× the time, i.e. the work grows about linearly. CPU time, not
// wall time, so other processes on the machine do not count against us.
import assert from 'node:assert/strict';

/** CPU milliseconds (user + system) spent by this process while `run` ran. */
export function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}

/** Median CPU time of three runs. */
export function medianCpuMs(run: () => void): number {
  const times = [cpuMs(run), cpuMs(run), cpuMs(run)].sort((a, b) => a - b);
  return times[1]!;
}

export interface GrowthOptions {
  /** Allowed ratio t(2n) / t(n). */
  ratio?: number;
  /** Below this many ms at 2n, timer noise dominates and any ratio passes. */
  floorMs?: number;
  /** Hard ceiling for t(2n), so a quadratic input that happens to double gracefully still fails. */
  maxMs?: number;
}

/**
 * Asserts that `work(build(2n))` takes at most `ratio` × `work(build(n))` CPU time (median of 3).
 * Inputs are built outside the timed part. Returns both times for reports.
 */
export function assertLinearGrowth<T>(label: string, build: (n: number) => T, work: (input: T) => unknown, n: number, options: GrowthOptions = {}): { small: number; large: number } {
  const { ratio = 2.5, floorMs = 20, maxMs = 2_000 } = options;
  const smallInput = build(n);
  const largeInput = build(2 * n);
  work(smallInput); // warm up: compile the code paths before timing them
  let small = 0;
  let large = 0;
  let leastSmall = Infinity;
  let leastLarge = Infinity;
  const passes = (atN: number, at2n: number) => at2n <= maxMs && (at2n < floorMs || at2n <= ratio * Math.max(atN, 1));
  // Up to five measurements before failing: on a shared machine (a full test run under coverage, other
  // processes) one unlucky pair can look super-linear; a quadratic workload fails every one. The least
  // time of each size over the attempts so far is tried too: a garbage collection that falls on a run
  // (late in a full test run, with a large heap) inflates it, never shrinks it, and a quadratic
  // workload's least times still grow 4× per doubling.
  for (let attempt = 0; attempt < 5; attempt++) {
    small = medianCpuMs(() => work(smallInput));
    large = medianCpuMs(() => work(largeInput));
    leastSmall = Math.min(leastSmall, small);
    leastLarge = Math.min(leastLarge, large);
    if (passes(small, large)) break;
    if (passes(leastSmall, leastLarge)) {
      small = leastSmall;
      large = leastLarge;
      break;
    }
  }
  assert.ok(large <= maxMs, `${label}: ${large.toFixed(1)} ms at 2n=${2 * n} (ceiling ${maxMs} ms)`);
  if (large >= floorMs) {
    assert.ok(large <= ratio * Math.max(small, 1), `${label}: ${small.toFixed(1)} ms at n=${n}, ${large.toFixed(1)} ms at 2n (over ${ratio}×)`);
  }
  return { small, large };
}

/**
 * The smallest size from `start` (doubling, at most `max`) at which `work` takes `targetMs` of CPU,
 * so a growth check measures real work rather than timer noise.
 */
export function calibratedSize<T>(build: (n: number) => T, work: (input: T) => unknown, start: number, max: number, targetMs = 25): number {
  let n = start;
  while (n < max && cpuMs(() => work(build(n))) < targetMs) n *= 2;
  return Math.min(n, max);
}
