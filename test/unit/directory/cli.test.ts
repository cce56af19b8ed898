import assert from 'node:assert/strict';
import { fakeIo } from '../fakeCliIo';
import { companyCommand, type CompanyListing } from '../../../src/cli/commands/company';
import { letterCommand } from '../../../src/cli/commands/letter';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../../../src/cli/io';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

async function usageError(run: () => Promise<number>, pattern: RegExp): Promise<void> {
  await assert.rejects(run, (error: unknown) => {
    assert.ok(error instanceof UsageError, String(error));
    assert.match(error.message, pattern);
    return true;
  });
}

const RECORDS = JSON.stringify({
  records: [
    { slug: 'acme', name: 'ACME Widgets Ltd', address: '1 Road\nLondon\nUnited Kingdom', countries: ['gb'], email: 'privacy@acme.example', needsIdDocument: true },
    { slug: 'google', name: 'Google Ireland Limited', address: 'Gordon House\nDublin 4\nIreland', countries: ['ie'], email: 'dpo@google.example' },
    { slug: 'broken', name: 'Broken', address: 'x', countries: ['gb'], email: 'nope' },
  ],
});

describe('directory: CLI `company`', () => {
  it('prints the best matches as text, the exact one first', async () => {
    const io = fakeIo();
    assert.equal(await companyCommand(['Zalando', 'SE'], io), EXIT_OK);
    assert.ok(io.out.startsWith('zalando  Zalando SE\n'), io.out);
    assert.match(io.out, /^ {2}E-mail: {6}datenschutz@zalando\.de$/m);
    assert.match(io.out, /^ {2}Address: {5}Tamara-Danz-Straße 1\n {15}10243 Berlin$/m);
    assert.equal(io.err, '');
  });

  it('prints JSON with the fields, the suggested medium and how it matched', async () => {
    const io = fakeIo();
    assert.equal(await companyCommand(['android', '--format=json', '--limit', '1'], io), EXIT_OK);
    const [google] = JSON.parse(io.out) as CompanyListing[];
    assert.equal(google?.slug, 'google');
    assert.equal(google?.suggestedMedium, 'webform');
    assert.equal(google?.origin, 'directory');
    assert.deepEqual(google?.match, { score: 1, via: 'runs', matched: 'Android' });
    assert.deepEqual(google?.domains, ['google.com']);
  });

  it('exits 1 when nothing matches (JSON: an empty list)', async () => {
    const io = fakeIo();
    assert.equal(await companyCommand(['qxzjvw', '--format', 'json'], io), EXIT_FINDINGS);
    assert.equal(io.out, '[]\n');
    assert.equal(io.err, 'No company matches "qxzjvw".\n');
  });

  it('uses workspace records from --records, warning about the broken ones', async () => {
    const io = fakeIo({ '/work/space/my/companies.json': RECORDS });
    assert.equal(await companyCommand(['google', '--records', 'my/companies.json', '--format', 'json', '--limit', '1'], io), EXIT_OK);
    const [google] = JSON.parse(io.out) as CompanyListing[];
    assert.equal(google?.name, 'Google Ireland Limited');
    assert.equal(google?.origin, 'workspace');
    assert.equal(io.err, 'warning: my/companies.json: records[2].email: expected an email address\n');
  });

  it('rejects bad usage', async () => {
    await usageError(() => companyCommand([], fakeIo()), /Which company\?/);
    await usageError(() => companyCommand(['x', '--format', 'xml'], fakeIo()), /--format must be text or json/);
    await usageError(() => companyCommand(['x', '--limit', '0'], fakeIo()), /--limit must be a whole number from 1 to 100/);
    await usageError(() => companyCommand(['x', '--limit'], fakeIo()), /--limit needs a value/);
    await usageError(() => companyCommand(['x', '--verbose'], fakeIo()), /Unknown argument "--verbose"/);
    await usageError(() => companyCommand(['x', '--records', 'missing.json'], fakeIo()), /cannot read --records missing\.json: ENOENT/);
  });

  it('is wired into the command line', () => {
    // main.ts pulls in the lint command's file walker, which these standalone bundles cannot load
    // (esbuild.js gives the full suite an import.meta shim); so its source is checked instead.
    const main = readFileSync(join(__dirname, '..', '..', '..', '..', 'src', 'cli', 'main.ts'), 'utf8');
    assert.match(main, /^ {2}company: \(\) => \(require\('\.\/commands\/company'\) as typeof import\('\.\/commands\/company'\)\)\.companyCommand,$/m);
    assert.match(main, /^ {2}company QUERY\.\.\. /m);
  });
});

