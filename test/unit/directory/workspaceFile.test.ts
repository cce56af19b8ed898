import assert from 'node:assert/strict';
import { parseWorkspaceFile } from '../../../src/core/config/workspaceFile';
import { describeProblem } from '../../../src/core/directory/index';

const acme = { slug: 'acme', name: 'ACME Ltd', address: '1 Road\nLondon', countries: ['gb'], email: 'privacy@acme.example' };

describe('directory: "companies" in .right-to-object.json', () => {
  it('reads the records, checked like the directory’s records files', () => {
    const parsed = parseWorkspaceFile(JSON.stringify({ diagnostics: { scope: 'quotes' }, companies: [acme] }));
    assert.deepEqual(parsed.problems, [], 'companies is a known section');
    assert.deepEqual(parsed.diagnostics, { scope: 'quotes' });
    assert.deepEqual(parsed.companies, { records: [acme], problems: [] });
  });

  it('names the file and the field of a bad record and keeps the others', () => {
    const parsed = parseWorkspaceFile(JSON.stringify({ companies: [acme, { ...acme, slug: 'bad', email: 'nope' }, { ...acme, name: 'Again' }] }), 'team/.right-to-object.json');
    assert.deepEqual(
      parsed.companies?.records.map((r) => r.slug),
      ['acme'],
    );
    assert.deepEqual(parsed.companies?.problems.map(describeProblem), [
      'team/.right-to-object.json: companies[1].email: expected an email address',
      'team/.right-to-object.json: companies[2].slug: "acme" is already used by companies[0]; this record is ignored',
    ]);
    assert.deepEqual(parsed.problems, [], 'record problems are the directory’s to report, not the linter settings’');
  });

  it('says so when "companies" is not a list', () => {
    const parsed = parseWorkspaceFile('{ "companies": { "acme": {} } }');
    assert.deepEqual(parsed.companies?.records, []);
    assert.match(describeProblem(parsed.companies!.problems[0]!), /^\.right-to-object\.json: companies: expected a list of company records/);
  });

  it('leaves the result as it was for a file without companies', () => {
    assert.deepEqual(parseWorkspaceFile('{ "diagnostics": { "scope": "quotes" } }'), { diagnostics: { scope: 'quotes' }, problems: [] });
    assert.equal('companies' in parseWorkspaceFile('{}'), false);
  });
});
