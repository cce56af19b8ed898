// Issue #19: one megabyte-sized block (a table, a paragraph, a tight list) was linted in one
// synchronous step, as slices were cut only between blocks. Slices are now cut inside such blocks
// too (src/core/markdown/innerCuts.ts), and the findings must be those of the whole-document lint,
// each found once: a phrase, its filters, its clarification and its sentence's context analysis
// may all cross a cut. Checked for every slice size (so every cut position) on documents built to
// break each rule innerCuts relies on, and as a property over generated documents.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergeLintConfigs } from '../../../src/core/vague/lintConfig';
import { DocumentLintState } from '../../../src/core/vague/documentLintState';
import type { Finding } from '../../../src/core/vague/finding';

const pause = () => Promise.resolve();
// Lowered findings shown too, so a context verdict that changed across a cut shows.
const config = mergeLintConfigs({ showLowered: true });
const summary = (findings: readonly Finding[]) => findings.map((f) => `${f.ruleId}@${f.start}-${f.end}:${f.severity}:${f.lowered ?? ''}:${f.clarified ? 'c' : ''}`);

async function sliced(text: string, sliceSize: number): Promise<{ findings: string[]; slices: number }> {
  let slices = 0;
  const state = await DocumentLintState.createInSlices(text, 'markdown', config, { sliceSize, pause, cancelled: () => false, onSlice: () => slices++ });
  assert.ok(state);
  return { findings: summary(state.findings), slices };
}

/** Every slice size from 1 to the document's length (step `step`): every line is a cut candidate. */
async function assertSameAtEveryCut(name: string, text: string, step = 1): Promise<number> {
  const whole = summary(new DocumentLintState(text, 'markdown', config).findings);
  assert.ok(whole.length > 0, `${name}: the document has findings`);
  let mostSlices = 0;
  for (let size = 1; size <= text.length; size += step) {
    const { findings, slices } = await sliced(text, size);
    assert.deepEqual(findings, whole, `${name}, slice size ${size}`);
    mostSlices = Math.max(mostSlices, slices);
  }
  return mostSlices;
}

/** Documents, and whether cuts inside their blocks can be made (innerCuts refuses them where they cannot). */
const DOCUMENTS: Record<string, string> = {
  'a table': `Intro with partners.\n\n| Who | What |\n|---|:--:|\n${Array.from({ length: 12 }, (_, i) => `| our partners ${i} | \`third\` parties and [affiliates](x) |\n`).join('')}`,
  'a table whose rows have too few or too many cells, escaped pipes': `| a | b | c |\n|---|---|---|\n| partners |\n| third \\| parties | x | y | z |\n|\n| affiliates | | |\n- a list item with partners\n| after the list, partners |\n`,
  'a tight list with multi-line items': `- we may share data with partners\n  and third\n  parties such as\n- affiliates, namely Acme\n* other partners\n+ more partners\n  - nested partners\n- - -\n-  third parties\n`,
  'a paragraph of comment lines': `We share data with partners.\n${'partners <!-- right-to-object-disable-line third-parties --> and third parties\n'.repeat(6)}<!-- right-to-object-disable-line x -->\nmore partners\n`,
  'a paragraph whose code span, link and HTML cross lines':
    'Our partners `code with\npartners inside` and third\nparties [link text with\npartners](https://x.example/\npartners) and <span\ntitle="partners">partners</span> and <!-- a\npartners comment --> partners\nend with affiliates.\n',
  'a paragraph under which a setext underline or a delimiter row turns up':
    'We share data with partners\nand third parties\nfor business purposes\n===\nMore partners here\nand here | partners\n---|---\n| third parties |\nthen partners\n',
  'a sentence without a full stop over many lines, with a negation': `We do not share your data with third parties\n${'or with our partners or affiliates or advertisers\n'.repeat(20)}for marketing purposes, namely Acme.\n`,
  'phrases split across lines and long runs of spaces': `data\nwith third\nparties${' '.repeat(300)}and\naffiliates   \n   partners, i.e.\nAcme\n`,
};

/** Inline syntax crosses every line: no cut can be made inside this paragraph. */
const REFUSED = new Set(['a paragraph whose code span, link and HTML cross lines']);

describe('hostile input: slices cut inside one long block (#19)', function () {
  this.timeout(120_000);

  for (const [name, text] of Object.entries(DOCUMENTS)) {
    it(`${name}: the same findings as the whole lint, for every cut position`, async () => {
      const slices = await assertSameAtEveryCut(name, text);
      if (!REFUSED.has(name)) assert.ok(slices > 2, `${name}: cut into ${slices} slices at most (no blank line, so the cuts are inside blocks)`);
    });
  }

  it("a table past markdown-it's limit of filled-in cells ends where the whole lint ends it", async () => {
    // 300 columns, rows of one cell: the table ends after about 220 rows, and what follows is prose.
    const header = `${'| h '.repeat(300)}|\n${'|---'.repeat(300)}|\n`;
    const text = `${header}${Array.from({ length: 260 }, (_, i) => `| partners ${i} \`x\n`).join('')}`;
    await assertSameAtEveryCut('cell limit', text, 97);
  });

  it('the same findings as the whole lint on generated documents, at any slice size [property]', async () => {
    const LINES = [
      '| partners | third parties |',
      '|---|---|',
      '| `a | b` |',
      '- we may share with partners',
      '* affiliates',
      '1. partners',
      '2. third parties',
      'We share data with partners',
      'and third',
      'parties such as Acme.',
      'partners <!-- right-to-object-disable-line x -->',
      '<!-- comment -->',
      '# Heading with partners',
      '===',
      '---',
      '> quoted partners',
      '    indented partners',
      '```',
      '`code',
      'span` partners',
      '[link',
      'text](x) partners',
      '<div>',
      'partners, namely Acme',
      'we do not share with',
      'third parties',
      '',
    ];
    const documents = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 40 }).map((lines) => `${lines.join('\n')}\n`);
    await fc.assert(
      fc.asyncProperty(documents, fc.integer({ min: 1, max: 120 }), async (text, size) => {
        const whole = summary(new DocumentLintState(text, 'markdown', config).findings);
        assert.deepEqual((await sliced(text, size)).findings, whole);
      }),
      { numRuns: 400, seed: 1919 },
    );
  });
});
