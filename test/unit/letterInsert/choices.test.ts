import assert from 'node:assert/strict';
import { jurisdictionChoices, kindChoices, languageChoices, letterFor, preferredFirst } from '../../../src/core/letterInsert/choices';
import { listLetters } from '../../../src/core/letters/registry';

describe('letter insertion: picker choices', () => {
  const letters = listLetters();

  it('puts preferred keys first, in preference order, and keeps the rest in order', () => {
    assert.deepEqual(
      preferredFirst(['a', 'b', 'c', 'd'], (x) => x, ['c', undefined, 'zz', 'b']),
      ['c', 'b', 'a', 'd'],
    );
  });

  it('offers only regimes that have letters, EU first, unless one is preferred', () => {
    const ids = jurisdictionChoices(letters).map((c) => c.id);
    assert.equal(ids[0], 'eu-gdpr');
    assert.ok(ids.includes('uk-gdpr') && ids.includes('us-ca'));
    assert.ok(!ids.includes('in-dpdp'), 'India has no letters');
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(jurisdictionChoices(letters, [undefined, 'uk-gdpr', 'eu-gdpr'])[0]?.id, 'uk-gdpr');
  });

  it('offers the kinds of one regime with a sample in the preferred language', () => {
    const kinds = kindChoices(letters, 'eu-gdpr', ['complaint'], ['de']);
    assert.equal(kinds[0]?.kind, 'complaint');
    assert.equal(kinds[0]?.sample.language, 'de');
    assert.ok(kinds.every((k) => k.sample.jurisdiction === 'eu-gdpr'));
    assert.deepEqual(
      kindChoices(letters, 'uk-gdpr').map((k) => k.sample.language),
      kindChoices(letters, 'uk-gdpr').map(() => 'en'),
    );
  });

  it('offers only the languages that exist for a regime and kind', () => {
    const eu = languageChoices(letters, 'eu-gdpr', 'object-legitimate-interests', ['fr']).map((l) => l.language);
    assert.equal(eu[0], 'fr');
    assert.deepEqual([...eu].sort(), ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl']);
    assert.deepEqual(
      languageChoices(letters, 'us-ca', 'opt-out-sale-sharing').map((l) => l.id),
      ['us-ca-1798-120-en'],
    );
  });

  it('finds the letter of a complete selection, or nothing for a combination that does not exist', () => {
    assert.equal(letterFor(letters, { jurisdiction: 'eu-gdpr', kind: 'object-legitimate-interests', language: 'de' })?.id, 'eu-gdpr-21-1-de');
    assert.equal(letterFor(letters, { jurisdiction: 'uk-gdpr', kind: 'object-legitimate-interests', language: 'de' }), undefined);
  });
});
