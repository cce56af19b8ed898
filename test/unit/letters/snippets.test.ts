import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listLetters } from '../../../src/core/letters/registry';
import { buildLetterSnippets, renderLetterSnippetsFile, snippetPrefix } from '../../../src/core/letters/snippetsJson';

// Tests run from the repository root (mocha's working directory).
const FILE = join(process.cwd(), 'snippets', 'letters.code-snippets');
const REGENERATE = 'snippets/letters.code-snippets is out of date: run node scripts/generate-snippets.mjs';

describe('letters: snippets file', () => {
  it('equals the generator output exactly', () => {
    assert.equal(readFileSync(FILE, 'utf8'), renderLetterSnippetsFile(), REGENERATE);
  });

  it('has one snippet per letter, with unique prefixes of the documented form', () => {
    const snippets = Object.values(buildLetterSnippets());
    assert.equal(snippets.length, listLetters().length);
    const prefixes = snippets.map((s) => s.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    for (const prefix of ['object-gdpr-21-1', 'object-gdpr-21-1-de', 'object-gdpr-21-2-pl', 'object-us-ca-1798-120', 'object-br-lgpd-18-2-pt']) {
      assert.ok(prefixes.includes(prefix), prefix);
    }
    assert.equal(snippetPrefix({ id: 'eu-gdpr-21-1-en' }), 'object-gdpr-21-1');
  });

  it('describes each snippet with its citations and deadline', () => {
    const snippet = buildLetterSnippets()['Right to Object: eu-gdpr-21-1-de'];
    assert.ok(snippet);
    assert.match(snippet.description, /German/);
    assert.match(snippet.description, /GDPR Art\. 21\(1\)/);
    assert.match(snippet.description, /Deadline: one month from receipt \(GDPR Art\. 12\(3\)\)/);
    assert.match(buildLetterSnippets()['Right to Object: ch-fadp-30-2-b-en']?.description ?? '', /No verified response deadline/);
  });
});
