import assert from 'node:assert/strict';
import { describeProblem, loadDirectory, mergeRecords, parseUserRecords, type Company } from '../../../src/core/directory/index';

const acme: Company = { slug: 'acme', name: 'ACME Ltd', address: '1 Road\nLondon\nUnited Kingdom', countries: ['gb'], email: 'privacy@acme.example' };
const file = (records: unknown[]) => JSON.stringify({ records });
const messages = (text: string) => parseUserRecords(text, 'companies.json').problems.map(describeProblem);

describe('directory: workspace records', () => {
  it('reads valid records', () => {
    const result = parseUserRecords(`\uFEFF${file([acme, { ...acme, slug: 'acme-de', countries: ['de'], email: 'datenschutz@müller.de' }])}`, 'companies.json');
    assert.deepEqual(result.problems, []);
    assert.deepEqual(
      result.records.map((r) => r.slug),
      ['acme', 'acme-de'],
    );
  });

  it('names the file and the field of every problem, and keeps the good records', () => {
    const result = parseUserRecords(
      file([
        acme,
        { ...acme, slug: 'bad-email', email: 'not an address' },
        { slug: 'no-name', address: 'x', countries: ['de'] },
        { ...acme, slug: 'typo', emial: 'x@y.de' },
        { ...acme, slug: 'Upper Case', webform: 'javascript:alert(1)', countries: ['germany'], needsIdDocument: 'yes' },
        { ...acme, name: 'Duplicate' },
        'a string',
      ]),
      'companies.json',
    );
    assert.deepEqual(
      result.records.map((r) => r.slug),
      ['acme'],
    );
    assert.deepEqual(result.problems.map(describeProblem), [
      'companies.json: records[1].email: expected an email address',
      'companies.json: records[2].name: is required',
      'companies.json: records[3]: unknown field "emial" (known: slug, name, address, countries, quality, email, domains, medium, language, webform, needsIdDocument, runs)',
      'companies.json: records[4].slug: expected lower-case letters, digits and hyphens',
      'companies.json: records[4].countries[0]: expected a lower-case ISO 3166-1 alpha-2 code or "all"',
      'companies.json: records[4].webform: expected an http(s) URL',
      'companies.json: records[4].needsIdDocument: expected true or false',
      'companies.json: records[5].slug: "acme" is already used by records[0]; this record is ignored',
      'companies.json: records[6]: expected an object',
    ]);
  });

  it('reports a broken file as a whole, never throwing', () => {
    assert.match(messages('{"records": [')[0] ?? '', /^companies\.json: is not valid JSON \(.+\); no records read$/);
    assert.match(messages('[]')[0] ?? '', /^companies\.json: expected an object with a "records" list/);
    assert.deepEqual(messages('{"records": [], "extra": 1}'), ['companies.json: extra: is not a known section (known: $schema, records); ignored']);
  });

  it('lets workspace records win over shipped ones and adds new ones', () => {
    const shipped = [
      { ...acme, email: 'old@acme.example' },
      { ...acme, slug: 'zeta', name: 'Zeta' },
    ];
    const merged = mergeRecords(shipped, [acme, { ...acme, slug: 'beta', name: 'Beta' }]);
    assert.deepEqual(
      merged.map((r) => r.slug),
      ['acme', 'beta', 'zeta'],
    );
    assert.equal(merged[0]?.email, 'privacy@acme.example');
    assert.equal(shipped[0]?.email, 'old@acme.example', 'the shipped list is not changed');
  });

  it('replaces the whole shipped record, so a field left out does not linger', () => {
    const directory = loadDirectory();
    const google = directory.getCompany('google');
    assert.ok(google?.webform);
    const override: Company = { slug: 'google', name: 'Google Ireland Limited', address: 'Gordon House\nBarrow Street\nDublin 4\nIreland', countries: ['ie'], email: 'privacy@example.org' };
    const mine = directory.withUserRecords([override]);
    assert.deepEqual(mine.getCompany('google'), override);
    assert.equal(mine.searchCompanies('Google Ireland', 1)[0]?.company.email, 'privacy@example.org');
    assert.equal(mine.companies.length, directory.companies.length);
    assert.equal(directory.getCompany('google'), google, 'the shipped directory is unchanged');
  });
});
