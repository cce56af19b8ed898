import assert from 'node:assert/strict';
import { countWords, densityPerThousandWords } from '../../src/core/text/wordCount';

describe('word count and density', () => {
  it('counts words with inner apostrophes and hyphens as one', () => {
    assert.equal(countWords("We'll share third-party data, 30 days — über café."), 8);
    assert.equal(countWords('  \n '), 0);
  });
  it('computes findings per 1,000 words', () => {
    assert.equal(densityPerThousandWords(3, 200), 15);
    assert.equal(densityPerThousandWords(1, 3), 333.3);
    assert.equal(densityPerThousandWords(5, 0), 0);
  });
});