describe('directory: CLI `letter --company`', () => {
  const base = ['--date', '2026-01-31', '--name', 'Jane Doe'];

  it('fills the controller and the recipient block, and prints the notices on stderr', async () => {
    const io = fakeIo();
    assert.equal(await letterCommand(['eu-gdpr-21-2-en', ...base, '--company', 'google'], io), EXIT_OK);
    assert.ok(
      io.out.includes(
        'To: Google LLC  \n1600 Amphitheatre Pkwy  \nMountain View  \nCA 94043  \nUnited States of America  \n<data-access-requests@google.com>  \n<https://takeout.google.com/>\n\n**Objection',
      ),
      io.out,
    );
    assert.match(io.err, /^note: The suggested route is Google LLC's web form: https:\/\/takeout\.google\.com\/\./);
  });

  it('works in every language and keeps the rest of the letter as without --company', async () => {
    const withCompany = fakeIo();
    await letterCommand(['eu-gdpr-21-2-de', ...base, '--company=a1-austria'], withCompany);
    const plain = fakeIo();
    // The record's address ends in "Österreich": its holidays count, as --controller-country AT would say.
    await letterCommand(['eu-gdpr-21-2-de', ...base, '--controller', 'A1 Telekom Austria AG', '--controller-country', 'AT'], plain);
    assert.equal(withCompany.out, plain.out.replace('An: A1 Telekom Austria AG\n', 'An: A1 Telekom Austria AG  \nLassallestraße 9  \n1020 Wien  \nÖsterreich\n'));
    assert.match(withCompany.err, /demands an ID document/);
    assert.doesNotMatch(withCompany.err, /asks for requests in/, 'German letter, German request language');
  });

  it('lets --controller name the company while the record gives the address', async () => {
    const io = fakeIo();
    await letterCommand(['eu-gdpr-21-2-en', ...base, '--company', 'zalando', '--controller', 'Zalando'], io);
    assert.match(io.out, /^To: Zalando {2}\nTamara-Danz-Straße 1 {2}$/m);
    assert.equal(io.err, '', 'e-mail is the route, nothing else to know');
  });

  it('fills only the name in a complaint to an authority, and says so', async () => {
    const io = fakeIo();
    await letterCommand(['eu-gdpr-77-en', ...base, '--company', 'google', '--authority', 'Data Protection Commission', '--sent-date', '2026-01-01'], io);
    assert.match(io.out, /^To: Data Protection Commission$/m);
    assert.match(io.out, /complaint against Google LLC\./);
    assert.doesNotMatch(io.out, /Amphitheatre/);
    assert.equal(io.err, "note: Letter eu-gdpr-77-en is not addressed to Google LLC; the directory filled in only the company's name.\n");
  });

  it('takes the company from --records', async () => {
    const io = fakeIo({ '/work/space/companies.json': RECORDS });
    await letterCommand(['eu-gdpr-21-2-en', ...base, '--company', 'acme', '--records', 'companies.json'], io);
    assert.match(io.out, /^To: ACME Widgets Ltd {2}\n1 Road {2}\nLondon {2}\nUnited Kingdom {2}\n<privacy@acme\.example>$/m);
    assert.match(io.err, /warning: companies\.json: records\[2\]\.email: expected an email address/);
    assert.match(io.err, /note: ACME Widgets Ltd demands an ID document/);
  });

  it('rejects an unknown company with suggestions, and --records without --company', async () => {
    await usageError(() => letterCommand(['eu-gdpr-21-2-en', ...base, '--company', 'gogle'], fakeIo()), /Unknown company "gogle"\. Did you mean google \(Google LLC\)/);
    await usageError(() => letterCommand(['eu-gdpr-21-2-en', ...base, '--company'], fakeIo()), /--company needs a value/);
    await usageError(() => letterCommand(['eu-gdpr-21-2-en', ...base, '--records', 'x.json'], fakeIo()), /--records only works with --company/);
    await usageError(() => letterCommand(['eu-gdpr-21-2-en', ...base, '--company', 'google', '--company', 'zalando'], fakeIo()), /--company given twice/);
  });

  it('still requires the letter fields the record cannot give', async () => {
    await usageError(() => letterCommand(['eu-gdpr-21-1-en', ...base, '--company', 'google'], fakeIo()), /needs --grounds/);
  });
});
