// The letter files (src/core/letters/templates/**/*.md): they compile without a problem into the
// definitions the bundles embed (catalogue/generated.json), and each kind of mistake a reviewer can
// make gives a message naming the file, the line and the field.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { LETTER_DEFINITIONS } from '../../../src/core/letters/catalogue/index';
import { compileLetterFiles, type LetterSourceFile } from '../../../src/core/letters/catalogue/compile';

// Tests run from the repository root (mocha's working directory).
const ROOT = process.cwd();
const TEMPLATES = join(ROOT, 'src', 'core', 'letters', 'templates');
const SCRIPT = join(ROOT, 'scripts', 'generate-letters.cjs');

function listMarkdown(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? listMarkdown(join(dir, name)) : name.endsWith('.md') ? [join(dir, name)] : []));
}

const FILES: readonly LetterSourceFile[] = listMarkdown(TEMPLATES).map((file) => ({ path: relative(ROOT, file).split(sep).join('/'), text: readFileSync(file, 'utf8') }));

const path = (jurisdiction: string, id: string): string => `src/core/letters/templates/${jurisdiction}/${id}.md`;
const EN = path('eu-gdpr', 'eu-gdpr-21-2-en');
const DE = path('eu-gdpr', 'eu-gdpr-21-2-de');
const CA = path('us-ca', 'us-ca-cppa-complaint-en');

function textOf(file: string): string {
  const found = FILES.find((f) => f.path === file);
  assert.ok(found, file);
  return found.text;
}

/** The problems after replacing (or adding) files. */
function problemsWith(changes: Record<string, string | undefined>): string[] {
  const files = FILES.filter((f) => !(f.path in changes)).concat(Object.entries(changes).flatMap(([file, text]) => (text === undefined ? [] : [{ path: file, text }])));
  return compileLetterFiles(files).problems;
}

/** Asserts one problem mentions every part (file:line, field, value). */
function assertProblem(problems: readonly string[], ...parts: string[]): void {
  assert.ok(
    problems.some((p) => parts.every((part) => p.includes(part))),
    `expected a problem with ${parts.map((p) => JSON.stringify(p)).join(' and ')}, got:\n${problems.join('\n')}`,
  );
}

