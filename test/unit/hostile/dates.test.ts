// Issue #19, dates at the edges: one impossible marker date must not cost the other letters, a
// letter date outside the supported range is refused at the input, and walkthrough dates in
// years 0001-0099 are dates.
import assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/main';
import { fillLetter, followUpsInText, getLetter, InvalidFieldError } from '../../../src/core/letters';
import { SUPPORTED_DATES } from '../../../src/core/letters/dates';
import { dayNumber } from '../../../src/core/text/isoDate';
import { isIsoDate } from '../../../src/core/letters';
import { deadlineState } from '../../../src/core/walkthrough/deadline';
import { fakeIo } from '../fakeCliIo';

const marker = (sent: string) => `<!-- right-to-object:letter eu-gdpr-21-1-en sent=${sent} -->\nDear Sir or Madam,\n\n`;

describe('hostile input: dates at the edges (#19)', () => {
  it('a marker dated 9999-12-31 is skipped with a note; the genuine letter keeps its follow-up', () => {
    for (const bad of ['9999-12-31', '9999-01-01']) {
      const found = followUpsInText(`${marker('2026-10-01')}${marker(bad)}`, '2026-12-04');
      assert.equal(found.length, 2);
      assert.ok(found[0]!.plan, 'the genuine letter is planned');
      assert.equal(found[1]!.plan, undefined);
      assert.match(found[1]!.skipped ?? '', /9999/);
    }
  });

  it('refuses a letter date outside the supported range, naming the range', () => {
    const letter = getLetter('eu-gdpr-21-1-en');
    const values = { name: 'A', controller: 'B', grounds: 'C' };
    assert.throws(
      () => fillLetter(letter, { ...values, date: '9999-12-31' }, '2026-12-04'),
      (error: unknown) => error instanceof InvalidFieldError && error.message.includes(SUPPORTED_DATES.last),
    );
    assert.doesNotThrow(() => fillLetter(letter, { ...values, date: SUPPORTED_DATES.last }, '2026-12-04'));
  });

  it('the command line says which dates it supports, not an internal "10000-1-31"', async () => {
    const io = fakeIo();
    const code = await runCli(['letter', 'eu-gdpr-21-1-en', '--date', '9999-12-31', '--name', 'A', '--controller', 'B', '--grounds', 'C'], io);
    assert.equal(code, 2);
    assert.doesNotMatch(io.err, /10000/);
    assert.match(io.err, /0001-01-01 to 9998-12-31/);
  });

  it('walkthrough dates in years 0001-0099 are calendar dates', () => {
    assert.equal(dayNumber('0001-01-01'), -719_162);
    assert.equal(dayNumber('0050-03-01')! - dayNumber('0050-02-28')!, 1);
    assert.equal(dayNumber('0099-12-31')! + 1, dayNumber('0100-01-01'));
    assert.equal(dayNumber('0004-02-29')! + 1, dayNumber('0004-03-01'));
    assert.equal(dayNumber('0100-02-29'), undefined, 'year 100 is not a leap year');
  });

  it('a walkthrough reads a date as a letter does: 0000-01-01 is not one', () => {
    // The walkthrough's own copy of the check took year 0; the letters never did.
    for (const text of ['0000-01-01', '0000-12-31', '2026-02-30', '2026-1-5', '10000-01-01']) {
      assert.equal(dayNumber(text), undefined, text);
      assert.equal(isIsoDate(text), false, text);
      assert.equal(deadlineState(text, '2026-12-04'), 'none', text);
    }
    for (const text of ['0001-01-01', '2024-02-29', '9999-12-31']) assert.equal(isIsoDate(text), true, text);
    assert.equal(dayNumber('1970-01-01'), 0);
  });
});
