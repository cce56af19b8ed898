import assert from 'node:assert/strict';
import { companyNotices, loadDirectory, recipientBlock, suggestedMedium, type Company } from '../../../src/core/directory/index';
import { escapeMarkdownLine } from '../../../src/core/text/markdownEscape';

const base: Company = { slug: 'acme', name: 'ACME *Data* Ltd', address: 'Unit 4\n1. Floor\n# 12 Road\nLondon', countries: ['gb'] };

describe('directory: recipient block', () => {
  it('writes name, address, e-mail and web form with Markdown hard breaks', () => {
    const block = recipientBlock({ ...base, email: 'privacy@acme.example', webform: 'https://acme.example/privacy' });
    assert.equal(block, 'ACME \\*Data\\* Ltd  \nUnit 4  \n1\\. Floor  \n\\# 12 Road  \nLondon  \n<privacy@acme.example>  \n<https://acme.example/privacy>');
  });

  it('leaves out what the record lacks and writes an IDN address as text', () => {
    assert.equal(recipientBlock({ ...base, name: 'Müller GmbH', address: 'Berlin', email: 'datenschutz@müller.de' }), 'Müller GmbH  \nBerlin  \ndatenschutz@müller.de');
  });

  it('escapes what Markdown would read as formatting', () => {
    assert.equal(escapeMarkdownLine('- Haus B'), '\\- Haus B');
    assert.equal(escapeMarkdownLine('#200-1132 Alberni St.'), '#200-1132 Alberni St.');
    assert.equal(escapeMarkdownLine('a_b [c] <d> `e`'), 'a\\_b \\[c\\] \\<d\\> \\`e\\`');
  });
});

describe('directory: notices before sending', () => {
  it('applies the source default for the medium', () => {
    assert.equal(suggestedMedium({ ...base, email: 'a@b.de' }), 'email');
    assert.equal(suggestedMedium(base), 'letter');
    assert.equal(suggestedMedium({ ...base, medium: 'webform' }), 'webform');
  });

  it('says so when an ID document is demanded and a web form is the route', () => {
    const notices = companyNotices({ ...base, name: 'ACME', needsIdDocument: true, medium: 'webform', webform: 'https://acme.example/form' });
    assert.equal(notices.length, 2);
    assert.match(notices[0] ?? '', /^ACME demands an ID document with every request/);
    assert.match(notices[1] ?? '', /web form: https:\/\/acme\.example\/form/);
  });

  it('points out a different request language, a post-only company and an unchecked record', () => {
    const notices = companyNotices({ ...base, name: 'ACME', language: 'de', quality: 'scraped' }, { letterLanguage: 'en' });
    assert.deepEqual(
      notices.map((n) => n.split(' ').slice(0, 4).join(' ')),
      ['No privacy e-mail address', 'ACME asks for requests', 'This record was collected'],
    );
    assert.match(notices[1] ?? '', /German \(de\); this letter is in English \(en\)/);
    assert.deepEqual(companyNotices({ ...base, email: 'a@b.de', language: 'en' }, { letterLanguage: 'en' }), []);
  });

  it('reads the shipped records: A1 Telekom demands an ID document and has no e-mail address', () => {
    const a1 = loadDirectory().getCompany('a1-austria');
    assert.ok(a1);
    const notices = companyNotices(a1, { letterLanguage: 'en' });
    assert.match(notices.join('\n'), /demands an ID document/);
    assert.match(notices.join('\n'), /send the letter by post/);
    assert.match(notices.join('\n'), /German \(de\)/);
  });
});

describe('directory: authorities by country', () => {
  const directory = loadDirectory();
  const slugs = (code: string) => directory.authoritiesForCountry(code).map((a) => a.slug);

  it('returns the one authority of a country with one', () => {
    assert.deepEqual(slugs('fr'), ['frcnil']);
    assert.deepEqual(slugs('IE'), ['iedpc']);
    assert.deepEqual(slugs('uk'), ['gbico']);
  });

  it('returns every German authority, as the data does not say which supervises companies', () => {
    const german = slugs('de');
    assert.equal(german.length, directory.authorities.filter((a) => a.countries.includes('de')).length);
    assert.ok(german.length > 16);
    assert.ok(german.includes('debfdi') && german.includes('debaylda') && german.includes('deberlbdi'));
  });

  it('returns nothing for an unknown or malformed code', () => {
    assert.deepEqual(slugs('us'), []);
    assert.deepEqual(slugs('deu'), []);
    assert.deepEqual(slugs(''), []);
  });
});
