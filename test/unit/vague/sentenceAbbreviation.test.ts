// The dot after an abbreviation does not end a sentence. isAbbreviationDot looks up the word before
// the dot first and runs ABBREVIATION only for words it could end; its answers must be the
// pattern's own, on any text.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ABBREVIATION, isAbbreviationDot, sentenceAround } from '../../../src/core/vague/context/sentence';

/** The pattern's answer, as the sentence splitter asked it before the look-up. */
function byPattern(text: string, dot: number): boolean {
  return ABBREVIATION.test(text.slice(Math.max(0, dot - 8), dot));
}

const PIECES = [
  'e.g',
  'i.e',
  'E.G',
  'etc',
  'Inc',
  'art',
  'Art',
  'Arts',
  'u.s',
  'U.S',
  'z. B',
  'z.B',
  'o. ä',
  'o. Ä',
  'ſt',
  'ſ',
  'sſ',
  '\u212A',
  'data',
  'policy',
  'co',
  'Co',
  'eco',
  'pp',
  'ppp',
  'x',
  'é',
  'café',
  '😀',
  '1',
  ' ',
  '  ',
  '\n',
  '(',
  '-',
  ',',
  '.',
  'v',
  'vs',
  'ca',
  'Ca',
  'usw',
  'bzw',
];

describe('sentence splitting: abbreviations', () => {
  it('isAbbreviationDot answers as ABBREVIATION does, at every dot of random texts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (pieces) => {
        const text = `${pieces.join('')}. Next`;
        for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) assert.equal(isAbbreviationDot(text, dot), byPattern(text, dot), JSON.stringify(text.slice(0, dot + 1)));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps sentences whole across abbreviations, in English and German', () => {
    const text = 'We share data with partners, e.g. Google Inc. and others. Next sentence. Wir teilen Daten z. B. mit Partnern. Ende.';
    const at = (phrase: string): string => {
      const start = text.indexOf(phrase);
      const span = sentenceAround(text, start, start + phrase.length);
      return text.slice(span.start, span.end).trim();
    };
    assert.equal(at('partners'), 'We share data with partners, e.g. Google Inc. and others.');
    assert.equal(at('Partnern'), 'Wir teilen Daten z. B. mit Partnern.');
    assert.equal(at('Next'), 'Next sentence.');
  });
});
