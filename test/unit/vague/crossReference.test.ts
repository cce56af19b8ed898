// A section pointer right before the phrase makes it a mention. endsInCrossReference looks up the
// last word first and runs the pattern only for words a match can end in: its answers must be the
// pattern's own on the last 60 characters, on any text.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CROSS_REFERENCE_BEFORE, endsInCrossReference } from '../../../src/core/vague/context/crossReference';

const WORDS = [
  'see',
  'See',
  'SEE',
  'ſee',
  'our',
  'the',
  'section',
  'Sections',
  'chapter',
  'part',
  'page',
  'on',
  'about',
  'titled',
  'entitled',
  'untitled',
  'named',
  'Named',
  'headed',
  'called',
  'share',
  'x',
  '(see',
  '.',
];
const SPACES = [' ', '  ', '\u00a0', '\t', '\n', ''];
const ENDINGS = ['', ' ', '"', '“', '‘', ' “', ' "', '  ‘', ',', '(“'];

/** A few words with white space between them, and an ending: the shapes the pattern reads. */
const endings = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SPACES)), { maxLength: 6 }), fc.constantFrom(...ENDINGS))
  .map(([words, ending]) => words.map(([word, space]) => word + space).join('') + ending);

describe('context: a section pointer before the phrase', () => {
  it('answers as the pattern does, on random endings', () => {
    fc.assert(
      fc.property(endings, (before) => {
        assert.equal(endsInCrossReference(before), CROSS_REFERENCE_BEFORE.test(before.slice(-60)), JSON.stringify(before));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds pointers and leaves ordinary text', () => {
    assert.equal(endsInCrossReference('For details, see our section on '), true);
    assert.equal(endsInCrossReference('(see “'), true);
    assert.equal(endsInCrossReference('Read the chapter titled “'), true);
    assert.equal(endsInCrossReference('We share data with '), false);
    assert.equal(endsInCrossReference('We rely on '), false);
  });
});
