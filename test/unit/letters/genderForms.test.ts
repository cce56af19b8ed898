import assert from 'node:assert/strict';
import { letterCommand } from '../../../src/cli/commands/letter';
import { parseLetterSettings } from '../../../src/core/letterInsert/settings';
import { fillLetter } from '../../../src/core/letters/fill';
import { applyGender, GENDER_FORMS } from '../../../src/core/letters/genderForms';
import { getLetter, listLetters } from '../../../src/core/letters/registry';
import { fakeIo } from '../fakeCliIo';

describe('letters: gendered forms chosen from a setting', () => {
  it('knows every two-form word the letters contain (a new one must be added to GENDER_FORMS)', () => {
    // English has no gendered forms; its "sale/sharing" is the statute's term, not a gender pair.
    for (const letter of listLetters().filter((l) => l.language !== 'en')) {
      const body = letter.template.replace(/https?:\/\/\S+/g, '').replace(/\d+\/\d+/g, '');
      const known = GENDER_FORMS[letter.language].map(([both]) => both);
      const slashWords = body.match(/\p{L}+\/\p{L}+|\p{L}+\(e\)/gu) ?? [];
      for (const word of slashWords) assert.ok(known.includes(word), `${letter.id}: "${word}"`);
    }
  });

  it('resolves Polish, Italian and French forms, and keeps both forms without a setting', () => {
    assert.equal(applyGender('wniosłem/wniosłam', 'pl', 'feminine'), 'wniosłam');
    assert.equal(applyGender('wniosłem/wniosłam', 'pl', 'masculine'), 'wniosłem');
    assert.equal(applyGender('opposto/a', 'it', 'feminine'), 'opposta');
    assert.equal(applyGender('opposé(e)', 'fr', 'feminine'), 'opposée');
    assert.equal(applyGender('wniosłem/wniosłam', 'pl', undefined), 'wniosłem/wniosłam');
  });

  it('fills a Polish letter without slashes when a gender is given', () => {
    const letter = getLetter('eu-gdpr-12-3-reminder-pl');
    const values = { name: 'Anna Nowak', controller: 'ACME', sentDate: '2026-04-01', date: '2026-05-10' };
    const both = fillLetter(letter, values, '2026-05-10');
    assert.match(both, /przesłałem\/przesłałam|otrzymałem\/otrzymałam/);
    const feminine = fillLetter(letter, values, '2026-05-10', { gender: 'feminine' });
    assert.doesNotMatch(feminine, /\p{L}+\/\p{L}+/u);
    assert.match(feminine, /otrzymałam|przesłałam/);
  });

  it('reads the setting and the CLI flag', async () => {
    assert.deepEqual(parseLetterSettings({ grammaticalGender: 'feminine' }, 'x.').settings, { grammaticalGender: 'feminine' });
    assert.equal(parseLetterSettings({ grammaticalGender: 'neuter' }, 'x.').problems.length, 1);
    const io = fakeIo();
    await letterCommand(['eu-gdpr-12-3-reminder-pl', '--name', 'Anna', '--controller', 'ACME', '--sent-date', '2026-04-01', '--gender', 'feminine'], io);
    assert.doesNotMatch(io.out, /\p{L}+\/\p{L}+/u);
  });
});
