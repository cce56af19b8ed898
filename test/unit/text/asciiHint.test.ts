// The ASCII hint of a pattern whose only Unicode parts are its [\p{L}\p{N}] word edges rules out
// text before the full pattern runs: it must never rule out a text the full pattern matches.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { asciiHintOf, testWithHint } from '../../../src/core/text/asciiHint';
import { foldsAsAscii } from '../../../src/core/text/asciiCaseless';
import { CONTEXT as FRENCH } from '../../../src/core/vague/catalogue/fr/context';
import { CONTEXT as GERMAN } from '../../../src/core/vague/catalogue/de/context';

describe('asciiHint (quick first test for patterns with Unicode word edges)', () => {
  it('reads the edges as ASCII and drops /u and /g; refuses other Unicode syntax and letters outside ASCII', () => {
    assert.equal(String(asciiHintOf(/(?<![\p{L}\p{N}])(?:ne|pas)(?![\p{L}\p{N}])/giu)), String.raw`/(?<![A-Za-z0-9])(?:ne|pas)(?![A-Za-z0-9])/i`);
    for (const refused of [/(?<![\p{L}\p{N}])\p{Lu}/iu, /(?<![\p{L}\p{N}])ausschließlich/iu, /(?<![\p{L}\p{N}])\u00e9t\u00e9/iu, /(?<![\p{L}\p{N}])ne/u, /\bne\b/iu])
      assert.equal(asciiHintOf(refused), null, String(refused));
    // The French negation trigger has a hint; the German one spells "ausschließlich" and has none.
    assert.notEqual(asciiHintOf(FRENCH.trigger), null);
    assert.equal(asciiHintOf(GERMAN.trigger), null);
  });

  it('answers as the full pattern on any text, ſ, K, accents, underscores and emoji included [property]', () => {
    const alphabet = fc.constantFrom('ne', 'pas', 'sans', 'n’', "n'", 'ni', 'seul', ' ', '_', 'é', 'è', 'a', 'N', 'S', 'ſ', '\u212a', '0', '😀', '\u0301', '.', '-');
    const texts = fc.array(alphabet, { maxLength: 12 }).map((parts) => parts.join(''));
    const french = FRENCH.trigger;
    fc.assert(
      fc.property(texts, (text) => {
        french.lastIndex = 0;
        const expected = french.test(text);
        assert.equal(testWithHint(french, text), expected, JSON.stringify(text));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('rules out a sentence without a trigger before the full pattern runs', () => {
    assert.equal(testWithHint(FRENCH.trigger, 'Nous partageons vos données avec nos partenaires.'), false);
    assert.equal(testWithHint(FRENCH.trigger, 'Nous ne partageons pas vos données.'), true);
    // "scène": an accented letter before "ne" is a letter, so this is no trigger.
    assert.equal(testWithHint(FRENCH.trigger, 'Sur la scène publique.'), false);
  });
});

describe("French userActingNeeds (words every match of the tables' userActing holds)", () => {
  it('rules out only sentences userActing does not match [property]', () => {
    const alphabet = fc.constantFrom('vous ', 'pouvez ', 'droit ', "d'accès ", 'votre ', "l'utilisateur ", 'peut ', 'par ', 'VOUS ', 'vouſ ', 'droſt ', 'nous ', 'é', ' ', 'x');
    const texts = fc.array(alphabet, { maxLength: 10 }).map((parts) => parts.join(''));
    const { userActing, userActingNeeds } = FRENCH;
    assert.ok(userActingNeeds);
    fc.assert(
      fc.property(texts, (text) => {
        userActing.lastIndex = 0;
        if (userActing.test(text)) assert.ok(!foldsAsAscii(text) || userActingNeeds.test(text), JSON.stringify(text));
      }),
      { numRuns: 3000, seed: 12 },
    );
  });
});
