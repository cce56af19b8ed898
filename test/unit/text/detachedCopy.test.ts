// #18 (memory of a large lint): a finding's message quotes a phrase cut from the text it was matched
// in (a slice's masked copy); in V8 a slice points into its source, so each message kept that whole
// copy alive. The message must hold only its own characters.
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { detachedCopy } from '../../../src/core/text/detachedCopy';
import { quoteMatched } from '../../../src/core/vague/quoteMatched';

/** V8's collector, made callable in this process (mocha is not started with --expose-gc). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const MIB = 1024 * 1024;

/** Heap in use, after a full collection, while `keep` is alive. */
function heapWhileKept<T>(make: () => T): { kept: T; heap: number } {
  const gc = collector();
  const kept = make();
  /$/.test(''); // RegExp.input, V8's record of the last text a regular expression ran on, would keep it too
  gc();
  return { kept, heap: process.memoryUsage().heapUsed };
}

describe('detachedCopy', () => {
  it('returns the same characters', () => {
    for (const text of ['', 'a', 'personal information', '😀 d’autres « partenaires »', 'x'.repeat(100)]) assert.equal(detachedCopy(text), text);
  });

  it('keeps nothing of the text a quoted phrase was cut from', () => {
    const gc = collector();
    gc();
    const before = process.memoryUsage().heapUsed;
    const { kept, heap } = heapWhileKept(() => {
      // 16 MiB of text in V8's heap, as one flat string (not a rope of repeats, not an external string).
      const text = new Array<string>((16 * MIB) / 32).fill('Shared with intermediaries, etc.').join('');
      const start = text.indexOf('intermediaries', 1000);
      // One word of 13 or more characters: V8 would point into the text rather than copy it.
      return quoteMatched('“partners” does not name who receives the data.', text.slice(start, start + 'intermediaries'.length));
    });
    assert.equal(kept, '“intermediaries” does not name who receives the data.');
    assert.ok(heap - before < 4 * MIB, `the message kept ${((heap - before) / MIB).toFixed(1)} MiB alive`);
  });
});
