import assert from 'node:assert/strict';
import { coreName, createCompanySearch, domainOf, foldText, loadDirectory, type Company } from '../../../src/core/directory/index';

const directory = loadDirectory();
const first = (query: string): string | undefined => directory.searchCompanies(query, 5)[0]?.company.slug;
const slugs = (query: string, limit = 5): string[] => directory.searchCompanies(query, limit).map((m) => m.company.slug);

describe('directory: normalisation', () => {
  it('folds case, diacritics and punctuation', () => {
    assert.equal(foldText('Österreichische  Post-AG'), 'osterreichische post ag');
    assert.equal(foldText('Straße & Søn'), 'strasse son');
    assert.equal(foldText('ＡＢＣ'), 'abc');
  });

  it('drops legal forms from the end of a name only', () => {
    assert.equal(coreName(foldText('Deutsche Bank AG')), 'deutsche bank');
    assert.equal(coreName(foldText('PayPal (Europe) S.à r.l. et Cie, S.C.A.')), 'paypal europe');
    assert.equal(coreName(foldText('AG')), 'ag');
  });

  it('reads a domain from a URL, host or e-mail address', () => {
    assert.equal(domainOf('https://www.Google.com/policies?x=1'), 'google.com');
    assert.equal(domainOf('privacy@zalando.de'), 'zalando.de');
    assert.equal(domainOf('mail.google.com:443'), 'mail.google.com');
    assert.equal(domainOf('google'), undefined);
    assert.equal(domainOf('deutsche bank'), undefined);
  });
});

describe('directory: search over the shipped records', () => {
  it('puts an exact name first, with or without its legal form', () => {
    assert.equal(first('Zalando SE'), 'zalando');
    assert.equal(first('zalando'), 'zalando');
    assert.equal(first('Google LLC'), 'google');
    assert.deepEqual(slugs('Deutsche Bank', 2).sort(), ['deutsche-bank-ag', 'deutsche-bank-privat-geschaeftskunden']);
  });

  it('puts an exact domain first, also from a URL, a subdomain or an e-mail address', () => {
    assert.equal(first('google.com'), 'google');
    assert.equal(first('https://www.zalando.de/damen/'), 'zalando');
    assert.equal(first('mail.google.com'), 'google');
    assert.equal(first('privacy@post.at'), 'post-at');
    const [match] = directory.searchCompanies('facebook.com', 1);
    assert.equal(match?.company.slug, 'facebook');
    assert.equal(match?.via, 'domain');
    assert.equal(match?.score, 0);
  });

  it('finds a company by a service it runs', () => {
    const [match] = directory.searchCompanies('Android', 1);
    assert.equal(match?.company.slug, 'google');
    assert.equal(match?.via, 'runs');
    assert.equal(match?.matched, 'Android');
  });

  it('ranks exact before prefix before word start before fuzzy', () => {
    const scores = directory.searchCompanies('bahn', 20).map((m) => m.score);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => a - b),
    );
    assert.equal(first('bahn'), 'deutsche-bahn'); // bahn.de
    const many = directory.searchCompanies('bank', 10);
    assert.ok(
      many.every((m) => m.score < 6),
      'no typo match while enough better ones exist',
    );
    const few = directory.searchCompanies('deutsche bahn', 5).map((m) => [m.company.slug, m.score]);
    assert.deepEqual(few.slice(0, 2), [
      ['deutsche-bahn-ag', 0],
      ['deutschebahnconnect', 3],
    ]);
    assert.ok(
      few.slice(2).every(([, score]) => Number(score) >= 6),
      'typo matches fill the rest',
    );
  });

  it('tolerates typos', () => {
    assert.equal(first('gogle'), 'google');
    assert.equal(first('Zalnado'), 'zalando');
    assert.ok(['deutsche-bank-ag', 'deutsche-bank-privat-geschaeftskunden'].includes(first('deutche bank') ?? ''));
    assert.equal(first('fcbook'), 'facebook');
  });

  it('ignores case and diacritics, and reads "ue" as "ü"', () => {
    assert.equal(first('ÖSTERREICHISCHE POST AG'), 'post-at');
    assert.equal(first('osterreichische post'), 'post-at');
    assert.equal(first('Muenchener Rueckversicherungs-Gesellschaft'), 'munich-re');
    assert.equal(first('munchener ruckversicherungs gesellschaft ag'), 'munich-re');
  });

  it('returns nothing for a blank or hopeless query, and honours the limit', () => {
    assert.deepEqual(directory.searchCompanies('   '), []);
    assert.deepEqual(directory.searchCompanies('qxzjvw'), []);
    assert.equal(directory.searchCompanies('gmbh', 3).length, 3);
    assert.equal(directory.searchCompanies('gmbh').length, 10);
  });

  it('is stable: the order does not depend on the order of the records', () => {
    const forward = createCompanySearch(directory.companies);
    const backward = createCompanySearch([...directory.companies].reverse());
    for (const query of ['bank', 'gmbh', 'post', 'deutsche']) {
      const order = (search: typeof forward) => search.search(query, 20).map((m) => m.company.slug);
      assert.equal(order(forward).length, 20, query);
      assert.deepEqual(order(backward), order(forward), query);
    }
  });
});

describe('directory: search ranking on small sets', () => {
  const company = (slug: string, name: string, extra: Partial<Company> = {}): Company => ({ slug, name, address: 'Street 1\nTown', countries: ['all'], ...extra });

  it('prefers the better-sourced record on a tie, then the shorter name', () => {
    const search = createCompanySearch([company('d', 'Acme Ltd', { quality: 'scraped' }), company('b', 'Acme Limited'), company('a', 'Acme Ltd', { quality: 'tested' }), company('c', 'Acme Ltd')]);
    assert.deepEqual(
      search.search('acme').map((m) => m.company.slug),
      ['a', 'c', 'b', 'd'],
    );
  });

  it('breaks a complete tie by slug, whatever the order of the records', () => {
    const records = [company('b', 'Acme Ltd'), company('a', 'Acme Ltd'), company('c', 'Acme Ltd')];
    assert.deepEqual(
      createCompanySearch(records)
        .search('acme')
        .map((m) => m.company.slug),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(
      createCompanySearch([...records].reverse())
        .search('acme')
        .map((m) => m.company.slug),
      ['a', 'b', 'c'],
    );
  });

  it('puts an exact domain before a name that merely starts with the query', () => {
    const search = createCompanySearch([company('x', 'Example Holdings'), company('y', 'Other Corp', { domains: ['example.org'] })]);
    assert.deepEqual(
      search.search('example.org').map((m) => m.company.slug),
      ['y'],
    );
    assert.deepEqual(
      search.search('example').map((m) => m.company.slug),
      ['y', 'x'],
    );
  });
});
