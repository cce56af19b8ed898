import assert from 'node:assert/strict';
import { lineIndex } from '../../src/core/text/lineIndex';

describe('lineIndex', () => {
  it('counts \\n, \\r\\n and lone \\r as line ends', () => {
    const index = lineIndex('a\nb\r\nc\rd');
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(2), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(5), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(7), { line: 3, character: 0 });
  });
  it('round-trips every offset', () => {
    const text = 'x\r\n😀y\n\nz\r';
    const index = lineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a \r\n pair
      assert.equal(index.offsetAt(index.positionAt(offset)), offset, `offset ${offset}`);
    }
  });
  it('clamps out-of-range input', () => {
    const index = lineIndex('ab');
    assert.deepEqual(index.positionAt(99), { line: 0, character: 2 });
    assert.equal(index.offsetAt({ line: 5, character: 9 }), 2);
  });
});
