import assert from 'node:assert/strict';
import { JURISDICTIONS } from '../../../src/core/letters/jurisdictions';
import { templateFields } from '../../../src/core/letters/placeholders';
import { getLetter, listLetters, UnknownLetterError, type Letter } from '../../../src/core/letters/registry';
import { numberTokens } from '../../../src/core/letters/validate';

const EU_LANGUAGES = ['en', 'de', 'fr', 'nl', 'es', 'it', 'pl'] as const;
const EU_STEMS = ['eu-gdpr-21-1', 'eu-gdpr-21-2', 'eu-gdpr-21-1-ai', 'eu-gdpr-7-3', 'eu-gdpr-12-3-reminder', 'eu-gdpr-77', 'eu-gdpr-12-2'];

const letters = listLetters();
const withoutMarker = (letter: Letter) => letter.template.slice(letter.template.indexOf('\n') + 1);

describe('letters: catalogue', () => {
  it('looks letters up by id and rejects unknown ids', () => {
    assert.equal(getLetter('eu-gdpr-21-2-de').language, 'de');
    assert.throws(() => getLetter('eu-gdpr-22-en'), UnknownLetterError);
  });

  it('starts every letter with its own sent-letter marker', () => {
    for (const letter of letters) {
      const [first] = letter.template.split('\n');
      assert.equal(first, `<!-- right-to-object:letter ${letter.id} sent={{date}} -->`);
    }
  });

  it('declares every placeholder it uses and uses every placeholder it declares', () => {
    for (const letter of letters) {
      const used = templateFields(letter.template).sort();
      const declared = [...letter.placeholders.map((p) => p.name), ...letter.computed.map((c) => c.name)].sort();
      assert.deepEqual(used, declared, letter.id);
    }
  });

  it('gives every citation a source', () => {
    for (const letter of letters) {
      assert.ok(letter.citations.length > 0, letter.id);
      for (const citation of letter.citations) assert.ok(citation.source.length >= 5, `${letter.id}: ${citation.citation}`);
    }
  });

  it('offers every EU letter in all seven languages', () => {
    for (const stem of EU_STEMS) {
      for (const language of EU_LANGUAGES)
        assert.ok(
          letters.some((l) => l.id === `${stem}-${language}`),
          `${stem}-${language}`,
        );
    }
  });

  it('keeps each translation to the citations and fields of the English letter', () => {
    for (const stem of EU_STEMS) {
      const english = getLetter(`${stem}-en`);
      const tokens = (l: Letter) => [...new Set(numberTokens(withoutMarker(l)))].sort();
      for (const language of EU_LANGUAGES) {
        const translated = getLetter(`${stem}-${language}`);
        assert.deepEqual(tokens(translated), tokens(english), translated.id);
        assert.deepEqual(templateFields(translated.template), templateFields(english.template), translated.id);
      }
    }
  });

  it('requires the particular-situation grounds in every GDPR Art. 21(1) letter, including AI training', () => {
    const article211 = letters.filter((l) => /^eu-gdpr-21-1-(ai-)?[a-z]{2}$/.test(l.id));
    assert.equal(article211.length, 14);
    for (const letter of article211) {
      const grounds = letter.placeholders.find((p) => p.name === 'grounds');
      assert.equal(grounds?.required, true, letter.id);
      assert.equal(grounds?.kind, 'multiline', letter.id);
      assert.equal(grounds?.label, 'describe your particular situation');
    }
  });

  it('asks no reasons in direct-marketing objections and withdrawals of consent', () => {
    for (const letter of letters.filter((l) => l.kind === 'object-direct-marketing' || l.kind === 'withdraw-consent')) {
      assert.equal(
        letter.placeholders.find((p) => p.name === 'grounds'),
        undefined,
        letter.id,
      );
    }
  });

  it('ships the required identifiers, and no letter where no right is verified in force', () => {
    for (const id of ['eu-gdpr-21-1-en', 'eu-gdpr-21-2-de', 'us-ca-1798-120-en', 'us-ca-1798-121-en', 'br-lgpd-18-2-pt']) {
      assert.ok(
        letters.some((l) => l.id === id),
        id,
      );
    }
    assert.equal(letters.filter((l) => l.jurisdiction === 'in-dpdp').length, 0);
  });

  it('puts no unverified fact into any letter', () => {
    for (const letter of letters) {
      const jurisdiction = JURISDICTIONS.find((j) => j.id === letter.jurisdiction);
      assert.ok(jurisdiction, letter.id);
      for (const citation of letter.citations) {
        assert.equal(jurisdiction.provisions.find((p) => p.id === citation.provisionId)?.verified, true, `${letter.id}: ${citation.citation}`);
      }
      if (letter.deadlineRule) assert.equal(letter.deadlineRule.verified, true, letter.id);
      const text = letter.template.toLowerCase();
      for (const fact of jurisdiction.unverified) {
        for (const phrase of fact.forbidden) assert.ok(!text.includes(phrase.toLowerCase()), `${letter.id} says "${phrase}"`);
      }
    }
  });

  it('computes dates only where a verified day count exists', () => {
    const regimesWithDates = new Set(letters.filter((l) => l.computed.length > 0).map((l) => l.jurisdiction));
    assert.deepEqual([...regimesWithDates].sort(), ['eu-gdpr', 'uk-gdpr', 'us-ca', 'us-va']);
    assert.equal(getLetter('us-ca-1798-121-en').deadlineRule, undefined);
    assert.equal(getLetter('eu-gdpr-7-3-en').deadlineRule, undefined);
  });
});
