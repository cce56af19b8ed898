// #20 items 5 and 6: company ties go to the record users name; one suggested route everywhere.
import assert from 'node:assert/strict';
import { companyNotices, createCompanySearch, loadDirectory, otherMedia, suggestedMedium, type Company } from '../../../src/core/directory/index';

const directory = loadDirectory();

/** The route a notice names, in the words companyNotices uses. */
function routeInNotices(company: Company): string | undefined {
  const text = companyNotices(company).join(' ');
  if (/suggested route is a postal letter|send the letter by post/.test(text)) return 'letter';
  if (/suggested route is .*web form/.test(text)) return 'webform';
  if (/suggested route is fax/.test(text)) return 'fax';
  return undefined; // e-mail: no notice
}

describe('#20 company ranking and route', () => {
  it('"Meta" ranks the Facebook/Instagram entity above the Oculus one (same score, same quality)', () => {
    const search = createCompanySearch(directory.companies);
    const slugs = search.search('Meta', 5).map((m) => m.company.slug);
    assert.ok(slugs.includes('oculuscom'), slugs.join(', '));
    assert.ok(slugs.indexOf('facebook') < slugs.indexOf('oculuscom'), slugs.join(', '));
    assert.equal(slugs[0], 'facebook');
  });

  it('the route the notices name is the one suggestedMedium gives, for every shipped company', () => {
    for (const company of directory.companies) {
      const route = suggestedMedium(company);
      assert.equal(routeInNotices(company), route === 'email' ? undefined : route, company.slug);
      assert.ok(!otherMedia(company).includes(route), `${company.slug}: the route is listed as another way too`);
    }
  });

  it('Meta (web form, no e-mail, no medium in the record): a postal letter, the web form as another way', () => {
    const meta = directory.getCompany('facebook')!;
    assert.equal(suggestedMedium(meta), 'letter');
    assert.deepEqual(otherMedia(meta), ['webform']);
  });
});
