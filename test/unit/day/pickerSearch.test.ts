// #20 item 5: the letter pickers match on words and on the names the README uses.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jurisdictionChoices, kindChoices } from '../../../src/core/letterInsert/choices';
import { listLetters } from '../../../src/core/letters/registry';
import { rankByWords, type Searchable } from '../../../src/core/text/wordSearch';

const letters = listLetters();
const jurisdictionRows = jurisdictionChoices(letters).map((c): Searchable & { id: string } => ({
  id: c.id,
  label: c.name,
  description: c.law,
  detail: `Complaints: ${c.authority}`,
  keywords: c.keywords,
}));
const euKindRows = kindChoices(letters, 'eu-gdpr', [], ['en']).map((c): Searchable & { kind: string } => ({ kind: c.kind, label: c.label, description: c.sample.title, keywords: c.keywords }));

const firstJurisdiction = (query: string) => jurisdictionRows[rankByWords(query, jurisdictionRows)[0] ?? -1]?.id;

describe('#20 pickers: word search with the README names', () => {
  it('finds the GDPR by "EU GDPR", and the UK one by "UK GDPR"', () => {
    assert.equal(firstJurisdiction('EU GDPR'), 'eu-gdpr');
    assert.equal(firstJurisdiction('eu gdpr'), 'eu-gdpr');
    assert.equal(firstJurisdiction('UK GDPR'), 'uk-gdpr');
    // "EU" is a whole word only in the EU row: the UK row's words do not start with it.
    assert.deepEqual(
      rankByWords('EU GDPR', jurisdictionRows).map((i) => jurisdictionRows[i]?.id),
      ['eu-gdpr'],
    );
  });

  it('finds every regime by the name the README table gives it', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', '..', 'README.md'), 'utf8');
    const table = readme.slice(readme.search(/^\| *Regime *\| *Letters *\|/m)); // Prettier pads the cells
    const names = [...table.matchAll(/^\| ([^|]+) \|/gm)].map((m) => m[1]!.trim()).filter((n) => n !== 'Regime' && !n.startsWith('---'));
    const wanted: Record<string, string> = {
      'EU GDPR': 'eu-gdpr',
      'UK GDPR': 'uk-gdpr',
      California: 'us-ca',
      Virginia: 'us-va',
      Colorado: 'us-co',
      Brazil: 'br-lgpd',
      LGPD: 'br-lgpd',
      Switzerland: 'ch-fadp',
      Quebec: 'ca-qc',
    };
    let checked = 0;
    for (const cell of names.slice(0, 7)) {
      for (const name of cell
        .replace(/[()]/g, ',')
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== '')) {
        const id = wanted[name];
        if (id === undefined) continue;
        assert.equal(firstJurisdiction(name), id, `"${name}" from the README`);
        checked += 1;
      }
    }
    assert.ok(checked >= 8, `only ${checked} README names were checked: has the table moved?`);
  });

  it('ranks the AI-training objection first for "AI", and does not match "Complaint" on the letters inside a word', () => {
    const ranked = rankByWords('AI', euKindRows).map((i) => euKindRows[i]?.kind);
    assert.equal(ranked[0], 'object-ai-training');
    assert.ok(!ranked.includes('complaint'), `complAInt matched: ${ranked.join(', ')}`);
  });

  it('ranks a word start in the label above one in the description, and inside-a-word matches last', () => {
    const rows: Searchable[] = [{ label: 'Complaint to the authority' }, { label: 'Other', description: 'plain text' }, { label: 'Plain letter' }];
    assert.deepEqual(rankByWords('plain', rows), [2, 1, 0]);
  });

  it('keeps every row in order for a blank query, and none when nothing matches', () => {
    assert.deepEqual(
      rankByWords('  ', euKindRows),
      euKindRows.map((_, i) => i),
    );
    assert.deepEqual(rankByWords('zzzz qqq', jurisdictionRows), []);
  });
});
