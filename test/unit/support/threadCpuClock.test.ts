import assert from 'node:assert/strict';
import { createThreadCpuClock } from '../../support/threadCpuClock';

describe('threadCpuClock (Node)', () => {
  const clock = createThreadCpuClock();
  after(() => clock?.dispose());

  it('measures the thread itself on Linux, where the tests run', function () {
    if (process.platform !== 'linux') this.skip();
    assert.equal(clock?.source, 'thread');
  });

  it('does not count a wait that uses no CPU', () => {
    assert.ok(clock);
    const before = clock.read();
    // Blocks this thread for 60 ms without running, like a process waiting for a busy core.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60);
    const waited = clock.read() - before;
    assert.ok(waited >= 0 && waited < 20, `${waited} ms counted for a 60 ms wait`);
  });

  it('counts busy work, within a scheduler tick', () => {
    assert.ok(clock);
    const before = clock.read();
    const began = Date.now();
    while (Date.now() < began + 60) {
      // spin: CPU time on this thread
    }
    const spent = clock.read() - before;
    const wall = Date.now() - began;
    // The kernel updates the figure at each tick (at most 10 ms apart), and a loaded machine may
    // take the core away for a while, so only a generous share of the spin must show.
    assert.ok(spent >= 15 && spent <= wall + 10, `${spent} ms counted for ${wall} ms of spinning`);
  });
});
