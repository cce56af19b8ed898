import assert from 'node:assert/strict';
import { fillLetter } from '../../../src/core/letters/fill';
import { formatLetterDate } from '../../../src/core/letters/letterDate';
import { getLetter } from '../../../src/core/letters/registry';
import { LANGUAGES } from '../../../src/core/letters/schema';

describe('letters: dates in letter bodies, per language', () => {
  it('writes 30 April 2026 as each language writes it', () => {
    const expected = {
      en: '30 April 2026',
      de: '30. April 2026',
      fr: '30 avril 2026',
      nl: '30 april 2026',
      es: '30 de abril de 2026',
      it: '30 aprile 2026',
      pl: '30 kwietnia 2026 r.',
      pt: '30 de abril de 2026',
    } as const;
    for (const language of LANGUAGES) assert.equal(formatLetterDate('2026-04-30', language), expected[language], language);
  });

  it('writes the first of the month as French and Italian do', () => {
    assert.equal(formatLetterDate('2026-05-01', 'fr'), '1er mai 2026');
    assert.equal(formatLetterDate('2026-05-01', 'it'), '1° maggio 2026');
    assert.equal(formatLetterDate('2026-05-01', 'de'), '1. Mai 2026');
  });

  it('puts localised dates in the body and keeps the marker ISO, in every EU language', () => {
    const words = { en: '4 May 2026', de: '4. Mai 2026', fr: '4 mai 2026', nl: '4 mei 2026', es: '4 de mayo de 2026', it: '4 maggio 2026', pl: '4 maja 2026 r.' } as const;
    for (const [language, due] of Object.entries(words)) {
      const text = fillLetter(getLetter(`eu-gdpr-21-2-${language}`), { name: 'Jane Doe', controller: 'ACME', date: '2026-04-01' }, '2026-11-29', {
        received: 'same-day',
        controllerCountry: 'FR',
      });
      assert.ok(text.startsWith(`<!-- right-to-object:letter eu-gdpr-21-2-${language} sent=2026-04-01 received=2026-04-01 country=FR to=ACME -->\n`), language);
      assert.ok(text.includes(due), `${language}: ${due}`);
      assert.ok(!/\n[^<]*2026-0[45]-0[14]/.test(text), `${language}: no ISO date in the body`);
    }
  });
});

describe('letters: native business salutations', () => {
  it('Spanish letters open with "Estimados señores:", Italian ones with "Gentili Signori," after "Spett.le"', () => {
    for (const key of ['21-1', '21-2', '21-1-ai', '7-3', '12-3-reminder', '77', '12-2']) {
      const es = getLetter(`eu-gdpr-${key}-es`).template;
      const it = getLetter(`eu-gdpr-${key}-it`).template;
      assert.ok(es.includes('\nEstimados señores:\n'), `es ${key}`);
      assert.ok(!es.includes('Muy señores míos'), `es ${key}`);
      assert.ok(it.includes('\nGentili Signori,\n'), `it ${key}`);
    }
    assert.ok(getLetter('eu-gdpr-21-1-it').template.includes('Spett.le {{controller}}'));
  });
});
