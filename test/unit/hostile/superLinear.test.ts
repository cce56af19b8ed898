// Issue #19, super-linear work: each input below once took seconds (quadratic regular expressions,
// every finding compared with every disable comment). Doubling it must at most ~2.5× the CPU time.
import assert from 'node:assert/strict';
import { mergeLintConfigs } from '../../../src/core/vague/lintConfig';
import { unfilledInLetters } from '../../../src/core/letterInsert/unfilledInLetters';
import { findSentLetters } from '../../../src/core/letters';
import { lintDocument } from '../../../src/core/vague/lintDocument';
import { parseSuppressions } from '../../../src/core/vague/suppressions';
import { assertLinearGrowth } from './growth';

describe('hostile input: super-linear patterns and comparisons (#19)', () => {
  it('an unclosed disable comment followed by a long run of spaces', () => {
    assertLinearGrowth(
      'unclosed disable',
      (n) => `text <!-- right-to-object-disable${' '.repeat(n)}partners`,
      (text) => parseSuppressions(text),
      20_000,
    );
  });

  it('many unclosed disable comments with no ">" after them', () => {
    assertLinearGrowth(
      'many unclosed',
      (n) => '<!-- right-to-object-disable x '.repeat(n / 16),
      (text) => parseSuppressions(text),
      40_000,
    );
  });

  it('a letter marker followed by spaces, with "[[" in the document', () => {
    const build = (n: number) => `[[ <!-- right-to-object:letter x sent=${' '.repeat(n)}`;
    assertLinearGrowth('marker + spaces', build, (text) => unfilledInLetters(text), 20_000);
    assertLinearGrowth('marker scan', build, (text) => findSentLetters(text), 20_000);
  });

  it('many letter markers without a closing "-->"', () => {
    assertLinearGrowth(
      'unclosed markers',
      (n) => '<!-- right-to-object:letter x sent= '.repeat(n / 32),
      (text) => findSentLetters(text),
      40_000,
    );
  });

  it('thousands of disable-line comments, each on a line with a finding', () => {
    const config = mergeLintConfigs({});
    const build = (n: number) => 'our partners <!-- right-to-object-disable-line some-rule -->\n'.repeat(n);
    assertLinearGrowth('disable-line comments', build, (text) => lintDocument(text, { kind: 'plaintext', config }), 3_000, { maxMs: 3_000 });
  });

  it('still reads well-formed comments after the rewrite', () => {
    const text = 'a <!-- right-to-object-disable-line x,y -->\nb <!--right-to-object-disable-->\nCCC\n<!-- right-to-object-enable -->\nDDD';
    const suppressions = parseSuppressions(text);
    assert.equal(suppressions.isSuppressed('x', 0), true);
    assert.equal(suppressions.isSuppressed('z', 0), false);
    assert.equal(suppressions.isSuppressed('z', text.indexOf('CCC')), true);
    assert.equal(suppressions.isSuppressed('z', text.indexOf('DDD')), false);
    assert.deepEqual(
      findSentLetters('<!-- right-to-object:letter a-b sent=2026-01-02 \n -->').map((m) => m.sentDate),
      ['2026-01-02'],
    );
    assert.deepEqual(findSentLetters('<!-- right-to-object:letter a-b sent=2026\n-01-02 -->'), []);
  });
});
