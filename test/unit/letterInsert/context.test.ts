import assert from 'node:assert/strict';
import { jurisdictionForCountry, languageForCountry } from '../../../src/core/letterInsert/countries';
import { parseLetterSettings } from '../../../src/core/letterInsert/settings';
import { unfilledInLetters } from '../../../src/core/letterInsert/unfilledInLetters';
import { frontMatterString } from '../../../src/core/markdown/frontMatterValue';

describe('letter insertion: what the document and settings say', () => {
  it('reads a scalar from the front matter, on one line', () => {
    const text = '---\ntitle: x\ncontroller: >\n  Example Corp\n  Ltd\nyear: 2026\n---\n# Body\ncontroller: not this\n';
    assert.equal(frontMatterString(text, 'controller'), 'Example Corp Ltd');
    assert.equal(frontMatterString(text, 'year'), '2026');
    assert.equal(frontMatterString(text, 'missing'), undefined);
    assert.equal(frontMatterString('# No front matter\ncontroller: X\n', 'controller'), undefined);
    assert.equal(frontMatterString('---\ncontroller: [unclosed\n---\n', 'controller'), undefined);
    assert.equal(frontMatterString('---\ncontroller:\n  - a\n---\n', 'controller'), undefined);
  });

  it('validates the sender settings key by key, treating empty as not set', () => {
    const { settings, problems } = parseLetterSettings({ name: ' Ada Lovelace ', email: 'not-an-address', country: 'us-ca' }, 'rightToObject.letters.');
    assert.deepEqual(settings, { name: 'Ada Lovelace', country: 'US-CA' });
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.setting, 'rightToObject.letters.email');
    assert.match(problems[0]?.message ?? '', /e-mail/);
    assert.deepEqual(parseLetterSettings({ name: '', email: '  ', country: undefined }, 'p.'), { settings: {}, problems: [] });
    assert.equal(parseLetterSettings({ name: 42, country: 'Germany' }, 'p.').problems.length, 2);
  });

  it('maps a country to the regime and language offered first', () => {
    assert.equal(jurisdictionForCountry('DE'), 'eu-gdpr');
    assert.equal(jurisdictionForCountry('no'), 'eu-gdpr');
    assert.equal(jurisdictionForCountry('GB'), 'uk-gdpr');
    assert.equal(jurisdictionForCountry('US-CA'), 'us-ca');
    assert.equal(jurisdictionForCountry('US'), undefined);
    assert.equal(jurisdictionForCountry('CA-QC'), 'ca-qc');
    assert.equal(jurisdictionForCountry('CA-ON'), 'ca-pipeda');
    assert.equal(languageForCountry('AT'), 'de');
    assert.equal(languageForCountry('BR'), 'pt');
    assert.equal(languageForCountry('GB'), undefined);
  });

  it('finds unfilled markers only inside letters, with document offsets', () => {
    const prose = 'See [[wiki: a link]] here.\n';
    const letter = '<!-- right-to-object:letter eu-gdpr-21-1-en sent=2026-01-05 -->\n[[name: your full name]]\n';
    const found = unfilledInLetters(prose + letter);
    assert.equal(found.length, 1);
    const start = prose.length + letter.indexOf('[[');
    assert.deepEqual(found[0], { field: 'name', label: 'your full name', start, end: start + '[[name: your full name]]'.length });
    assert.deepEqual(unfilledInLetters('[[name: your full name]] without a letter marker'), []);
  });
});
