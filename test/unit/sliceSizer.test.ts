import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SliceSizer } from '../../src/core/vague/sliceSizer';

const SIZING = { budgetMs: 16, firstSize: 4096, minSize: 1024, maxSize: 65536 };

describe('SliceSizer', () => {
  it('starts at the first size', () => {
    assert.equal(new SliceSizer(SIZING).nextSize, 4096);
    assert.equal(new SliceSizer({ ...SIZING, firstSize: 10 }).nextSize, 1024, 'clamped to the minimum');
  });

  it('grows at most twofold per fast slice, up to the maximum', () => {
    const sizer = new SliceSizer(SIZING);
    const sizes = [];
    for (let i = 0; i < 6; i++) {
      sizer.record(sizer.nextSize, 0); // under the clock's resolution
      sizes.push(sizer.nextSize);
    }
    assert.deepEqual(sizes, [8192, 16384, 32768, 65536, 65536, 65536]);
  });

  it('shrinks at once to what fits half the budget at the last speed', () => {
    const sizer = new SliceSizer(SIZING);
    sizer.record(4096, 32); // 128 characters per ms: 8 ms hold 1024
    assert.equal(sizer.nextSize, 1024);
    sizer.record(1024, 2); // 512 per ms: 4096 fit, but growth is at most twofold
    assert.equal(sizer.nextSize, 2048);
    sizer.record(2048, 2); // 1024 per ms: 8192 fit, and 4096 is twice the last
    assert.equal(sizer.nextSize, 4096);
  });

  it('never leaves the limits, and a slice at the measured speed fits half the budget [property]', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 200_000 }), fc.integer({ min: 0, max: 500 })), { minLength: 1, maxLength: 30 }), (slices) => {
        const sizer = new SliceSizer(SIZING);
        for (const [chars, ms] of slices) {
          sizer.record(chars, ms);
          const size = sizer.nextSize;
          assert.ok(size >= SIZING.minSize && size <= SIZING.maxSize, `${size}`);
          if (ms > 0 && size > SIZING.minSize) assert.ok((size * ms) / chars <= SIZING.budgetMs / 2 + 1e-9, `${size} chars at ${chars}/${ms} per ms`);
        }
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});
