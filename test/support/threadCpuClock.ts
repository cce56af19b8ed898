// Test-only (see lintTimings.ts): the CPU time of the extension host's main thread, in
// milliseconds: what the extension's own synchronous work costs it, without the time the operating
// system gave to other processes and without the engine's background threads (compilers,
// concurrent garbage collection). Node only: the web-worker tests do not measure steps.
import { closeSync, openSync, readSync } from 'node:fs';

export interface ThreadCpuClock {
  /** Milliseconds of CPU time so far, on the thread that calls it. */
  readonly read: () => number;
  /** Where the figure comes from, for reports. */
  readonly source: 'thread' | 'process';
  dispose(): void;
}

type CpuUsage = () => { user: number; system: number };

export function createThreadCpuClock(): ThreadCpuClock | undefined {
  // Node 23.9 and later: getrusage(RUSAGE_THREAD).
  const threadCpuUsage = (process as { threadCpuUsage?: CpuUsage }).threadCpuUsage;
  if (typeof threadCpuUsage === 'function') return { read: () => millisecondsOf(threadCpuUsage.call(process)), source: 'thread', dispose: () => undefined };
  const linux = linuxThreadClock();
  if (linux) return linux;
  // Elsewhere: the whole process, background threads included, which errs on the high side.
  return { read: () => millisecondsOf(process.cpuUsage()), source: 'process', dispose: () => undefined };
}

/** Node reports CPU time in microseconds. */
function millisecondsOf(usage: { user: number; system: number }): number {
  return (usage.user + usage.system) / 1000;
}

/**
 * Linux: the first field of /proc/thread-self/schedstat is the thread's run time in nanoseconds,
 * brought up to date at least at every scheduler tick (so it may lag by up to one tick, 1 to 10 ms
 * depending on the kernel; here it matched spins of 2 to 20 ms within 0.2 ms). The file is
 * opened once, on the calling (main) thread, and read again from offset 0.
 */
function linuxThreadClock(): ThreadCpuClock | undefined {
  if (process.platform !== 'linux') return undefined;
  let fd: number | undefined;
  try {
    fd = openSync('/proc/thread-self/schedstat', 'r');
    const buffer = Buffer.alloc(128);
    const opened = fd;
    const read = () => {
      const length = readSync(opened, buffer, 0, buffer.length, 0);
      return Number(buffer.toString('latin1', 0, length).split(' ', 1)[0]) / 1e6;
    };
    if (!Number.isFinite(read())) throw new Error('unreadable schedstat');
    return {
      read,
      source: 'thread',
      dispose: () => closeSync(opened),
    };
  } catch {
    if (fd !== undefined) closeSync(fd);
    return undefined; // no procfs, or schedstat not built into this kernel
  }
}
