// The non-Unicode twin of a /iu regex is used only where it answers as the original does: on text
// with "ſ", "K" (folded to s and k only under /u) or surrogate pairs, and for patterns whose
// meaning /u changes, the original is kept.
import assert from 'node:assert/strict';
import { caseless, caselessFor, readingDocument, type DocumentReading } from '../../src/core/text/asciiCaseless';

describe('caselessFor (ASCII fast path for /iu regexes)', () => {
  const pattern = /\bsee\s+section\b/iu;

  it('uses the faster twin without /u on plain text, with the same answers', () => {
    const text = 'Please SEE Section 4.';
    const chosen = caselessFor(pattern, text);
    assert.notEqual(chosen, pattern);
    assert.equal(chosen.flags, 'i');
    assert.equal(chosen.test(text), pattern.test(text));
    assert.equal(caselessFor(pattern, 'see sections').test('see sections'), false);
  });

  it('keeps the original on text where /u changes the answer: ſ, K and surrogate pairs', () => {
    const longS = 'see ſection 4';
    assert.equal(pattern.test(longS), true);
    assert.equal(new RegExp(pattern.source, 'i').test(longS), false, 'the twin alone would miss it');
    assert.equal(caselessFor(pattern, longS), pattern);
    assert.equal(caselessFor(pattern, longS).test(longS), true);
    const kelvin = /\bkeep\b/iu;
    assert.equal(caselessFor(kelvin, '\u212Aeep it').test('\u212Aeep it'), true);
    const counted = /^[^.]{0,3}x/iu;
    const emoji = '😀😀x';
    assert.equal(caselessFor(counted, emoji), counted);
    assert.equal(caselessFor(counted, emoji).test(emoji), counted.test(emoji));
  });

  it('keeps the original for patterns /u changes: property escapes, \\u{…}, non-ASCII letters (written or escaped), or without /iu', () => {
    for (const kept of [/\p{Lu}x/iu, /\u{1F600}/iu, /straße/iu, /stra\u00dfe/iu, /see/u, /see/i]) assert.equal(caselessFor(kept, 'plain text'), kept, String(kept));
    // Punctuation outside ASCII has no case: the twin is still used.
    const quoted = /see[“"]/iu;
    assert.notEqual(caselessFor(quoted, 'plain text'), quoted);
  });

  describe('readingDocument (one scan of the document for the texts read from it)', () => {
    const document = `We may share data with partners. ${'Plain policy text. '.repeat(200)}`;

    it('inside a clean document, uses the twin for its texts without scanning each', () => {
      const chosen = readingDocument(document, 100, () => caselessFor(pattern, document.slice(0, 20)));
      assert.equal(chosen.flags, 'i');
      // Outside the call, texts are scanned one by one again: a text with "ſ" keeps the original.
      assert.equal(caselessFor(pattern, 'see ſection'), pattern);
    });

    it('falls back to scanning each text when the document holds a character /u folds (ſ, K, surrogates)', () => {
      for (const odd of ['see ſection 4', 'the \u212Aelvin sign', 'an emoji 😀']) {
        const withOdd = `${document}${odd}`;
        const answers = readingDocument(withOdd, 100, () => ({ odd: caselessFor(pattern, odd), plain: caselessFor(pattern, 'see section') }));
        assert.equal(answers.odd, pattern, odd);
        assert.equal(answers.plain.flags, 'i');
      }
      assert.equal(
        readingDocument('see ſection 4', 100, () => caselessFor(pattern, 'see ſection 4').test('see ſection 4')),
        true,
      );
    });

    it('scans a long document only once its findings add up, across the parts of one run (memo)', () => {
      const long = 'plain policy text '.repeat(60_000); // about a megabyte
      const memo: DocumentReading = { findings: 0 };
      // A text that is not the document's shows which mode the call ran in: scanned each (the
      // original pattern, for its "ſ"), or taken from a clean document (the twin).
      const modeOf = (findings: number) => readingDocument(long, findings, () => caselessFor(pattern, 'see ſection'), memo);
      assert.equal(modeOf(10), pattern, 'few findings: each text scanned');
      assert.equal(modeOf(10), pattern);
      assert.equal(modeOf(200).flags, 'i', 'once they add up to a finding per 10,000 characters, the document is scanned once');
      assert.equal(memo.clean, true);
      assert.equal(modeOf(1).flags, 'i');
    });

    it('clears its state when the reading throws', () => {
      assert.throws(() =>
        readingDocument(document, 100, () => {
          throw new Error('a check failed');
        }),
      );
      assert.equal(caselessFor(pattern, 'see ſection'), pattern);
    });
  });

  describe('caseless (a /iu pattern that runs its twin wherever it is used)', () => {
    const written = /\bsee\s+(section|part)\b/iu;
    const pattern = caseless(written);

    it('answers as the written pattern, with test, exec, replace and search, on plain and on odd text', () => {
      for (const text of ['Please SEE Section 4.', 'see ſection 4', 'see \u212Aart', '😀 see part 2', 'nothing here']) {
        assert.equal(pattern.test(text), written.test(text), text);
        assert.deepEqual(pattern.exec(text)?.slice(), written.exec(text)?.slice(), text);
        assert.equal(text.replace(pattern, '§'), text.replace(written, '§'), text);
        assert.equal(text.search(pattern), text.search(written), text);
      }
      assert.equal(pattern.source, written.source);
      assert.equal(pattern.flags, 'iu');
    });

    it('refuses patterns that keep a lastIndex or that /u changes', () => {
      assert.throws(() => caseless(/see/giu), /lastIndex/);
      assert.throws(() => caseless(/\p{Lu}see/iu), /no twin/);
      assert.throws(() => caseless(/straße/iu), /no twin/);
      assert.throws(() => caseless(/see/u), /no twin/);
    });
  });
});
