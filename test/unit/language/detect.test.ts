// The built-in language detector (src/core/language/detect.ts) on real sentences of each language
// it knows, the confidence rule for short text, and its accuracy on real paragraphs of 20+ words
// (bench/language: texts not used to build its profile).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { detectLanguage, rankLanguage } from '../../../src/core/language/detect';
import { documentLanguage, frontMatterLanguage } from '../../../src/core/language/assign';
import { languageOfTag, uiLanguageOf } from '../../../src/core/language/languages';
import { formatAccuracy, measureAccuracy } from '../../../bench/language/accuracy';

const root = join(__dirname, '..', '..', '..', '..');

/** One real sentence per language, each from a privacy notice not used for training (bench/language/sources.json). */
const SENTENCES: [string, string][] = [
  ['en', 'PostHog automatically collects information about usage from each self-managed PostHog instance (Open Source, Scale and Enterprise Edition).'], // bench/quality/en/policies/posthog.md
  [
    'de',
    'Wenn Sie eine HTTPS-Website oder einen anderen TLS-Dienst mit einem Let’s Encrypt-Zertifikat verwenden, fragt Ihr Browser (oder TLS-Client) möglicherweise ab, ob das Zertifikat gesperrt wurde.',
  ], // letsencrypt/website content/de/privacy.md
  [
    'fr',
    "Lorsque vous utilisez un site web HTTPS ou un autre service TLS avec un certificat Let's Encrypt, votre navigateur (ou client TLS) peut demander à Let's Encrypt de vérifier si le certificat a été révoqué.",
  ], // content/fr/privacy.md
  ['nl', 'Uw privacy is belangrijk voor ons. Wanneer Mozilla (dat zijn wij) informatie over u verzamelt, beschrijft ons Mozilla-privacybeleid hoe we met die informatie omgaan.'], // mozilla/legal-docs nl/websites_privacy_notice.md
  ['es', "Cuando es un suscriptor, es decir, cuando solicita y usa certificados de Let's Encrypt."], // letsencrypt content/es/privacy.md
  [
    'it',
    "Quando utilizzi un sito web HTTPS o altri servizi TLS con un certificato di Let's Encrypt, il tuo browser (o client TLS) potrebbe richiedere a Let's Encrypt di verificare se il certificato è stato revocato.",
  ], // content/it/privacy.md
  [
    'pl',
    'Przywiązujemy dużą wagę do ochrony prywatności użytkowników. Jeśli Mozilla (czyli my) zbiera informacje o użytkowniku, sposób ich wykorzystania reguluje Polityka prywatności firmy Mozilla.',
  ], // mozilla/legal-docs pl/websites_privacy_notice.md
  [
    'pt',
    "Quando você usa um site de HTTPS ou outro serviço TLS com um certificado Let's Encrypt seu navegador (ou cliente TLS) pode consultar o Let's Encrypt para verificar se o certificado foi revogado.",
  ], // letsencrypt content/pt-br/privacy.md
];

