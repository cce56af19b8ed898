import assert from 'node:assert/strict';
import { parseWalkthrough } from '../../../src/core/walkthrough';

const keys = (steps: string) => parseWalkthrough(`---\ntitle: T\n---\n${steps}\n`).steps.map((s) => s.key);

describe('walkthrough: step keys', () => {
  it('are safe for ids and attributes', () => {
    for (const key of keys('1. a "quoted" <b>\n2. ünïcödé\n3.')) assert.match(key, /^s-[0-9a-f]{16}(?:-\d+)?$/);
  });

  it('survive reordering, renumbering and retagging', () => {
    const [a, b] = keys('1. [find] Find it.\n2. [otp] Enter the code.');
    const [b2, a2] = keys('7. Enter the code.\n8. [link][find] Find it.');
    assert.equal(a2, a);
    assert.equal(b2, b);
  });

  it('ignore reflowed whitespace and letter case but change with the words', () => {
    const [a] = keys('1. Enter the   code.');
    const [b] = keys('1. enter the\n   code.');
    const [c] = keys('1. Enter the other code.');
    assert.equal(a, b);
    assert.notEqual(a, c);
  });

  it('are unique when two steps have the same text', () => {
    const [a, b, c] = keys('1. Wait.\n2. Wait.\n3. Wait.');
    assert.equal(b, `${a}-2`);
    assert.equal(c, `${a}-3`);
  });
});
