// Nothing internal in what users see: every string a rule, legal hook, jurisdiction or letter can show
// must name public sources only, and every `source` must name an official title or a public URL.
import assert from 'node:assert/strict';
import { OFFICIAL_TITLES } from '../../src/core/legal/sources';
import { JURISDICTIONS } from '../../src/core/letters/jurisdictions';
import { listLetters } from '../../src/core/letters/registry';
import { CATALOGUE, LEGAL_HOOKS } from '../../src/core/vague/catalogue/index';

interface Visible {
  where: string;
  key: string;
  text: string;
}

/** Every string reachable from `value`, with its path and the name of the property holding it. */
function strings(value: unknown, where: string, key = ''): Visible[] {
  if (typeof value === 'string') return [{ where, key, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${where}[${index}]`, key));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([name, item]) => strings(item, `${where}.${name}`, name));
  }
  return [];
}

const VISIBLE: readonly Visible[] = [
  ...CATALOGUE.flatMap((rule) => strings(rule, `rule ${rule.id}`)),
  ...LEGAL_HOOKS.flatMap((hook) => strings(hook, `legal hook ${hook.citation}`)),
  ...JURISDICTIONS.flatMap((jurisdiction) => strings(jurisdiction, `jurisdiction ${jurisdiction.id}`)),
  ...listLetters().flatMap((letter) => strings(letter, `letter ${letter.id}`)),
];

/** What must never reach a user: internal pointers, index ids and paths on someone's machine. */
const FORBIDDEN: readonly { name: string; pattern: RegExp }[] = [
  { name: 'a "file id" pointer', pattern: /file\s+ids?\b/i },
  { name: 'a search-index id', pattern: /\bids?\b\D{0,40}\b\d{10,11}\b/i },
  { name: 'an absolute filesystem path', pattern: /(^|[\s(:'"])\/(work|home|tmp|Users|root|mnt|var)\/|\b[A-Za-z]:\\/ },
  { name: 'a notes folder outside the repository', pattern: /shared\/notes|(^|[^\w.-])notes\// },
  { name: '"ref:" shorthand for a research note', pattern: /\bref\s*[:,]|\(ref\)/i },
  { name: '"ver §" shorthand for a research note', pattern: /\bver\s*§/i },
];

function violations(): string[] {
  const found: string[] = [];
  for (const { where, text } of VISIBLE) {
    for (const { name, pattern } of FORBIDDEN) {
      if (pattern.test(text)) found.push(`${where}: ${name}: ${JSON.stringify(text)}`);
    }
  }
  return found;
}

function sourcesWithoutPublicReference(): string[] {
  return VISIBLE.filter(({ key }) => key === 'source')
    .filter(({ text }) => !/https?:\/\/\S/.test(text) && !OFFICIAL_TITLES.some((title) => text.includes(title)))
    .map(({ where, text }) => `${where}: names neither a URL nor an official title: ${JSON.stringify(text)}`);
}

describe('public sources in user-visible strings', () => {
  it('walks rules, legal hooks, jurisdictions and letters', () => {
    const sources = VISIBLE.filter(({ key }) => key === 'source');
    assert.ok(CATALOGUE.length > 0 && LEGAL_HOOKS.length > 0 && JURISDICTIONS.length > 0 && listLetters().length > 0);
    // Each jurisdiction has a law source, and letters repeat their citations' sources.
    assert.ok(sources.length > JURISDICTIONS.length * 3, `only ${sources.length} sources found`);
  });

  it('shows no internal ids, paths outside the repository or research-note shorthand', () => {
    const found = violations();
    assert.deepEqual(found, [], `${found.length} user-visible strings name internal material:\n${found.join('\n')}`);
  });

  it('gives every source an official title or a public URL', () => {
    const found = sourcesWithoutPublicReference();
    assert.deepEqual(found, [], `${found.length} sources name no public reference:\n${found.join('\n')}`);
  });

  it('catches the patterns it is meant to catch', () => {
    const bad = [
      'ref: California row, file id 52281331483',
      'ver §2a',
      'index file id 71611964206; see /work/shared/notes/legal-reference.md',
      'public files ids 69149973227, 58778657912',
      'copied from C:\\Users\\someone\\notes\\law.txt',
      'see /home/someone/law.txt',
      '(ref, UK row)',
    ];
    for (const text of bad) {
      assert.ok(
        FORBIDDEN.some(({ pattern }) => pattern.test(text)),
        `not caught: ${text}`,
      );
    }
    const good = [
      'Regulation (EU) 2016/679 (GDPR), Art. 21, https://eur-lex.europa.eu/eli/reg/2016/679/oj',
      'Va. Code § 59.1-577(B)(1): within 45 days; Personal Information Dispute Mediation Committee (1833-6972)',
      'https://www.legislation.gov.uk/ukpga/2018/12/section/54/data.html',
    ];
    for (const text of good) {
      assert.ok(!FORBIDDEN.some(({ pattern }) => pattern.test(text)), `false alarm: ${text}`);
    }
  });
});
