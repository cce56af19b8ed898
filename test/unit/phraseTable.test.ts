// The precompiled matcher tables (#18): a catalogue's table read back gives the same matches as
// compiling its patterns, and both give the same matches as the matcher before it was built lazily
// (referencePhraseMatcher.ts); a table is used only for the catalogue it was built from; a damaged
// or foreign file is ignored, never a crash.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildPhraseTrie, compilePhrases } from '../../src/core/match/phraseMatcher';
import { decodePhraseTable, encodePhraseTable, phraseTableBytes } from '../../src/core/match/phraseTable';
import { CATALOGUE } from '../../src/core/vague/catalogue';
import { CATALOGUE as GERMAN, CONTEXT as GERMAN_CONTEXT } from '../../src/core/vague/catalogue/de';
import { CATALOGUE as FRENCH, CONTEXT as FRENCH_CONTEXT } from '../../src/core/vague/catalogue/fr';
import { cataloguePhrases, catalogueKey, clearCatalogueTables, precompiledCatalogue, registerCatalogueTables, setCatalogueTableSource } from '../../src/core/vague/catalogueTables';
import { createLinter } from '../../src/core/vague/linter';
import { shippedCatalogueTables } from '../../src/core/vague/shippedCatalogues';
import { ruleModule } from '../../src/core/vague/ruleModules';
import type { Rule } from '../../src/core/vague/ruleSchema';
import { compilePhrases as referenceCompile } from './referencePhraseMatcher';

const root = join(__dirname, '..', '..', '..');
const fixtures = join(root, 'test', 'fixtures');

/** Policy-like texts this project owns: the samples, the fixture policies and the rules' own prose. */
function realTexts(): string[] {
  const texts = [readFileSync(join(root, 'samples', 'policy-analysis.md'), 'utf8')];
  for (const folder of ['policies', 'workspace']) {
    for (const name of readdirSync(join(fixtures, folder))) if (/\.(md|txt)$/.test(name)) texts.push(readFileSync(join(fixtures, folder, name), 'utf8'));
  }
  texts.push(CATALOGUE.map((rule) => `${rule.message}\n${rule.explanation} ${rule.question}`).join('\n\n'));
  // Every phrase itself, in upper case and hyphenated, so each rule's states are reached.
  texts.push(
    cataloguePhrases(CATALOGUE)
      .phrases.map((phrase, index) => (index % 2 ? phrase.toUpperCase() : phrase.replace(/ /g, ' - ')))
      .join('; '),
  );
  return texts;
}

/** The quality bench's real policies in one language (bench/quality/LANG/policies). */
function policiesIn(language: 'de' | 'fr'): string[] {
  const folder = join(root, 'bench', 'quality', language, 'policies');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(join(folder, name), 'utf8'));
}

const asTuples = (matches: readonly { phrase: number; start: number; end: number }[]) => matches.map((match) => [match.phrase, match.start, match.end]);

