// #20 item 10: the extension's own letters (between their markers) are not linted.
import assert from 'node:assert/strict';
import { DEFAULT_LINT_CONFIG } from '../../../src/core/vague/lintConfig';
import { fillLetter } from '../../../src/core/letters/fill';
import { insertedLetterRanges, LETTER_END_MARKER } from '../../../src/core/letters/marker';
import { getLetter } from '../../../src/core/letters/registry';
import { lintDocument } from '../../../src/core/vague/lintDocument';

const config = { ...DEFAULT_LINT_CONFIG, scope: 'everything' as const };
const VAGUE = 'We may share your data with our partners or otherwise as long as necessary.';

describe('#20 inserted letters are not linted', () => {
  const letter = fillLetter(getLetter('eu-gdpr-21-1-ai-en'), { controller: 'Meta Platforms Ireland Limited', name: 'Ada', grounds: 'My photos are of my children.' }, '2026-12-04');

  it('a letter ends with the end marker', () => {
    assert.ok(letter.trimEnd().endsWith(LETTER_END_MARKER));
  });

  it('the vague sentence is flagged before and after a letter, never inside it', () => {
    const text = `# Notes\n\n${VAGUE}\n\n${letter.replace('I object', `${VAGUE} I object`)}\n${VAGUE}\n`;
    const [letterRange] = insertedLetterRanges(text);
    assert.ok(letterRange);
    const findings = lintDocument(text, { kind: 'markdown', config });
    assert.ok(
      findings.some((f) => f.start < letterRange.start),
      'nothing flagged before the letter',
    );
    assert.ok(
      findings.some((f) => f.start >= letterRange.end),
      'nothing flagged after the letter',
    );
    assert.deepEqual(
      findings.filter((f) => f.start >= letterRange.start && f.start < letterRange.end),
      [],
    );
    // Without the exclusion the letter's own words would be flagged (the test can fail).
    const inside = lintDocument(text.slice(letterRange.start, letterRange.end).replace(/<!--[^>]*-->/g, ''), { kind: 'markdown', config });
    assert.ok(inside.length > 0, 'the letter text itself has findings when linted as prose');
  });

  it('a letter inserted before the end marker existed runs to the next heading or letter', () => {
    const old = letter.replace(`${LETTER_END_MARKER}\n`, '');
    const text = `${old}\n## My notes\n\n${VAGUE}\n`;
    const [range] = insertedLetterRanges(text);
    assert.equal(text.slice(range!.end).startsWith('\n## My notes'), true);
    assert.ok(lintDocument(text, { kind: 'markdown', config }).some((f) => f.start > range!.end));
  });
});