describe('language detector', () => {
  it('takes one word repeated for no language: it is no evidence (a 1 MB line of "word word …")', () => {
    assert.equal(detectLanguage('woord '.repeat(2000)), undefined);
    assert.equal(detectLanguage('word '.repeat(2000)), undefined);
    assert.equal(detectLanguage('Wij delen uw gegevens met onze partners en andere bedrijven.'), 'nl');
  });
  for (const [language, sentence] of SENTENCES) {
    it(`recognises a real ${language} sentence`, () => {
      assert.equal(detectLanguage(sentence), language, JSON.stringify(rankLanguage(sentence)));
    });
  }

  it('reads accented and unaccented text alike and ignores case', () => {
    assert.equal(detectLanguage('WIR GEBEN IHRE DATEN NICHT AN DRITTE WEITER, AUSSER WENN DIES GESETZLICH VORGESCHRIEBEN IST.'), 'de');
    assert.equal(detectLanguage('Nous ne partageons pas vos donnees avec des tiers sans votre consentement prealable.'), 'fr');
  });

  it('answers undefined for text too short or too mixed to tell, so the block falls back', () => {
    assert.equal(detectLanguage('Google Analytics'), undefined);
    assert.equal(detectLanguage('Name, E-Mail'), undefined);
    assert.equal(detectLanguage('12 345 678'), undefined);
    assert.equal(detectLanguage(''), undefined);
    // Five words are enough when they are clearly one language.
    assert.equal(detectLanguage('Sie können jederzeit widersprechen und'), 'de');
  });

  it('reads no language into e-mail addresses, domain names and URL schemes', () => {
    // An English policy's contact line (bench/quality/en/policies/ocean-protocol-foundation.md) was reported as
    // "Not checked: Portuguese": its five "words" were the address's parts.
    assert.equal(detectLanguage('E-mail: gdpr@oceanprotocol.com'), undefined);
    assert.equal(rankLanguage('E-mail: gdpr@oceanprotocol.com')?.words, 2);
    // See, or, write, to.
    assert.equal(rankLanguage('See https://www.datenschutz-beispiel.de or write to kontakt@beispiel.de')?.words, 4);
    // Words beside ordinary punctuation still count: "data." ends a sentence, "and/or" is two words.
    assert.deepEqual(rankLanguage('We keep data. You may object and/or complain.'), rankLanguage('We keep data . You may object and / or complain .'));
  });

  it('reads only the range it is given', () => {
    const text = 'We share your data with partners for marketing. Wir geben Ihre Daten an Dritte weiter, wenn dies erforderlich ist.';
    const cut = text.indexOf('Wir');
    assert.equal(detectLanguage(text, 0, cut), 'en');
    assert.equal(detectLanguage(text, cut), 'de');
  });

  it('takes the document language from front matter, else from the start of the text, else English', () => {
    assert.equal(frontMatterLanguage('---\ntitle: X\nlang: de-DE\n---\nText'), 'de');
    assert.equal(frontMatterLanguage('---\nlanguage: "fr"\n---\n'), 'fr');
    assert.equal(frontMatterLanguage('---\nlang: sv\n---\n'), undefined, 'a language the detector does not know is ignored');
    assert.equal(documentLanguage('---\nlang: nl\n---\nWe share data.', 'auto'), 'nl');
    assert.equal(documentLanguage(`# Titel\n\n${SENTENCES[1]![1]}`, 'auto'), 'de');
    assert.equal(documentLanguage('# Notes\n\nok', 'auto'), 'en');
    assert.equal(documentLanguage('---\nlang: de\n---\nText', 'fr'), 'fr', 'the setting wins');
  });

  it('maps language tags and the UI language', () => {
    assert.equal(languageOfTag('pt-BR'), 'pt');
    assert.equal(languageOfTag('zh-CN'), undefined);
    assert.equal(uiLanguageOf('de-CH'), 'de');
    assert.equal(uiLanguageOf('fr'), 'fr');
    assert.equal(uiLanguageOf('ja'), 'en');
    assert.equal(uiLanguageOf(undefined), 'en');
  });

  it('gets at least 98% of real paragraphs of 20+ words right (bench/language)', function () {
    this.timeout(60_000);
    const result = measureAccuracy(root);
    console.log(
      formatAccuracy(result)
        .split('\n')
        .slice(0, 9)
        .map((line) => `      ${line}`)
        .join('\n'),
    );
    assert.ok(result.paragraphs >= 500, `only ${result.paragraphs} paragraphs measured`);
    for (const language of ['en', 'de', 'fr', 'nl', 'es', 'it', 'pl', 'pt']) assert.ok((result.byLanguage[language]?.paragraphs ?? 0) >= 20, `too few ${language} paragraphs`);
    assert.ok(result.right / result.paragraphs >= 0.98, formatAccuracy(result));
  });
});
