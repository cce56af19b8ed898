// A pattern with Unicode property escapes runs as its ASCII twin only where the twin answers as the
// full pattern would: on any text, the twinned pattern must give the full pattern's answers.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { asciiPropertySource, asciiTwinned, isPlainChar } from '../../../src/core/text/asciiTwinned';

describe('asciiTwinned (ASCII twin of a pattern with property escapes)', () => {
  it('writes each property escape as its ASCII range, as a class outside one and a range inside', () => {
    assert.equal(asciiPropertySource(String.raw`\p{Lu}[\p{L}\p{N}.-]+\s`), String.raw`[A-Z][A-Za-z0-9.-]+\s`);
    assert.equal(asciiPropertySource(String.raw`[^\p{Ll}\p{M}]x\p{M}`), String.raw`[^a-z]x[]`);
    // An escaped backslash before "p{L}" is a literal, not a property escape.
    assert.equal(asciiPropertySource(String.raw`\\p{L}`), String.raw`\\p{L}`);
    // "[" inside a class is a literal under /u: the class still ends at the first "]".
    assert.equal(asciiPropertySource(String.raw`[[\p{L}]\p{N}`), String.raw`[[A-Za-z][0-9]`);
  });

  it('refuses what it cannot twin exactly: \\P{…}, other properties, global or sticky patterns, patterns without an escape', () => {
    assert.throws(() => asciiPropertySource(String.raw`\P{L}`), /no ASCII twin/);
    assert.throws(() => asciiPropertySource(String.raw`\p{Script=Latin}`), /no ASCII twin/);
    assert.throws(() => asciiTwinned(() => /\p{L}/gu), /lastIndex/);
    assert.throws(() => asciiTwinned(() => /\p{L}/uy), /lastIndex/);
    assert.throws(() => asciiTwinned(() => /[a-z]/u), /no property escape/);
  });

  it('reports the pattern as written, and works through match, replace, search and split', () => {
    const name = asciiTwinned(() => /[\p{Lu}][\p{L}\p{N}]+/u);
    assert.equal(name.source, String.raw`[\p{Lu}][\p{L}\p{N}]+`);
    assert.equal(name.flags, 'u');
    assert.equal(String(name), String.raw`/[\p{Lu}][\p{L}\p{N}]+/u`);
    assert.equal('hosted by Fastly.'.match(name)?.[0], 'Fastly');
    assert.equal('hosted by Ørsted.'.match(name)?.[0], 'Ørsted');
    assert.equal('by Fastly'.replace(name, 'X'), 'by X');
    assert.equal('by Fastly'.search(name), 3);
    assert.deepEqual('a Bc d'.split(asciiTwinned(() => /\s\p{Lu}/u)), ['a', 'c d']);
    const built = asciiTwinned(() => new RegExp(String.raw`^\p{Lu}`, 'u'));
    assert.equal(built.test('Élan'), true);
    assert.equal(built.test('élan'), false);
  });

  it('treats the no-break space and General Punctuation as plain: none of them is a letter, digit or mark', () => {
    for (let code = 0x00a0; code <= 0x206f; code++) {
      const char = String.fromCharCode(code);
      if (isPlainChar(code)) assert.equal(/[\p{L}\p{N}\p{M}]/u.test(char), false, `U+${code.toString(16)}`);
    }
    for (const char of 'We “share” – data’s…') assert.equal(isPlainChar(char.charCodeAt(0)), true, char);
    assert.equal(isPlainChar('é'.charCodeAt(0)), false);
  });

  // Characters where an ASCII class and a property escape could part: accented and other-script
  // letters, ſ and K (folded to s and k under /iu), ª (a letter in Latin-1), ² (a digit), a combining
  // mark, an emoji (a surrogate pair), and the punctuation policies use.
  const alphabet = fc.constantFrom(...'aZk sS09.,-’“”\u00a0\n'.split(''), 'é', 'Ü', 'ſ', '\u212a', 'ª', '²', '\u0301', '😀', 'Ж', 'ß');
  const texts = fc.array(alphabet, { maxLength: 14 }).map((chars) => chars.join(''));
  const patterns: (() => RegExp)[] = [
    () => /[\p{Lu}][\p{L}\p{N}.&-]+/u,
    () => /\bs[\p{Ll}]+\b/iu,
    () => /^[^\p{L}]*k\p{M}?$/iu,
    () => /(?<![\p{L}\p{N}])\p{N}+/u,
    () => /^.{0,3}\p{Lu}/u,
    () => /\p{Ll}\s+\p{Lu}/iu,
  ];
  for (const literal of patterns) {
    it(`gives the full pattern's answers on any text: ${String(literal())}`, () => {
      const twinned = asciiTwinned(literal);
      const full = literal();
      fc.assert(
        fc.property(texts, (text) => {
          assert.equal(twinned.test(text), full.test(text), JSON.stringify(text));
          assert.deepEqual(twinned.exec(text), full.exec(text), JSON.stringify(text));
        }),
        { numRuns: 2000 },
      );
    });
  }
});
