// Test-only (see lintTimings.ts): measures how long one synchronous step of the extension kept the
// extension host busy.
//
// Wall-clock time alone also counts the time the operating system gave to other processes: on a
// busy machine (a test run with a browser, a server and the extension host sharing two cores) a
// 10 ms step can take 60 ms of wall time without the extension doing more work. With a CPU clock
// (threadCpuClock.ts), a step's cost is its CPU time, capped at its wall time; garbage-collection
// pauses on the main thread count in both.

export interface StepDuration {
  /** What the step cost the extension host, in milliseconds (see above). */
  busyMs: number;
  /** Wall-clock milliseconds, for reports. */
  wallMs: number;
}

/**
 * Starts timing a step; the returned function gives its duration so far. `cpuMs` reads CPU time in
 * milliseconds; without it, only wall time is known.
 */
export function startStep(cpuMs: (() => number) | undefined, now: () => number = Date.now): () => StepDuration {
  const wallStart = now();
  const cpuStart = cpuMs?.();
  return () => {
    const wallMs = now() - wallStart;
    if (!cpuMs || cpuStart === undefined) return { busyMs: wallMs, wallMs };
    return { busyMs: Math.min(wallMs, Math.round(cpuMs() - cpuStart)), wallMs };
  };
}
