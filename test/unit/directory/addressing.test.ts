import assert from 'node:assert/strict';
import { addressedLetter, complaintAuthorities, countryOf, isAddressedTo, loadDirectory, recipientBlock, RECIPIENT_BLOCK_FIELD } from '../../../src/core/directory/index';
import { listLetters, toSnippetBody } from '../../../src/core/letters/index';

const directory = loadDirectory();
const letters = listLetters();
const zalando = directory.getCompany('zalando')!;

describe('directory: addressing a letter', () => {
  it('finds the addressee line of every letter to a company, and of every complaint with an authority field', () => {
    for (const letter of letters) {
      const fields = letter.placeholders.map((p) => p.name);
      if (letter.kind === 'complaint') {
        assert.equal(isAddressedTo(letter, 'controller'), false, `${letter.id} names the company only in its text`);
        assert.equal(isAddressedTo(letter, 'authority'), fields.includes('authority'), letter.id);
      } else {
        assert.equal(isAddressedTo(letter, 'controller'), true, `${letter.id} has no "To: {{controller}}" line`);
      }
    }
  });

  it('puts the recipient block on the addressee line and the name everywhere else', () => {
    const letter = letters.find((l) => l.id === 'eu-gdpr-21-1-en')!;
    const addressed = addressedLetter(letter, 'controller')!;
    assert.ok(addressed.placeholders.some((p) => p.name === RECIPIENT_BLOCK_FIELD));
    assert.equal(letter.template.includes(`{{${RECIPIENT_BLOCK_FIELD}}}`), false, 'the original letter is not changed');
    const body = toSnippetBody(addressed, { controller: zalando.name, [RECIPIENT_BLOCK_FIELD]: recipientBlock(zalando), date: '2026-02-02' });
    assert.ok(body.includes('To: Zalando SE  \nTamara-Danz-Straße 1  \n10243 Berlin  \nDeutschland  \n<datenschutz@zalando.de>\n'), body.slice(0, 400));
    assert.equal(addressedLetter(addressed, 'controller'), undefined, 'only one addressee line');
  });

  it('addresses a German letter ("An: …") and a complaint to the authority', () => {
    const german = addressedLetter(
      letters.find((l) => l.id === 'eu-gdpr-21-1-de')!,
      'controller',
    )!;
    assert.match(german.template, /^An: \{\{recipientBlock\}\}$/m);
    const complaint = letters.find((l) => l.jurisdiction === 'eu-gdpr' && l.kind === 'complaint' && l.language === 'en')!;
    const cnil = directory.authorities.find((a) => a.slug === 'frcnil')!;
    const addressed = addressedLetter(complaint, 'authority')!;
    const body = toSnippetBody(addressed, { controller: 'Zalando SE', authority: cnil.name, [RECIPIENT_BLOCK_FIELD]: recipientBlock(cnil), date: '2026-02-02' });
    assert.ok(body.includes(`To: ${cnil.name}  \n3 Place de Fontenoy  \nTSA 80715`), body.slice(0, 500));
    assert.ok(body.includes('<https://www.cnil.fr/fr/plaintes>'));
    assert.ok(body.includes('against Zalando SE'));
    assert.equal(addressedLetter(complaint, 'controller'), undefined);
  });
});

describe('directory: authorities for a complaint', () => {
  const group = (userCountry?: string, companyCountries?: string[]) => {
    const found = complaintAuthorities(directory.authorities, { userCountry, companyCountries });
    return found && `${found.origin}:${found.country}:${found.authorities.length}`;
  };

  it('reads country codes from settings', () => {
    assert.equal(countryOf('DE'), 'de');
    assert.equal(countryOf('US-CA'), 'us');
    assert.equal(countryOf('uk'), 'gb');
    assert.equal(countryOf(''), undefined);
    assert.equal(countryOf('Germany'), undefined);
  });

  it('takes the user’s country, else the company’s', () => {
    assert.equal(group('FR'), 'user:fr:1');
    assert.equal(group('DE'), 'user:de:26');
    assert.equal(group('FR', ['de']), 'user:fr:1');
    assert.equal(group(undefined, ['ie']), 'company:ie:1');
    assert.equal(group('US-CA', ['ie']), 'company:ie:1', 'a country without an authority gives way to the company’s');
    assert.equal(complaintAuthorities(directory.authorities, { userCountry: 'FR' })?.authorities[0]?.slug, 'frcnil');
  });

  it('takes no country from a record for several countries or for all, and none from a country without an authority', () => {
    assert.equal(group(undefined, ['all']), undefined);
    assert.equal(group(undefined, ['de', 'at']), undefined);
    assert.equal(group('US-CA', ['all']), undefined);
    assert.equal(group(), undefined);
  });
});
