import assert from 'node:assert/strict';
import { listLetters } from '../../../src/core/letters/registry';
import type { Language } from '../../../src/core/letters/schema';

// How each language cites Art. 18(1)(d), 17(1)(c) and 17(1)(b), as in the letters' other citations.
const CITE: Partial<Record<Language, { restrict: string; eraseObjection: string; eraseConsent: string }>> = {
  en: { restrict: 'Article 18(1)(d) GDPR', eraseObjection: 'Article 17(1)(c) GDPR', eraseConsent: 'Article 17(1)(b) GDPR' },
  de: { restrict: 'Artikel 18 Absatz 1 Buchstabe d DSGVO', eraseObjection: 'Artikel 17 Absatz 1 Buchstabe c DSGVO', eraseConsent: 'Artikel 17 Absatz 1 Buchstabe b DSGVO' },
  fr: { restrict: 'l’article 18, paragraphe 1, point d), du RGPD', eraseObjection: 'l’article 17, paragraphe 1, point c), du RGPD', eraseConsent: 'l’article 17, paragraphe 1, point b), du RGPD' },
  nl: { restrict: 'artikel 18, lid 1, punt d), AVG', eraseObjection: 'artikel 17, lid 1, punt c), AVG', eraseConsent: 'artikel 17, lid 1, punt b), AVG' },
  es: { restrict: 'artículo 18, apartado 1, letra d), del RGPD', eraseObjection: 'artículo 17, apartado 1, letra c), del RGPD', eraseConsent: 'artículo 17, apartado 1, letra b), del RGPD' },
  it: { restrict: 'articolo 18, paragrafo 1, lettera d), del GDPR', eraseObjection: 'articolo 17, paragrafo 1, lettera c), del GDPR', eraseConsent: 'articolo 17, paragrafo 1, lettera b), del GDPR' },
  pl: { restrict: 'art. 18 ust. 1 lit. d) RODO', eraseObjection: 'art. 17 ust. 1 lit. c) RODO', eraseConsent: 'art. 17 ust. 1 lit. b) RODO' },
};

describe('letters: complete remedies (issue #16 item 3)', () => {
  const eu = listLetters().filter((l) => l.jurisdiction === 'eu-gdpr');

  it('EU Art. 21(1) and AI-training objections ask for restriction (Art. 18(1)(d)) and erasure (Art. 17(1)(c)) in every language', () => {
    const objections = eu.filter((l) => l.kind === 'object-legitimate-interests' || l.kind === 'object-ai-training');
    assert.equal(objections.length, 14, 'two letters in seven languages');
    for (const letter of objections) {
      const cite = CITE[letter.language];
      assert.ok(cite, letter.id);
      assert.ok(letter.template.includes(cite.restrict), `${letter.id}: ${cite.restrict}`);
      assert.ok(letter.template.includes(cite.eraseObjection), `${letter.id}: ${cite.eraseObjection}`);
      assert.ok(
        letter.citations.some((c) => c.provisionId === 'gdpr-18-1-d'),
        `${letter.id} cites the provision`,
      );
      assert.ok(
        letter.citations.some((c) => c.provisionId === 'gdpr-17-1-c'),
        `${letter.id} cites the provision`,
      );
    }
  });

  it('EU consent withdrawals also ask for erasure (Art. 17(1)(b)) in every language', () => {
    const withdrawals = eu.filter((l) => l.kind === 'withdraw-consent');
    assert.equal(withdrawals.length, 7);
    for (const letter of withdrawals) {
      const cite = CITE[letter.language];
      assert.ok(cite && letter.template.includes(cite.eraseConsent), `${letter.id}`);
    }
  });

  it('the new provisions name a public source, never an index id or a local path', () => {
    for (const letter of eu) {
      for (const c of letter.citations.filter((x) => x.provisionId.startsWith('gdpr-17') || x.provisionId.startsWith('gdpr-18'))) {
        assert.match(c.source, /https:\/\/eur-lex\.europa\.eu\//);
        assert.doesNotMatch(c.source, /file id|\/work\/|shared\/notes/);
      }
    }
  });
});

describe('letters: complete remedies outside the EU', () => {
  it('LGPD revocation also requests elimination (art. 18, VI) in Portuguese and English', () => {
    const pt = listLetters().find((l) => l.id === 'br-lgpd-18-9-pt');
    const en = listLetters().find((l) => l.id === 'br-lgpd-18-9-en');
    assert.ok(pt?.template.includes('com fundamento no art. 18, inciso VI, da LGPD, a eliminação dos dados pessoais'));
    assert.ok(pt?.template.includes('enquanto não houver requerimento de eliminação'));
    assert.ok(en?.template.includes('under art. 18, item VI, of the LGPD, the elimination of the personal data'));
    for (const l of [pt, en]) assert.ok(l?.citations.some((c) => c.provisionId === 'br-lgpd-18-6'));
  });

  it('CCPA § 1798.121 uses the statute’s “use and disclosure”, not only “use”', () => {
    const letter = listLetters().find((l) => l.id === 'us-ca-1798-121-en');
    assert.ok(letter?.template.includes('limit the use and disclosure of my sensitive personal information'));
    assert.ok(letter?.template.includes('may not use or disclose my sensitive personal information for any other purpose'));
    assert.doesNotMatch(letter?.template ?? '', /limit your use of/);
  });
});

describe('letters: APPI Art. 35(2) limits', () => {
  it('says “to the extent necessary to correct the violation” and the alternative measures, and does not cite the unverified 2020 grounds', () => {
    const letter = listLetters().find((l) => l.id === 'jp-appi-35-en');
    assert.ok(letter?.template.includes('to the extent necessary to correct the violation'));
    assert.ok(letter?.template.includes('alternative measures to protect my rights and interests'));
    assert.doesNotMatch(letter?.template ?? '', /35\(5\)|no longer needed/);
    assert.ok(letter?.notes.some((n) => n.startsWith('UNVERIFIED')));
  });
});
