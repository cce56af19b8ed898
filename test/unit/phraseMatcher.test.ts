import assert from 'node:assert/strict';
import { compilePhrases } from '../../src/core/match/phraseMatcher';
import { expandPattern } from '../../src/core/match/expandPattern';

function found(phrases: string[], text: string): string[] {
  return compilePhrases(phrases)
    .findAll(text)
    .map((m) => `${phrases[m.phrase]}@${m.start}-${m.end}:${text.slice(m.start, m.end)}`);
}

describe('expandPattern', () => {
  it('expands alternatives and optional endings', () => {
    assert.deepEqual(expandPattern('share(s|d|)').sort(), ['share', 'shared', 'shares']);
    assert.deepEqual(expandPattern('(trusted|selected) partner(s|)').sort(), ['selected partner', 'selected partners', 'trusted partner', 'trusted partners']);
  });
  it('drops the double space an optional word leaves', () => {
    assert.deepEqual(expandPattern('may (also |)share').sort(), ['may also share', 'may share']);
  });
  it('rejects unclosed and nested groups', () => {
    assert.throws(() => expandPattern('share(s'), /Unclosed/);
    assert.throws(() => expandPattern('a(b(c|d))'), /Nested/);
  });
});

describe('compilePhrases', () => {
  it('matches case-insensitively, as whole words only', () => {
    assert.deepEqual(found(['partners'], 'Our Partners and partnership, partnerships, PARTNERS.'), ['partners@4-12:Partners', 'partners@44-52:PARTNERS']);
  });
  it('tolerates extra spaces, tabs, line breaks and hyphens inside a phrase', () => {
    const text = 'third  party, third\n  party, third-party, third\r\nparty';
    assert.equal(found(['third party'], text).length, 4);
  });
  it('reports exact UTF-16 offsets after astral characters and accents', () => {
    const text = '😀 café: legitimate interests';
    const [match] = compilePhrases(['legitimate interests']).findAll(text);
    assert.ok(match);
    assert.equal(text.slice(match.start, match.end), 'legitimate interests');
  });
  it("reports overlapping phrases (resolution is the linter's job)", () => {
    const matches = found(['may', 'may share'], 'We may share it.');
    assert.deepEqual(matches.sort(), ['may share@3-12:may share', 'may@3-6:may']);
  });
  it('finds a phrase that starts inside a failed longer one', () => {
    assert.deepEqual(found(['such as', 'as long as necessary'], 'as long such as'), ['such as@8-15:such as']);
  });
  it('does not match across punctuation that is not part of the phrase', () => {
    assert.deepEqual(found(['third party'], 'third, party; third.party'), []);
  });
  it('matches phrases with punctuation and apostrophes, typographic ones included', () => {
    assert.deepEqual(found(['and/or', 'etc.', "we'll"], 'names and/or emails, etc. We’ll'), ['and/or@6-12:and/or', 'etc.@21-25:etc.', "we'll@26-31:We’ll"]);
  });
  it('ends a phrase at a blank line, whatever the line endings and the spacing on the empty line', () => {
    for (const blank of ['\n\n', '\r\n\r\n', '\r\r', '\n\r\n', '\r\n\n', '\n \t\n', '\r\n - \r\n', '\n\u00a0\n', '\n\n\n']) {
      assert.deepEqual(found(['third party'], `third${blank}party`), [], JSON.stringify(blank));
    }
  });
  it('lets a phrase run over one line break of any kind, with spacing around it', () => {
    for (const lineBreak of ['\n', '\r\n', '\r', ' \n ', '\t\r\n\t', '-\n', '\n-']) {
      assert.equal(found(['third party'], `third${lineBreak}party`).length, 1, JSON.stringify(lineBreak));
    }
  });
  it('matches again right after a blank line, and in a window that starts at a line break', () => {
    const text = 'third\n\nthird party';
    assert.deepEqual(found(['third party'], text), ['third party@7-18:third party']);
    const matches = compilePhrases(['third party']).findAll(text, 6);
    assert.deepEqual(
      matches.map((m) => [m.start, m.end]),
      [[7, 18]],
    );
  });
  it('respects the scan window', () => {
    const text = 'partners partners partners';
    const matches = compilePhrases(['partners']).findAll(text, 9, 17);
    assert.deepEqual(
      matches.map((m) => [m.start, m.end]),
      [[9, 17]],
    );
  });
  it('matches German and French letters with or without their accents, in any case', () => {
    const text = 'L’INTÉRÊT légitime; nos interets legitimes; Drittanbieter; DRITTANBIETER; Maßnahmen; œuvre';
    assert.deepEqual(
      found(['l’intérêt légitime', 'intérêts légitimes', 'drittanbieter', 'maßnahmen', 'oeuvre'], text).map((hit) => hit.split(':')[1]),
      ['L’INTÉRÊT légitime', 'interets legitimes', 'Drittanbieter', 'DRITTANBIETER', 'Maßnahmen'],
    );
  });
  it('does not let a word with an accent end or start a phrase inside it', () => {
    assert.deepEqual(found(['tiers'], 'tiersé, détiers, tiers.'), ['tiers@17-22:tiers']);
  });
  it('rejects phrases with characters the matcher folds away', () => {
    assert.throws(() => compilePhrases(['50%']), /unsupported character/);
  });
});
