// #18 item 3 (allocation): the command line writes each finding's JSON as text, with lines and
// columns from a cursor moving forward through the file, and lints a large file in slices. Both must
// print exactly what the object-per-finding writer and the whole-document lint printed.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findingJson, ForwardPositions, formatLintResults } from '../../src/cli/formatLint';
import { lintText, LARGE_FILE_CHARS } from '../../src/cli/lintText';
import { DEFAULT_LINT_CONFIG, mergeLintConfigs } from '../../src/core/vague/lintConfig';
import { lineIndex } from '../../src/core/text/lineIndex';
import type { Finding } from '../../src/core/vague/finding';
import { lintDocumentWithLanguages } from '../../src/core/vague/lintDocument';

/** The finding as the writer printed it before: an object through JSON.stringify. */
const indexes = new Map<string, ReturnType<typeof lineIndex>>();
function asObject(text: string, finding: Finding) {
  let lines = indexes.get(text);
  if (!lines) indexes.set(text, (lines = lineIndex(text)));
  const start = lines.positionAt(finding.start);
  const end = lines.positionAt(finding.end);
  return {
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    message: finding.message,
    language: finding.language ?? 'en',
    text: text.slice(finding.start, finding.end),
    start: finding.start,
    end: finding.end,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    ...(finding.group ? { group: { index: finding.group.index, count: finding.group.count } } : {}),
    ...(finding.lowered ? { lowered: finding.lowered } : {}),
    ...(finding.raised ? { raised: finding.raised } : {}),
  };
}

const piece = fc.constantFrom('a', 'b', ' ', '\n', '\r\n', '\r', '"', '\\', '😀', 'é', '\t', '\u2028');

describe('lint output without an object per finding', () => {
  it('prints each finding as JSON.stringify of its object would, compact and indented [property]', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 80 }).map((parts) => parts.join('')),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.nat(8),
            fc.option(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 })), { nil: undefined }),
            fc.option(fc.constantFrom('negated', 'user-rights'), { nil: undefined }),
            fc.option(fc.constantFrom('de', 'fr'), { nil: undefined }),
          ),
          { maxLength: 12 },
        ),
        (text, raw) => {
          const findings: Finding[] = raw
            .map(([at, length, group, lowered, language]): Finding => {
              const start = at % text.length;
              const end = Math.min(text.length, start + length);
              return {
                ruleId: 'r"1',
                category: 'open-lists',
                severity: 'warning',
                message: 'm "q" \\ \n',
                start,
                end,
                clarified: false,
                ...(language ? { language } : {}),
                ...(group ? { group: { key: 'k', index: group[0], count: group[1] } } : {}),
                ...(lowered ? { lowered } : {}),
              };
            })
            .sort((a, b) => a.start - b.start);
          const at = new ForwardPositions(text);
          const compact = new ForwardPositions(text);
          for (const finding of findings) {
            assert.equal(findingJson(text, at, finding, '      '), JSON.stringify(asObject(text, finding), null, 2).replace(/\n/g, '\n      '));
            assert.equal(findingJson(text, compact, finding, undefined), JSON.stringify(asObject(text, finding)));
          }
        },
      ),
      { numRuns: 400, seed: 18 },
    );
  });

  it('finds lines and columns for offsets in any order, as the line index does', () => {
    const text = 'ab\r\ncd\re\n\nf\r\n';
    const at = new ForwardPositions(text);
    for (const offset of [0, 3, 4, 2, 7, 13, 1, 9, 10, 8, 12, 11, 5, 6]) {
      at.seek(offset);
      assert.deepEqual({ line: at.line, character: at.character }, lineIndex(text).positionAt(offset), `offset ${offset}`);
    }
  });

  it('lints a large file in slices with the findings of the whole-document lint, and the same JSON', async () => {
    const paragraph = [
      '> We may share your personal data with our partners and third parties for legitimate interests.',
      '- Analytics providers such as Google Analytics.',
      'We keep data as long as necessary, and for other purposes.',
      '| Data | Recipients |\n|---|---|\n| usage data | service providers |',
      '```\npartners in code\n```',
      '## Sharing with affiliates',
      'Wir geben Ihre personenbezogenen Daten an unsere Partner und sonstige Dritte weiter, soweit dies erforderlich ist.',
      'Nous partageons vos données personnelles avec nos partenaires et d’autres tiers, le cas échéant.',
      'Wij delen uw persoonsgegevens met onze partners en andere derden wanneer dat nodig is voor onze diensten.',
    ];
    let text = '';
    for (let i = 0; text.length < LARGE_FILE_CHARS + 100_000; i++) text += `${paragraph[i % paragraph.length]}\n\n`;
    for (const config of [DEFAULT_LINT_CONFIG, mergeLintConfigs({ scope: 'prose' })]) {
      const sliced = await lintText(text, 'markdown', config);
      const whole = lintDocumentWithLanguages(text, { kind: 'markdown', config });
      assert.ok(whole.findings.length > 1000);
      for (const language of ['de', 'fr'] as const)
        assert.ok(
          whole.findings.some((finding) => finding.language === language),
          language,
        );
      assert.ok(whole.notChecked.length > 0, 'the Dutch paragraphs are reported');
      assert.deepEqual(sliced, whole);
      const files = (findings: readonly Finding[]) => [{ file: 'big.md', text, findings }];
      assert.equal(
        formatLintResults(files(sliced.findings), 'json', () => undefined, '0'),
        `${JSON.stringify([{ file: 'big.md', findings: whole.findings.map((finding) => asObject(text, finding)) }], null, 2)}\n`,
      );
    }
  });
});
