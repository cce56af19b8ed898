// Hints in vague company (context/vagueCompany.ts): a rule that is a hint by its measured precision
// shows as information when another vague phrase stands in its sentence, and only then; alone it is
// lowered ('alone'): hidden by default, a hint with its reason when lowered findings are shown.
import assert from 'node:assert/strict';
import { lintDocument } from '../../../src/core/vague/lintDocument';
import { DEFAULT_LINT_CONFIG, mergeLintConfigs, type LintConfig } from '../../../src/core/vague/lintConfig';
import { asShownInEditor } from '../../../src/core/vague/context/asShown';

function shown(text: string, config: LintConfig = DEFAULT_LINT_CONFIG): string[] {
  return asShownInEditor(lintDocument(text, { kind: 'markdown', config }), config.showLowered).map(
    (f) => `${f.ruleId}:${f.severity}${f.raised ? `:${f.raised}` : ''}${f.lowered ? `:${f.lowered}` : ''}`,
  );
}
const WITH_LOWERED = mergeLintConfigs({ showLowered: true });

describe('context: hints in vague company (#12)', () => {
  it('raises hint rules to information when their sentence stacks vague phrases', () => {
    assert.deepEqual(shown('We may share information about you with our partners.\n'), [
      'may-share:information:vague-company',
      'information-about-you:information:vague-company',
      'partners:information:vague-company',
    ]);
  });

  it('hides a hint alone in its sentence, also next to a vague sentence, and shows it as a lowered hint on request', () => {
    assert.deepEqual(shown('We share data with partners.\n'), []);
    assert.deepEqual(shown('We share data with partners. We keep it as long as necessary.\n'), ['as-long-as-necessary:warning']);
    assert.deepEqual(shown('We share data with partners. We keep it as long as necessary.\n', WITH_LOWERED), ['partners:hint:alone', 'as-long-as-necessary:warning']);
  });

  it('does not count a companion the context lowered or the text clarified', () => {
    assert.deepEqual(shown('We may share it with third parties, namely Stripe and Google.\n'), []);
    assert.deepEqual(shown('We may share it with third parties, namely Stripe and Google.\n', WITH_LOWERED), ['may-share:hint:alone', 'third-parties:hint:specific-example']);
  });

  it('does not count another occurrence of the same rule as company', () => {
    const text = 'We share it with partners and with the partners of our partners.\n';
    assert.deepEqual(shown(text), []);
    assert.deepEqual(
      shown(text, WITH_LOWERED).filter((f) => f.startsWith('partners')),
      ['partners:hint:alone', 'partners:hint:alone', 'partners:hint:alone'],
    );
  });

  it('keeps a lone hint that a user set to hint: only the shipped default is lowered for standing alone', () => {
    assert.deepEqual(shown('We share data with partners.\n', mergeLintConfigs({ ruleSeverity: { partners: 'hint' } })), ['partners:hint']);
  });

  it("keeps a user's own severity: a rule or category set to hint stays a hint", () => {
    const text = 'We may share information about you with our partners.\n';
    assert.ok(shown(text, mergeLintConfigs({ ruleSeverity: { partners: 'hint' } })).includes('partners:hint'));
    assert.ok(shown(text, mergeLintConfigs({ categorySeverity: { 'unnamed-recipients': 'hint' } })).includes('partners:hint'));
  });

  it('raises no finding of the German or French rules (their severities are not measured this way)', () => {
    const raised = lintDocument('> Wir geben Ihre Daten an Partner und sonstige Dritte weiter.\n\n> Nous partageons vos données avec nos partenaires et des tiers.\n', {
      kind: 'markdown',
      config: DEFAULT_LINT_CONFIG,
    }).filter((f) => f.raised);
    assert.deepEqual(raised, []);
  });

  it('the command line reports why in JSON', async () => {
    const { formatLintResults } = await import('../../../src/cli/formatLint');
    const text = 'We may share information about you with our partners.\n';
    const findings = lintDocument(text, { kind: 'markdown', config: DEFAULT_LINT_CONFIG });
    const json = JSON.parse(formatLintResults([{ file: 'a.md', text, findings }], 'json', () => undefined, '0')) as { findings: { raised?: string }[] }[];
    assert.deepEqual(
      json[0]!.findings.map((f) => f.raised),
      ['vague-company', 'vague-company', 'vague-company'],
    );
  });
});
