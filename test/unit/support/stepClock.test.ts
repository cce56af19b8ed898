import assert from 'node:assert/strict';
import { startStep } from '../../support/stepClock';

/** A wall clock and a CPU clock (both in milliseconds) that the test moves by hand. */
function fakeClocks() {
  const clocks = { wallMs: 1000, cpuMs: 5000 };
  return { clocks, now: () => clocks.wallMs, cpu: () => clocks.cpuMs };
}

describe('stepClock', () => {
  it('counts CPU time, not the time the process waited for a core', () => {
    const { clocks, now, cpu } = fakeClocks();
    const elapsed = startStep(cpu, now);
    clocks.wallMs += 60; // 60 ms passed, the thread ran for 12.4 of them
    clocks.cpuMs += 12.4;
    assert.deepEqual(elapsed(), { busyMs: 12, wallMs: 60 });
  });

  it('never reports more than the wall time (a process-wide clock also counts other threads)', () => {
    const { clocks, now, cpu } = fakeClocks();
    const elapsed = startStep(cpu, now);
    clocks.wallMs += 20;
    clocks.cpuMs += 35;
    assert.deepEqual(elapsed(), { busyMs: 20, wallMs: 20 });
  });

  it('falls back to wall time without a CPU clock (the web worker)', () => {
    const { clocks, now } = fakeClocks();
    const elapsed = startStep(undefined, now);
    clocks.wallMs += 42;
    assert.deepEqual(elapsed(), { busyMs: 42, wallMs: 42 });
  });

  it('measures from its start each time it is read', () => {
    const { clocks, now, cpu } = fakeClocks();
    const elapsed = startStep(cpu, now);
    clocks.wallMs += 5;
    clocks.cpuMs += 5;
    assert.deepEqual(elapsed(), { busyMs: 5, wallMs: 5 });
    clocks.wallMs += 10;
    clocks.cpuMs += 3;
    assert.deepEqual(elapsed(), { busyMs: 8, wallMs: 15 });
  });
});
