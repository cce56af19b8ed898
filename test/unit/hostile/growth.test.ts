import assert from 'node:assert/strict';
import { assertLinearGrowth } from './growth';

// The growth check itself: it must tell quadratic work from linear work, or every budget built on it proves nothing.
describe('hostile input: the growth check', () => {
  /** Sums over every pair (quadratic) or every item (linear) of an array of n numbers. */
  const pairs = (values: number[]) => {
    let sum = 0;
    for (const a of values) for (const b of values) sum += a ^ b;
    return sum;
  };
  const items = (values: number[]) => {
    let sum = 0;
    for (let round = 0; round < 2_000; round++) for (const a of values) sum += a ^ round;
    return sum;
  };
  const numbers = (n: number) => Array.from({ length: n }, (_, i) => i);

  it('fails a workload that grows quadratically', () => {
    assert.throws(() => assertLinearGrowth('pairs', numbers, pairs, 3_000), /pairs: .*\(over 2\.5×\)|pairs: .*ceiling/);
  });

  it('passes a workload that grows linearly', () => {
    assertLinearGrowth('items', numbers, items, 20_000);
  });
});
