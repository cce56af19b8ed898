import assert from 'node:assert/strict';
import { companySearchBuilder, createCompanySearch, createDirectory, loadDirectory } from '../../../src/core/directory/index';

const shipped = loadDirectory();
const QUERIES = ['Zalando', 'zalando.de', 'privacy@zalando.de', 'Android', 'deutsche bank', 'fcbook', 'muenchener', 'gogle', 'zq1xv', 'Meta'];
const slugsOf = (matches: { company: { slug: string }; score: number }[]) => matches.map((m) => `${m.company.slug}@${m.score}`);

describe('directory: search index built in steps', () => {
  it('gives the same results as the index built at once, whatever the slice size', () => {
    const atOnce = createCompanySearch(shipped.companies);
    for (const slice of [1, 7, 250, 5_000]) {
      const builder = companySearchBuilder(shipped.companies);
      let steps = 0;
      while (!builder.step(slice)) steps += 1;
      assert.equal(builder.indexed, shipped.companies.length);
      assert.equal(steps + 1, Math.ceil(shipped.companies.length / slice), `slice ${slice}`);
      const search = builder.finish();
      for (const query of QUERIES) assert.deepEqual(slugsOf(search.search(query, 10)), slugsOf(atOnce.search(query, 10)), `${query}, slice ${slice}`);
    }
  });

  it('counts progress, finishes what is left at once, and returns the same search every time', () => {
    const builder = companySearchBuilder(shipped.companies);
    assert.equal(builder.indexed, 0);
    assert.equal(builder.total, shipped.companies.length);
    assert.equal(builder.step(100), false);
    assert.equal(builder.indexed, 100);
    assert.equal(builder.step(0), false, 'a step indexes at least one company');
    assert.equal(builder.indexed, 101);
    const search = builder.finish();
    assert.equal(builder.indexed, shipped.companies.length);
    assert.equal(builder.finish(), search);
    assert.equal(search.search('Zalando', 1)[0]?.company.slug, 'zalando');
  });

  it('is the index a directory searches with, so building it ahead leaves no work for the first search', () => {
    const directory = createDirectory(shipped.companies.slice(0, 300), shipped.authorities);
    const builder = directory.searchBuilder();
    assert.equal(directory.searchBuilder(), builder);
    while (!builder.step(50));
    const before = builder.finish();
    const name = shipped.companies[42]!.name;
    assert.equal(directory.searchCompanies(name, 1)[0]?.company.slug, shipped.companies[42]!.slug);
    assert.equal(builder.finish(), before);
  });

  it('indexes an empty directory', () => {
    const builder = companySearchBuilder([]);
    assert.equal(builder.step(10), true);
    assert.deepEqual(builder.finish().search('anything'), []);
  });

  it('a directory with user records has its own index', () => {
    const withRecords = shipped.withUserRecords([{ slug: 'zzz-acme', name: 'Acmeflux Widgets Ltd', address: '1 Road\nLondon', countries: ['gb'] }]);
    assert.notEqual(withRecords.searchBuilder(), shipped.searchBuilder());
    assert.equal(withRecords.searchCompanies('Acmeflux Widgets', 1)[0]?.company.slug, 'zzz-acme');
    assert.equal(shipped.searchCompanies('Acmeflux Widgets', 1)[0]?.company.slug === 'zzz-acme', false);
  });
});
