import assert from 'node:assert/strict';
import { companyNamed, controllerLine, controllerValue, KNOWN_NAME_SCORE, loadDirectory } from '../../../src/core/directory/index';
import { frontMatterString } from '../../../src/core/markdown/frontMatterValue';

const doc = (frontMatter: string, body = '# Notes\n') => `---\n${frontMatter}\n---\n${body}`;
/** The value as written, by the offsets controllerLine returns. */
const written = (text: string) => {
  const line = controllerLine(text);
  return line && { name: line.name, text: text.slice(line.start, line.end), line: text.slice(line.lineStart, line.lineEnd) };
};

describe('directory: the front matter controller line', () => {
  it('finds a plain value and its offsets', () => {
    const text = doc('title: Objection\ncontroller: Zalando SE\nyear: 2026');
    assert.deepEqual(written(text), { name: 'Zalando SE', text: 'Zalando SE', line: 'controller: Zalando SE' });
  });

  it('reads quoted values, leaves out comments and trailing blanks, and keeps quotes in the range to replace', () => {
    assert.deepEqual(written(doc('controller: "Müller \\"Daten\\" GmbH"  # who')), {
      name: 'Müller "Daten" GmbH',
      text: '"Müller \\"Daten\\" GmbH"',
      line: 'controller: "Müller \\"Daten\\" GmbH"  # who',
    });
    assert.deepEqual(written(doc("controller: 'O''Reilly Media'")), { name: "O'Reilly Media", text: "'O''Reilly Media'", line: "controller: 'O''Reilly Media'" });
    assert.deepEqual(written(doc('controller:   Google LLC   # see privacy notice')), { name: 'Google LLC', text: 'Google LLC', line: 'controller:   Google LLC   # see privacy notice' });
    assert.equal(written(doc('controller: C#Corp'))?.name, 'C#Corp', 'a # inside a word is not a comment');
  });

  it('agrees with the letters’ front-matter reader on the name', () => {
    for (const fm of ['controller: Zalando SE', 'controller: "Zalando SE"', "controller: 'Zalando SE' # x", 'controller: Zalando SE # x', 'controller: -minus Corp']) {
      const text = doc(fm);
      assert.equal(controllerLine(text)?.name, frontMatterString(text, 'controller'), fm);
    }
  });

  it('handles CRLF line ends', () => {
    const text = '---\r\ntitle: x\r\ncontroller: ACME Ltd\r\n---\r\nBody\r\n';
    assert.deepEqual(written(text), { name: 'ACME Ltd', text: 'ACME Ltd', line: 'controller: ACME Ltd' });
  });

  it('ignores what is not a one-line name in front matter', () => {
    for (const text of [
      '# No front matter\ncontroller: ACME\n',
      doc('title: x', 'controller: ACME in the body\n'),
      doc('controller:'),
      doc('controller: ""'),
      doc('controller: >\n  Example Corp\n  Ltd'),
      doc('controller: |\n  Example Corp'),
      doc('controller: [a, b]'),
      doc('controller: {name: x}'),
      doc('controller: &anchor ACME'),
      doc('controller: *alias'),
      doc('controller: - list'),
      doc('controller: key: value'),
      doc('  controller: nested'),
      doc('Controller: Capitalised key'),
      doc('controllers: ACME'),
      '---\ncontroller: Unclosed front matter\n',
    ]) {
      assert.equal(controllerLine(text), undefined, JSON.stringify(text));
    }
  });

  it('writes a name back as a YAML value that reads back the same', () => {
    for (const name of [
      'Zalando SE',
      'Meta Platforms Ireland Ltd.',
      "Commission Nationale de l'Informatique",
      '1&1 Telecom GmbH',
      'Müller: Daten & Co',
      '#hashtag AG',
      'yes',
      '2026',
      'A "quoted" name',
      'Back\\slash Ltd',
      '- Dash Co',
      'C#Corp',
    ]) {
      const value = controllerValue(name);
      const text = doc(`controller: ${value}`);
      assert.equal(frontMatterString(text, 'controller'), name, `${name} written as ${value}`);
      assert.equal(controllerLine(text)?.name, name, `${name} read back by controllerLine`);
    }
    assert.equal(controllerValue('Zalando SE'), 'Zalando SE', 'plain when it can be');
  });
});

describe('directory: the record a controller names', () => {
  const directory = loadDirectory();

  it('knows exact names (with or without legal form), domains and services', () => {
    assert.equal(companyNamed(directory, 'Zalando SE')?.slug, 'zalando');
    assert.equal(companyNamed(directory, 'zalando')?.slug, 'zalando');
    assert.equal(companyNamed(directory, 'zalando.de')?.slug, 'zalando');
    assert.equal(companyNamed(directory, 'Google LLC')?.slug, 'google');
    assert.equal(companyNamed(directory, 'Android')?.slug, 'google');
  });

  it('does not take a prefix, a typo or an unknown name for a record', () => {
    assert.ok(directory.searchCompanies('Zalandoo', 1)[0]!.score >= KNOWN_NAME_SCORE, 'a typo is only a suggestion');
    assert.equal(companyNamed(directory, 'Zalandoo'), undefined);
    assert.equal(companyNamed(directory, 'Example Corp Ltd'), undefined);
    assert.equal(companyNamed(directory, 'ExampleCorp'), undefined);
  });
});
