// The web worker has no CPU clock: steps are measured in wall-clock time only (see stepClock.ts).
import type { ThreadCpuClock } from './threadCpuClock';

export function createThreadCpuClock(): ThreadCpuClock | undefined {
  return undefined;
}
