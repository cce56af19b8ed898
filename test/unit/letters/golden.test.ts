// Golden test: every letter rendered with fixed inputs, compared with outputs recorded in
// fixtures/letters.golden.json. It fails when any letter's text, fields, citations, notes or
// catalogue order changes, so a template cannot change by accident (moving the letters to data
// files kept every byte). Snippet bodies are checked the same way by snippets.test.ts against
// the committed snippets/letters.code-snippets. After an intended change, regenerate the fixture and review its diff:
//   RTO_UPDATE_GOLDEN=1 npx mocha --config .mocharc.json --grep "letters: golden"
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillLetter } from '../../../src/core/letters/fill';
import { listLetters, type Letter } from '../../../src/core/letters/registry';

// Tests run from the repository root (mocha's working directory).
const FIXTURE = join(process.cwd(), 'test', 'unit', 'letters', 'fixtures', 'letters.golden.json');
const TODAY = '2026-03-02';
const DATES: Record<string, string> = { date: '2026-03-02', sentDate: '2026-01-30', complaintDate: '2026-02-20' };

/** A distinct value for every field, so each placeholder's position shows in the output. */
function allValues(letter: Letter): Record<string, string> {
  return Object.fromEntries(
    letter.placeholders.map((p) => {
      if (p.kind === 'date') return [p.name, DATES[p.name] ?? '2026-02-01'];
      if (p.kind === 'choice') return [p.name, p.options?.at(-1) ?? ''];
      if (p.kind === 'multiline') return [p.name, `${p.name} line one\n${p.name} line two`];
      return [p.name, `<${p.name}>`];
    }),
  );
}

/** Only the required fields: optional lines are dropped. */
function requiredValues(letter: Letter): Record<string, string> {
  const all = allValues(letter);
  return Object.fromEntries(letter.placeholders.filter((p) => p.required).map((p) => [p.name, all[p.name] ?? '']));
}

interface GoldenEntry {
  letter: Omit<Letter, 'authority' | 'citations' | 'deadlineRule'> & { citations: string[]; deadlineRule?: string; authority: string };
  filled: string;
  filledRequiredOnly: string;
}

function render(letter: Letter): GoldenEntry {
  const { authority, citations, deadlineRule, ...rest } = letter;
  return {
    letter: {
      ...rest,
      citations: citations.map((c) => c.provisionId),
      ...(deadlineRule ? { deadlineRule: deadlineRule.id } : {}),
      authority: authority.name,
    },
    filled: fillLetter(letter, allValues(letter), TODAY, { received: 'same-day', controllerCountry: 'FR', gender: 'feminine' }),
    filledRequiredOnly: fillLetter(letter, requiredValues(letter), TODAY),
  };
}

function renderAll(): Record<string, GoldenEntry> {
  return Object.fromEntries(listLetters().map((letter) => [letter.id, render(letter)]));
}

describe('letters: golden outputs', () => {
  const actual = renderAll();
  if (process.env['RTO_UPDATE_GOLDEN'] === '1') writeFileSync(FIXTURE, `${JSON.stringify(actual, null, 2)}\n`);
  const expected = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, GoldenEntry>;

  it('has the same letters in the same order', () => {
    assert.deepEqual(Object.keys(actual), Object.keys(expected));
  });

  for (const [id, entry] of Object.entries(expected)) {
    it(`renders ${id} exactly as recorded`, () => {
      const got = actual[id];
      assert.ok(got, `letter ${id} is missing`);
      assert.deepEqual(got.letter, entry.letter);
      assert.equal(got.filled, entry.filled);
      assert.equal(got.filledRequiredOnly, entry.filledRequiredOnly);
    });
  }
});