describe('letters: template files', () => {
  it('compile without a problem into exactly the definitions the bundles embed', () => {
    const { definitions, problems } = compileLetterFiles(FILES);
    assert.deepEqual(problems, []);
    assert.equal(definitions.length, FILES.filter((f) => !f.path.includes('/partials/')).length);
    assert.ok(definitions.length >= 78);
    assert.deepEqual(definitions, LETTER_DEFINITIONS, 'catalogue/generated.json is stale: run node scripts/generate-letters.cjs');
  });

  it('keep the sender block in one file, used by every letter', () => {
    const sender = readFileSync(join(TEMPLATES, 'partials', 'sender.md'), 'utf8');
    assert.match(sender, /\{\{name\}\} {2}\n\{\{postalAddress\}\} {2}\n\{\{email\}\}\n\n\{\{date\}\}\n$/, 'the two trailing spaces are Markdown line breaks');
    const letters = FILES.filter((f) => !f.path.includes('/partials/'));
    assert.equal(letters.length, LETTER_DEFINITIONS.length);
    for (const file of letters) assert.match(file.text, /^---\n[\s\S]*?\n---\n\n\{\{> sender\}\}\n/, file.path);
    for (const definition of LETTER_DEFINITIONS) assert.ok(definition.body.startsWith('{{name}}  \n{{postalAddress}}  \n{{email}}\n\n{{date}}\n'), definition.id);
  });

  it('give a translation the structure of the letter it translates', () => {
    const de = LETTER_DEFINITIONS.find((d) => d.id === 'eu-gdpr-21-2-de');
    const en = LETTER_DEFINITIONS.find((d) => d.id === 'eu-gdpr-21-2-en');
    assert.ok(de && en);
    assert.equal(de.language, 'de');
    assert.deepEqual([de.citations, de.placeholders, de.notes, de.deadline, de.title], [en.citations, en.placeholders, en.notes, en.deadline, en.title]);
    assert.notEqual(de.body, en.body);
  });

  it('read the same with a byte-order mark or Windows line endings', () => {
    const original = compileLetterFiles(FILES).definitions.find((d) => d.id === 'eu-gdpr-21-2-en');
    for (const text of [`\uFEFF${textOf(EN)}`, textOf(EN).replace(/\n/g, '\r\n')]) {
      const { definitions, problems } = compileLetterFiles(FILES.map((f) => (f.path === EN ? { path: EN, text } : f)));
      assert.deepEqual(problems, []);
      assert.deepEqual(
        definitions.find((d) => d.id === 'eu-gdpr-21-2-en'),
        original,
      );
    }
  });

  describe('name the file, line and field of a mistake', () => {
    it('a missing field', () => {
      assertProblem(problemsWith({ [EN]: textOf(EN).replace(/^title: .*\n/m, '') }), `${EN}:1:`, 'field "title" is missing');
    });

    it('a misspelt field, with its line', () => {
      const text = textOf(EN).replace(/^citations:/m, 'citation:');
      const line = text.split('\n').findIndex((l) => l.startsWith('citation:')) + 1;
      const problems = problemsWith({ [EN]: text });
      assertProblem(problems, `${EN}:${line}:`, 'unknown field "citation"');
      assertProblem(problems, `${EN}:`, 'field "citations" is missing');
      assert.ok(line > 1);
    });

    it('a list written as a single value, at its line', () => {
      const text = textOf(EN).replace(/^citations: .*$/m, 'citations: gdpr-21-2-3');
      const line = text.split('\n').findIndex((l) => l.startsWith('citations:')) + 1;
      assertProblem(problemsWith({ [EN]: text }), `${EN}:${line}:`, 'field "citations" must be a list');
    });

    it('a value outside its set', () => {
      assertProblem(problemsWith({ [EN]: textOf(EN).replace(/^kind: .*$/m, 'kind: objection') }), `${EN}:4:`, 'field "kind" must be one of', 'object-direct-marketing');
    });

    it('a YAML syntax error', () => {
      assertProblem(problemsWith({ [EN]: textOf(EN).replace(/^title: .*$/m, 'title: "unclosed') }), EN, 'not valid YAML');
    });

    it('a file without front matter', () => {
      assertProblem(problemsWith({ [EN]: textOf(EN).replace(/^---\n[\s\S]*?\n---\n/, '') }), `${EN}:1:`, 'no front matter');
    });

    it('an unknown shared field, and a new field declared without its kind', () => {
      const unknown = textOf(CA).replace('  - sentDate\n', '  - sentOn\n');
      assertProblem(problemsWith({ [CA]: unknown }), `${CA}:`, 'field "fields[6]"', '"sentOn" is not a shared field');
      const incomplete = textOf(CA).replace('      kind: choice\n', '');
      assertProblem(problemsWith({ [CA]: incomplete }), `${CA}:`, '"request" is not a shared field, so it needs a label, a kind and "required"');
    });

    it('a field property with a wrong value', () => {
      const text = textOf(CA).replace('      required: true\n      options:', '      required: yes please\n      options:');
      assertProblem(problemsWith({ [CA]: text }), `${CA}:`, 'field "fields[5].request.required" must be a boolean');
    });

    it('an unknown shared block, at its line in the letter', () => {
      const text = textOf(EN).replace('{{> sender}}', '{{> senders}}');
      const line = text.split('\n').indexOf('{{> senders}}') + 1;
      assertProblem(problemsWith({ [EN]: text }), `${EN}:${line}:`, 'unknown shared block {{> senders}}');
    });

    it('a placeholder used but not declared, and a citation the jurisdiction does not have', () => {
      assertProblem(problemsWith({ [EN]: textOf(EN).replace('Dear Sir or Madam,', 'Dear {{salutation}},') }), `${EN}:`, '{{salutation}} is used but not declared');
      const text = textOf(EN).replace('citations: [gdpr, gdpr-21-2-3, gdpr-12-3]', 'citations: [gdpr, gdpr-21-9, gdpr-12-3]');
      const line = text.split('\n').findIndex((l) => l.startsWith('citations:')) + 1;
      assertProblem(problemsWith({ [EN]: text }), `${EN}:${line}:`, 'cites unknown provision gdpr-21-9');
    });

    it('a number no citation backs', () => {
      assertProblem(problemsWith({ [EN]: textOf(EN).replace('Article 21(2) GDPR does not require', 'Article 99 GDPR does not require') }), EN, 'the number "99" is not backed');
    });

    it('a file named or placed unlike its id', () => {
      const moved = path('uk-gdpr', 'eu-gdpr-21-2-en');
      assertProblem(problemsWith({ [EN]: undefined, [moved]: textOf(EN) }), moved, 'folder of its jurisdiction, templates/eu-gdpr/');
      const renamed = path('eu-gdpr', 'eu-gdpr-21-2x-en');
      assertProblem(problemsWith({ [EN]: undefined, [renamed]: textOf(EN) }), renamed, 'named after its id, eu-gdpr-21-2-en.md');
    });

    it('a translation that names no letter, or repeats the structure it inherits', () => {
      assertProblem(problemsWith({ [DE]: textOf(DE).replace('translationOf: eu-gdpr-21-2-en', 'translationOf: eu-gdpr-21-3-en') }), `${DE}:4:`, 'there is no letter eu-gdpr-21-3-en');
      assertProblem(problemsWith({ [DE]: textOf(DE).replace('language: de\n', 'language: de\ncitations: [gdpr]\n') }), `${DE}:4:`, '"citations" comes from the letter it translates');
    });

    it('a shared block that no letter uses', () => {
      const unused = 'src/core/letters/templates/partials/unused.md';
      assertProblem(problemsWith({ [unused]: '---\ndescription: Nobody includes this block.\n---\n\nText\n' }), `${unused}:1:`, 'not used by any letter');
    });

    it('an empty letter', () => {
      assertProblem(problemsWith({ [EN]: textOf(EN).replace(/\n---\n[\s\S]*$/, '\n---\n') }), EN, 'text after the front matter is missing or too short');
    });
  });

  describe('the generator script (run by every build)', () => {
    it('finds generated.json up to date', function () {
      this.timeout(60_000);
      const run = spawnSync(process.execPath, [SCRIPT, '--check'], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, new RegExp(`^${LETTER_DEFINITIONS.length} letters: generated\\.json is up to date`));
    });

    it('stops with the file, line and field of a malformed letter, and writes nothing', function () {
      this.timeout(60_000);
      const scratch = mkdtempSync(join(tmpdir(), 'rto-letters-'));
      try {
        const copy = join(scratch, 'templates');
        cpSync(TEMPLATES, copy, { recursive: true });
        const file = join(copy, 'eu-gdpr', 'eu-gdpr-21-2-en.md');
        writeFileSync(file, readFileSync(file, 'utf8').replace(/^deadline: .*$/m, 'deadline: [gdpr-12-3]'));
        const before = readFileSync(join(ROOT, 'src', 'core', 'letters', 'catalogue', 'generated.json'), 'utf8');
        const run = spawnSync(process.execPath, [SCRIPT, '--templates', copy], { encoding: 'utf8' });
        assert.equal(run.status, 1);
        const shown = relative(ROOT, file).split(sep).join('/');
        assert.match(run.stderr, /The letter files have 1 problem:/);
        assert.ok(run.stderr.includes(`✘ [ERROR] ${shown}:8: field "deadline" must be a string`), run.stderr);
        assert.equal(readFileSync(join(ROOT, 'src', 'core', 'letters', 'catalogue', 'generated.json'), 'utf8'), before);
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    });
  });
});
