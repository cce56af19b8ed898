import assert from 'node:assert/strict';
import { fillLetter, InvalidFieldError, MissingFieldsError } from '../../../src/core/letters/fill';
import { getLetter, listLetters } from '../../../src/core/letters/registry';

const BASE = { name: 'Jane Doe', controller: 'ACME Ltd' };
const GROUNDS = 'I am a domestic-violence survivor;\nmy address must not be profiled.';

function missingFields(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof MissingFieldsError) return error.fields;
    throw error;
  }
  assert.fail('expected MissingFieldsError');
}

describe('letters: fillLetter', () => {
  it('cannot produce an Art. 21(1) letter without grounds, in any language', () => {
    const article211 = listLetters().filter((l) => /^eu-gdpr-21-1-(ai-)?[a-z]{2}$/.test(l.id));
    assert.ok(article211.length >= 14);
    for (const letter of article211) {
      assert.deepEqual(
        missingFields(() => fillLetter(letter, BASE, '2026-11-29')),
        ['grounds'],
        letter.id,
      );
      assert.deepEqual(
        missingFields(() => fillLetter(letter, { ...BASE, grounds: ' \n\t ' }, '2026-11-29')),
        ['grounds'],
        letter.id,
      );
    }
  });

  it('names every missing required field, in declaration order, in the error message', () => {
    const letter = getLetter('eu-gdpr-21-1-en');
    try {
      fillLetter(letter, {}, '2026-11-29');
      assert.fail('expected an error');
    } catch (error) {
      assert.ok(error instanceof MissingFieldsError);
      assert.deepEqual(error.fields, ['name', 'controller', 'grounds']);
      assert.match(error.message, /grounds \(describe your particular situation\)/);
      assert.equal(error.letterId, 'eu-gdpr-21-1-en');
    }
  });

  it('fills the letter, dates the marker and counts the reply date from the letter date', () => {
    const text = fillLetter(getLetter('eu-gdpr-21-1-en'), { ...BASE, grounds: GROUNDS, date: '2026-01-31' }, '2026-11-29');
    assert.ok(text.startsWith('<!-- right-to-object:letter eu-gdpr-21-1-en sent=2026-01-31 to=ACME Ltd -->\n'));
    assert.ok(text.includes('I am a domestic-violence survivor;\nmy address must not be profiled.'));
    assert.ok(text.includes('that is 2 March 2026.'), 'one month, then Saturday 28 Feb moved to Monday');
    assert.ok(!/\{\{|\}\}|\[\[|undefined/.test(text));
    // The signature, then the end marker: the letter's extent, which the linter leaves alone.
    assert.ok(text.endsWith('Jane Doe\n<!-- /right-to-object:letter -->\n'));
  });

  it('uses today when no date is given', () => {
    const text = fillLetter(getLetter('eu-gdpr-21-2-en'), BASE, { year: 2026, month: 8, day: 1 });
    assert.ok(text.includes('sent=2026-08-01'));
    assert.ok(text.includes('that is 1 September 2026.'));
  });

  it('leaves out the line of an optional field that is empty, and keeps it when given', () => {
    const letter = getLetter('eu-gdpr-21-2-en');
    const without = fillLetter(letter, BASE, '2026-11-29');
    assert.ok(!without.includes('Customer or account reference'));
    assert.ok(!without.includes('\n\n\n'));
    assert.ok(without.startsWith('<!-- right-to-object:letter eu-gdpr-21-2-en sent=2026-11-29 to=ACME Ltd -->\nJane Doe\n\n29 November 2026\n'));
    const withRef = fillLetter(letter, { ...BASE, reference: 'C-1234', email: 'jane@example.org' }, '2026-11-29');
    assert.ok(withRef.includes('Customer or account reference: C-1234'));
    assert.ok(withRef.includes('Jane Doe  \njane@example.org\n'));
  });

  it('keeps a multi-line value inside its list item', () => {
    const text = fillLetter(
      getLetter('eu-gdpr-77-en'),
      { ...BASE, authority: 'Data Protection Commission', sentDate: '2026-08-01', facts: 'No reply.\nA newsletter arrived on 2026-09-10.' },
      '2026-11-29',
    );
    assert.ok(text.includes('- No reply.\n  A newsletter arrived on 2026-09-10.'));
    assert.ok(text.includes('that period ended on 1 September 2026.'));
  });

  it('rejects malformed dates and unknown choices', () => {
    assert.throws(
      () => fillLetter(getLetter('eu-gdpr-12-3-reminder-en'), { ...BASE, sentDate: '01/08/2026' }, '2026-11-29'),
      (error: unknown) => error instanceof InvalidFieldError && error.field === 'sentDate',
    );
    assert.throws(
      () => fillLetter(getLetter('jp-appi-35-en'), { ...BASE, grounds: 'x', remedy: 'delete everything', breach: 'was acquired in violation of Article 20 of the Act' }, '2026-11-29'),
      (error: unknown) => error instanceof InvalidFieldError && error.field === 'remedy',
    );
  });

  it('fills every letter in the catalogue when every field is given', () => {
    for (const letter of listLetters()) {
      const values: Record<string, string> = {};
      for (const p of letter.placeholders) {
        values[p.name] = p.kind === 'date' ? '2026-03-02' : p.kind === 'choice' ? (p.options?.[0] ?? '') : `value of ${p.name}`;
      }
      const text = fillLetter(letter, values, '2026-11-29');
      assert.ok(!/\{\{|\}\}|\[\[/.test(text), letter.id);
      for (const p of letter.placeholders) {
        assert.ok(text.includes(values[p.name] ?? '\u0000'), `${letter.id}: ${p.name}`);
      }
    }
  });
});