describe('precompiled phrase tables', () => {
  afterEach(() => clearCatalogueTables());

  const { phrases } = cataloguePhrases(CATALOGUE);

  it('the compiled catalogue matches exactly as the reference matcher, on real policy text', () => {
    const reference = referenceCompile(phrases);
    const live = compilePhrases(phrases);
    let total = 0;
    for (const text of realTexts()) {
      const expected = asTuples(reference.findAll(text));
      total += expected.length;
      assert.deepEqual(asTuples(live.findAll(text)), expected);
      // A window in the middle, as the editor scans one.
      const from = Math.floor(text.length / 3);
      assert.deepEqual(asTuples(live.findAll(text, from, from + 2000)), asTuples(reference.findAll(text, from, from + 2000)));
    }
    assert.ok(total > 5000, `only ${total} matches: the texts do not exercise the catalogue`);
  });

  it('a table read back from its bytes matches as the live compile, for the whole catalogue', () => {
    const trie = buildPhraseTrie(phrases);
    const bytes = new Uint8Array(4 + phraseTableBytes(trie));
    encodePhraseTable(trie, bytes, 4);
    const decoded = decodePhraseTable(bytes, 4);
    const live = compilePhrases(phrases);
    assert.equal(decoded.phraseCount, phrases.length);
    for (const text of realTexts()) assert.deepEqual(asTuples(decoded.findAll(text)), asTuples(live.findAll(text)));
  });

  it('agrees with the reference on random phrase lists and texts (separators, apostrophes, accents, blank lines)', () => {
    const word = fc.stringMatching(/^[a-cé’'.\/]{1,4}$/);
    const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    const piece = fc.oneof(word, fc.constantFrom(' ', '  ', '-', '\n', '\r\n', '\n\n', ' \n \n', ',', 'A', 'É', 'x'));
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 12 }), fc.array(piece, { maxLength: 60 }), (list, parts) => {
        const usable = list.filter((candidate) => /[a-cé]/.test(candidate));
        fc.pre(usable.length > 0);
        const text = parts.join('');
        const trie = buildPhraseTrie(usable);
        const bytes = new Uint8Array(phraseTableBytes(trie));
        encodePhraseTable(trie, bytes, 0);
        const expected = asTuples(referenceCompile(usable).findAll(text));
        assert.deepEqual(asTuples(compilePhrases(usable).findAll(text)), expected);
        assert.deepEqual(asTuples(decodePhraseTable(bytes, 0).findAll(text)), expected);
      }),
      { numRuns: 400, seed: 18 },
    );
  });

  it('a linter given the catalogue table finds exactly what a linter compiling the catalogue finds', () => {
    const compiled = createLinter(CATALOGUE);
    assert.equal(registerCatalogueTables(shippedCatalogueTables()), 3, 'English, German and French');
    assert.ok(precompiledCatalogue(CATALOGUE), 'the table is used for the catalogue it was built from');
    const fromTable = createLinter(CATALOGUE);
    for (const text of realTexts()) assert.deepEqual(fromTable.lint(text), compiled.lint(text));
  });

  for (const [language, catalogue, context] of [
    ['German', GERMAN, GERMAN_CONTEXT],
    ['French', FRENCH, FRENCH_CONTEXT],
  ] as const) {
    it(`the ${language} table is used for the ${language} catalogue, with the findings of a linter compiling it`, () => {
      const options = { clarifier: context.clarifier };
      const compiled = createLinter(catalogue, options);
      registerCatalogueTables(shippedCatalogueTables());
      assert.equal(precompiledCatalogue(catalogue)?.ruleCount, catalogue.length);
      // The module the linter loads (validated on loading) is keyed as the one the build read.
      assert.ok(precompiledCatalogue(ruleModule(language === 'German' ? 'de' : 'fr').CATALOGUE), 'the loaded rule module finds its table');
      const fromTable = createLinter(catalogue, options);
      const texts = [...policiesIn(language === 'German' ? 'de' : 'fr'), cataloguePhrases(catalogue).phrases.join('; ')];
      let total = 0;
      for (const text of texts) {
        const expected = compiled.lint(text);
        total += expected.length;
        assert.deepEqual(fromTable.lint(text), expected);
      }
      assert.ok(total > 200, `only ${total} findings: the texts do not exercise the ${language} catalogue`);
    });
  }

  it('serves a catalogue followed by extra rules: the table for the catalogue, the extras compiled', () => {
    const extra: Rule = { ...CATALOGUE[0]!, id: 'extra', patterns: ['our vendors', 'partners'], message: 'extra "{{match}}"' };
    const rules = [...CATALOGUE, extra];
    const compiled = createLinter(rules);
    registerCatalogueTables(shippedCatalogueTables());
    assert.equal(precompiledCatalogue(rules)?.ruleCount, CATALOGUE.length);
    const fromTable = createLinter(rules);
    const text = 'We give data to our vendors and to our partners.\n\n' + realTexts()[0];
    const findings = fromTable.lint(text);
    assert.ok(findings.some((finding) => finding.ruleId === 'extra'));
    assert.deepEqual(findings, compiled.lint(text));
  });

  it('is not used for another catalogue, nor when a character no longer folds as it did', () => {
    registerCatalogueTables(shippedCatalogueTables());
    const changed = CATALOGUE.map((rule, index) => (index === 7 ? { ...rule, patterns: [...rule.patterns, 'our affiliates'] } : rule));
    assert.equal(precompiledCatalogue(changed), undefined);
    assert.equal(precompiledCatalogue(CATALOGUE.slice(1)), undefined);
    clearCatalogueTables();
    // A table whose recorded folding differs from the matcher's: as if charClasses.ts changed since the build.
    const bytes = shippedCatalogueTables();
    const keyLength = new TextEncoder().encode(catalogueKey(CATALOGUE)).length;
    const view = new DataView(bytes.buffer);
    const foldsAt = view.getUint32(12 + 16, true) + Math.ceil(keyLength / 4) * 4;
    view.setUint8(foldsAt, (view.getUint8(foldsAt) + 1) & 0xff);
    registerCatalogueTables(bytes);
    assert.equal(precompiledCatalogue(CATALOGUE), undefined);
  });

  it('ignores damaged or foreign bytes, and a source that cannot be read; the linter still works', () => {
    assert.equal(registerCatalogueTables(new Uint8Array([1, 2, 3])), 0);
    assert.equal(registerCatalogueTables(new TextEncoder().encode('{"not": "a table"}')), 0);
    const truncated = shippedCatalogueTables().slice(0, 4000);
    assert.equal(registerCatalogueTables(truncated), 0);
    // The English trie claiming more states than its file holds: registered (the file's header is
    // whole), refused when decoded.
    const bytes = shippedCatalogueTables();
    const view = new DataView(bytes.buffer);
    const [phraseCount, keyLength, foldCount, offset] = [4, 8, 12, 16].map((field) => view.getUint32(12 + field, true)) as [number, number, number, number];
    view.setUint32(offset + Math.ceil(keyLength / 4) * 4 + (foldCount + phraseCount) * 4, 0x0fffffff, true);
    assert.equal(registerCatalogueTables(bytes), 3);
    assert.equal(precompiledCatalogue(CATALOGUE), undefined);
    assert.ok(precompiledCatalogue(GERMAN), 'the other tables are still used');
    setCatalogueTableSource(() => {
      throw new Error('ENOENT');
    });
    const linter = createLinter(CATALOGUE);
    assert.equal(linter.lint('We share it with third parties.')[0]?.ruleId, 'third-parties');
  });

  it('reads a table source once, on the first linter, and uses what it read', () => {
    let reads = 0;
    setCatalogueTableSource(() => {
      reads++;
      return shippedCatalogueTables();
    });
    assert.equal(reads, 0, 'nothing is read before a linter is made');
    assert.ok(precompiledCatalogue(CATALOGUE));
    assert.ok(precompiledCatalogue(CATALOGUE));
    assert.equal(reads, 1);
  });
});
