import assert from 'node:assert/strict';
import { fillLetter } from '../../../src/core/letters/fill';
import { findUnfilledPlaceholders } from '../../../src/core/letters/placeholders';
import { getLetter, listLetters, type Letter } from '../../../src/core/letters/registry';
import { escapeSnippetChoice, escapeSnippetText, toSnippetBody } from '../../../src/core/letters/snippet';

/**
 * What VS Code inserts when the user tabs through without typing: each tab stop's default,
 * mirrors copied, escapes undone. Handles the subset of snippet syntax the letters use.
 */
function insertWithDefaults(body: string): string {
  const defaults = new Map<string, string>();
  let out = '';
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i];
    if (char === '\\') {
      out += body[i + 1] ?? '';
      i += 1;
      continue;
    }
    if (char !== '$') {
      out += char;
      continue;
    }
    const rest = body.slice(i);
    const simple = /^\$(\d+)/.exec(rest);
    if (simple?.[1] !== undefined) {
      out += simple[1] === '0' ? '' : (defaults.get(simple[1]) ?? '');
      i += simple[0].length - 1;
      continue;
    }
    const open = /^\$\{(\d+)([:|])/.exec(rest);
    assert.ok(open?.[1] !== undefined, `unescaped $ at ${i}: ${rest.slice(0, 20)}`);
    let j = i + open[0].length;
    let value = '';
    while (body[j] !== '}' || (open[2] === '|' && body[j - 1] !== '|')) {
      if (body[j] === '\\') j += 1;
      value += body[j] ?? '';
      j += 1;
      assert.ok(j <= body.length, 'unterminated tab stop');
    }
    if (open[2] === '|') value = (value.slice(0, -1).split(/(?<!\\),/)[0] ?? '').replace(/\\(.)/g, '$1');
    defaults.set(open[1], value);
    out += value;
    i = j;
  }
  return out;
}

describe('letters: snippet escaping', () => {
  it('escapes $, } and backslash in literal text', () => {
    assert.equal(escapeSnippetText('Costs $5 {a} \\ end}'), 'Costs \\$5 {a\\} \\\\ end\\}');
    assert.equal(escapeSnippetText('plain text'), 'plain text');
  });

  it('also escapes comma and pipe in choice options', () => {
    assert.equal(escapeSnippetChoice('a, b | c $d}'), 'a\\, b \\| c \\$d\\}');
  });
});

describe('letters: toSnippetBody', () => {
  const letter = getLetter('eu-gdpr-21-1-en');

  it('writes known values as text and unknown fields as marker tab stops', () => {
    const body = toSnippetBody(letter, { name: 'Jane $ Doe}', controller: 'ACME' }, { today: '2026-11-29' });
    assert.ok(body.startsWith('<!-- right-to-object:letter eu-gdpr-21-1-en sent=${1:2026-11-29} to=ACME -->\n'));
    assert.ok(body.includes('Jane \\$ Doe\\}  \n'));
    assert.ok(body.includes('To: ACME\n'));
    assert.match(body, /\$\{\d+:\[\[grounds: describe your particular situation\]\]\}/);
    assert.match(body, /\$\{\d+:\[\[email: your e-mail address \(optional\)\]\]\}/);
    assert.ok(body.includes('that is 29 December 2026.'), 'deadline computed from today');
    assert.ok(body.endsWith('\n$0'));
  });

  it('numbers tab stops in order and mirrors repeated fields', () => {
    const body = toSnippetBody(letter, {}, { today: '2026-11-29' });
    const numbers = [...body.matchAll(/\$\{(\d+)[:|]/g)].map((m) => Number(m[1]));
    assert.deepEqual(
      numbers,
      numbers.map((_, i) => i + 1),
    );
    // The marker's date is the tab stop (ISO, for follow-ups); the body writes the date in words.
    assert.ok(body.includes('sent=${1:2026-11-29}'));
    assert.ok(body.includes('\n29 November 2026\n'), 'letter date in the body, in the letter’s language');
    assert.ok(body.includes('\n$2\n<!-- /right-to-object:letter -->\n$0'), 'signature mirrors the name');
  });

  it('uses VS Code date variables when no date is known, and leaves the deadline as a marker', () => {
    const body = toSnippetBody(letter);
    assert.ok(body.includes('sent=${1:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}'));
    assert.match(body, /\[\[responseDue: reply due date, one month from receipt \(GDPR Art\. 12\(3\)\)\]\]/);
  });

  it('turns a choice field into a choice tab stop with escaped options', () => {
    const base = getLetter('ca-qc-28-1-en');
    const custom: Letter = {
      ...base,
      placeholders: base.placeholders.map((p) => (p.name === 'trigger' ? { ...p, options: ['contravenes the law, plainly', 'contravenes a court order | injunction'] } : p)),
    };
    const body = toSnippetBody(custom, {}, { today: '2026-11-29' });
    assert.match(body, /\$\{\d+\|contravenes the law\\, plainly,contravenes a court order \\\| injunction\|\}/);
  });

  it('inserts, untouched, as the filled letter with markers where values are missing', () => {
    const known = { name: 'Jane Doe', controller: 'ACME Ltd' };
    const inserted = insertWithDefaults(toSnippetBody(letter, known, { today: '2026-11-29' }));
    const markers = findUnfilledPlaceholders(inserted);
    assert.deepEqual(
      markers.map((m) => m.field),
      ['postalAddress', 'email', 'reference', 'processing', 'grounds'],
    );
    for (const m of markers) assert.equal(inserted.slice(m.start, m.end), `[[${m.field}: ${m.label}]]`);
    const replaced = inserted.replace('[[grounds: describe your particular situation]]', 'My reasons.');
    const filled = fillLetter(letter, { ...known, grounds: 'My reasons.', postalAddress: 'P', email: 'E', reference: 'R', processing: 'X' }, '2026-11-29');
    const expected = filled
      .replace('P  \n', '[[postalAddress: your postal address on one line (optional)]]  \n')
      .replace('E\n', '[[email: your e-mail address (optional)]]\n')
      .replace(': R\n', ': [[reference: customer number, account or user name (optional)]]\n')
      .replace(': X\n', ': [[processing: which processing you object to (optional)]]\n');
    assert.equal(replaced, expected);
  });

  it('produces a body VS Code can parse for every letter', () => {
    for (const each of listLetters()) {
      const inserted = insertWithDefaults(toSnippetBody(each));
      assert.ok(inserted.startsWith(`<!-- right-to-object:letter ${each.id} sent=`), each.id);
      assert.ok(!inserted.includes('{{'), each.id);
    }
  });
});
