// Each block is linted with the rules of its language (#14): per-block routing in the whole lint,
// the incremental state and the sliced lint; front matter `lang:`; the forced setting; blocks in a
// language without rules reported once ("Not checked: Dutch", #20 item 12) and not linted; the
// context analysis reading German and French negation. Uses small test rule modules (testRuleModules.ts).
import assert from 'node:assert/strict';
import { mergeLintConfigs, type LintConfig } from '../../../src/core/vague/lintConfig';
import { lintDocumentWithLanguages, linterFor } from '../../../src/core/vague/lintDocument';
import { DocumentLintState } from '../../../src/core/vague/documentLintState';
import type { Finding } from '../../../src/core/vague/finding';
import { messageIn, explanationIn } from '../../../src/core/vague/localisedText';
import { quoteMatched } from '../../../src/core/vague/quoteMatched';
import { ruleModule } from '../../../src/core/vague/ruleModules';
import { TEST_FRENCH, TEST_GERMAN, useTestRuleModules } from './testRuleModules';

const AUTO = mergeLintConfigs({});
const config = (layer: Partial<LintConfig>) => mergeLintConfigs(layer);

const GERMAN = 'Wir geben Ihre personenbezogenen Daten an Dritte weiter, soweit dies zur Wahrung unserer berechtigten Interessen erforderlich ist.';
const FRENCH = 'Nous partageons vos données avec des tiers lorsque cela est nécessaire à notre intérêt légitime et le cas échéant à nos partenaires.';
const DUTCH = 'Wij delen uw persoonsgegevens met derden wanneer dat nodig is voor onze diensten en voor onze partners in de hele wereld.';
const ENGLISH = 'We share your personal data with third parties and partners for marketing purposes such as advertising.';

function lint(text: string, lintConfig: LintConfig = AUTO, kind: 'markdown' | 'plaintext' = 'markdown') {
  return lintDocumentWithLanguages(text, { kind, config: lintConfig });
}
const described = (text: string, findings: readonly Finding[]) => findings.map((finding) => `${finding.language}:${finding.ruleId}:${text.slice(finding.start, finding.end)}`);

describe('language routing', () => {
  useTestRuleModules();
  it('lints an English analysis quoting a German policy: the quote with the German rules, nothing with the English ones', () => {
    const text = `# Analysis\n\nThe company writes, in its German policy:\n\n> ${GERMAN}\n\nWhere is the balancing test for these legitimate interests of the company?\n`;
    const { findings, notChecked } = lint(text);
    assert.deepEqual(described(text, findings), ['de:de-dritte:Dritte', 'de:de-berechtigte-interessen:berechtigten Interessen']);
    assert.deepEqual(notChecked, []);
    // Every scope: the analyst's English prose with the English rules, the quote with the German ones.
    const everything = lint(text, config({ scope: 'prose' }));
    assert.deepEqual(described(text, everything.findings), [
      'de:de-dritte:Dritte',
      'de:de-berechtigte-interessen:berechtigten Interessen',
      'en:balancing-claim:balancing test',
      'en:legitimate-interests:legitimate interests',
    ]);
  });

  it('lints an English analysis quoting a French policy with the French rules in the quote', () => {
    const text = `# Analysis\n\n> ${FRENCH}\n\nOur notes follow.\n`;
    const { findings } = lint(text);
    assert.deepEqual(described(text, findings), ['fr:fr-tiers:des tiers', 'fr:fr-interet-legitime:intérêt légitime', 'fr:fr-le-cas-echeant:le cas échéant', 'fr:fr-tiers:nos partenaires']);
  });

  it('decides per paragraph, list item and table cell; a short block takes its block quote, list or table language', () => {
    const text = [
      '# Policy',
      '',
      ENGLISH,
      '',
      GERMAN,
      '',
      '> Wir geben Daten an Dritte weiter, wenn es nötig ist, und speichern sie auf unseren Servern in Deutschland.',
      '> ',
      '> Dritte', // one word: the quote's language
      '',
      '- Wir übermitteln Daten an Dritte, wenn Sie uns dazu Ihre Einwilligung gegeben haben und die Übermittlung nötig ist.',
      '- Dritte', // one word: the list's language
      '',
      '| Zweck | Empfänger |',
      '|---|---|',
      '| Wir geben Ihre Daten an diese Empfänger weiter, damit sie unsere Dienste für Sie betreiben können. | Dritte |',
      '',
    ].join('\n');
    const { findings } = lint(text, config({ scope: 'prose' }));
    const german = findings.filter((finding) => finding.language === 'de').map((finding) => `${text.slice(0, finding.start).split('\n').length}:${text.slice(finding.start, finding.end)}`);
    // Lines 9 (one word in a German quote), 12 (one word in a German list) and 16 (a cell beside a German cell).
    assert.deepEqual(german, ['5:Dritte', '5:berechtigten Interessen', '7:Dritte', '9:Dritte', '11:Dritte', '12:Dritte', '16:Dritte']);
    assert.ok(
      findings.filter((finding) => finding.language === 'en').every((finding) => finding.start < text.indexOf(GERMAN)),
      'English rules only in the English paragraph',
    );
    assert.ok(findings.some((finding) => finding.language === 'en' && finding.ruleId === 'third-parties'));
  });

  it('reports a block in a language without rules once per document, and lints it with no rules', () => {
    const text = `# Policy\n\n${ENGLISH}\n\n${DUTCH}\n\n${DUTCH}\n\n- ${DUTCH}\n`;
    const { findings, notChecked } = lint(text);
    const dutchStart = text.indexOf(DUTCH);
    assert.ok(
      findings.every((finding) => finding.start < dutchStart),
      `Dutch text was linted: ${described(text, findings).join(', ')}`,
    );
    assert.equal(notChecked.length, 1);
    assert.equal(notChecked[0]!.language, 'nl');
    assert.equal(notChecked[0]!.start, dutchStart);
    assert.equal(notChecked[0]!.blocks, 3);
    // Without the routing the English rules would flag "partners" in the Dutch text (lowered, as no
    // English verb gives it data: shown with showLowered).
    assert.ok(lint(text, config({ language: 'en', showLowered: true })).findings.some((finding) => finding.start > dutchStart && finding.ruleId === 'partners'));
  });

  it('front matter lang: sets the language of blocks too short to tell', () => {
    const text = '---\ntitle: Hinweise\nlang: de\n---\n\n# Empfänger\n\n- Dritte\n- Werbepartner\n';
    assert.deepEqual(described(text, lint(text, config({ scope: 'prose' })).findings), ['de:de-dritte:Dritte']);
    const english = text.replace('lang: de', 'lang: en');
    assert.deepEqual(described(english, lint(english, config({ scope: 'prose' })).findings), []);
  });

  it('a forced language lints every block with its rules and reports nothing as unchecked', () => {
    const text = `${ENGLISH}\n\n${GERMAN}\n\n${DUTCH}\n`;
    const forced = lint(text, config({ language: 'de' }), 'plaintext');
    assert.ok(forced.findings.every((finding) => finding.language === 'de'));
    assert.deepEqual(forced.notChecked, []);
    assert.ok(forced.findings.some((finding) => text.slice(finding.start, finding.end) === 'Dritte'));
    const english = lint(text, config({ language: 'en' }), 'plaintext');
    assert.ok(english.findings.every((finding) => finding.language === 'en'));
    assert.ok(english.findings.length >= 2);
  });

  it('reads negation and the user’s rights in the block’s language', () => {
    const text =
      'Wir geben Ihre personenbezogenen Daten niemals an Dritte weiter und verkaufen sie auch nicht an andere Unternehmen.\n\nNous ne transmettons jamais vos données à des tiers et nous ne les vendons pas à d’autres entreprises.\n';
    assert.deepEqual(lint(text, AUTO, 'plaintext').findings, []);
    const shown = lint(text, config({ showLowered: true }), 'plaintext').findings;
    assert.deepEqual(
      shown.map((finding) => finding.lowered),
      ['negated', 'negated'],
    );
    const rights = 'Sie haben das Recht, der Verarbeitung auf Grundlage unserer berechtigten Interessen jederzeit zu widersprechen, wenn Gründe vorliegen.';
    assert.deepEqual(
      lint(rights, config({ showLowered: true }), 'plaintext').findings.map((finding) => finding.lowered),
      ['user-rights'],
    );
  });

  it('clarifies with the block language’s words (“Dritte, nämlich …”)', () => {
    const text = 'Wir geben Ihre Daten an Dritte, nämlich die Stripe Payments Europe Ltd., weiter, wenn Sie bei uns bezahlen möchten.';
    const [finding] = lint(text, AUTO, 'plaintext').findings;
    assert.equal(finding?.clarified, true);
    assert.equal(finding?.severity, 'hint');
  });

  it('keeps the incremental state equal to a whole lint across edits that change a block’s language', () => {
    const parts = ['# Policy', ENGLISH, `> ${GERMAN}`, DUTCH, `> ${FRENCH}`, ENGLISH];
    let text = `${parts.join('\n\n')}\n`;
    const state = new DocumentLintState(text, 'markdown', config({ scope: 'prose' }));
    const edits: [string, string][] = [
      [DUTCH, GERMAN], // a Dutch paragraph becomes German
      [`> ${FRENCH}`, `> ${DUTCH}`], // a French quote becomes Dutch
      ['# Policy', '# Policy notes'],
      [ENGLISH, `${ENGLISH} Dritte`],
    ];
    for (const [from, to] of edits) {
      const at = text.indexOf(from);
      const next = text.slice(0, at) + to + text.slice(at + from.length);
      state.update(next, { start: at, unchangedSuffix: text.length - at - from.length });
      text = next;
      const whole = lintDocumentWithLanguages(text, { kind: 'markdown', config: config({ scope: 'prose' }) });
      assert.deepEqual(described(text, state.findings), described(text, whole.findings), `after "${to.slice(0, 30)}"`);
      assert.deepEqual(state.notChecked, whole.notChecked, `notices after "${to.slice(0, 30)}"`);
    }
    assert.equal(state.lastUpdate, 'incremental');
  });

  it('lints a large mixed document in slices with the findings of one whole lint', async () => {
    const blocks: string[] = [];
    for (let i = 0; i < 40; i++) blocks.push(i % 4 === 0 ? ENGLISH : i % 4 === 1 ? `> ${GERMAN}` : i % 4 === 2 ? DUTCH : FRENCH);
    const text = `${blocks.join('\n\n')}\n`;
    const lintConfig = config({ scope: 'prose' });
    const whole = lintDocumentWithLanguages(text, { kind: 'markdown', config: lintConfig });
    const state = (await DocumentLintState.createInSlices(text, 'markdown', lintConfig, { sliceSize: 700, pause: () => Promise.resolve(), cancelled: () => false }))!;
    assert.deepEqual(described(text, state.findings), described(text, whole.findings));
    assert.deepEqual(
      state.notChecked.map((notice) => notice.language),
      ['nl'],
    );
    assert.equal(state.notChecked[0]!.start, whole.notChecked[0]!.start);
  });

  it('words German and French messages in the interface language around the words as written, and keeps the question in the block language', () => {
    const text = `> ${GERMAN}\n`;
    const finding = lint(text).findings.find((candidate) => candidate.ruleId === 'de-dritte')!;
    assert.match(finding.message, /^Ungenannte Empfänger: “Dritte”/);
    assert.match(messageIn(finding, text, 'en'), /^Unnamed recipients: “Dritte”/);
    assert.match(messageIn(finding, text, 'fr'), /^Destinataires non nommés : “Dritte”/);
    assert.equal(messageIn(finding, text, 'de'), finding.message);
    const rule = linterFor(AUTO, 'de').ruleById('de-dritte')!;
    assert.match(explanationIn(rule, 'de', 'en'), /any company/);
    assert.match(rule.question, /^An welche Dritten/);
  });

  it('names a phrase running over a line break of a block quote without the quote marker, in every interface language', () => {
    const text = '# Analysis\n\n> Nous partageons vos données avec des\n> tiers lorsque cela est nécessaire.\n';
    const finding = lint(text).findings.find((candidate) => candidate.language === 'fr' && text.slice(candidate.start, candidate.end).includes('\n'));
    assert.ok(finding, 'the test rules find “des tiers” over the line break');
    assert.match(finding.message, /“des tiers”/);
    for (const ui of ['en', 'de', 'fr'] as const) assert.match(messageIn(finding, text, ui), /“des tiers”/, ui);
    assert.equal(quoteMatched('Vague: “x” here', 'third\n>  > parties'), 'Vague: “third parties” here');
  });

  it('quotes the matched words inside “…”, „…“ and «…»', () => {
    assert.equal(quoteMatched('Vague: “x” here', 'third  parties'), 'Vague: “third parties” here');
    assert.equal(quoteMatched('Unbestimmt: „x“ hier', 'Dritte'), 'Unbestimmt: „Dritte“ hier');
    assert.equal(quoteMatched('Vague : « x » ici', 'des tiers'), 'Vague : « des tiers » ici');
  });

  it('loads rule modules that match the interface: every rule valid, every UI text for a rule it has', () => {
    for (const language of ['de', 'fr'] as const) {
      const module = ruleModule(language);
      assert.equal(module, language === 'de' ? TEST_GERMAN : TEST_FRENCH, 'the test module is the one linted');
      assert.ok(module.CATALOGUE.length >= 3);
      const ids = new Set(module.CATALOGUE.map((rule) => rule.id));
      for (const id of Object.keys(module.UI_TEXT)) assert.ok(ids.has(id), `${language} UI_TEXT for unknown rule ${id}`);
      for (const rule of module.CATALOGUE) assert.ok(module.UI_TEXT[rule.id]?.en, `${language} rule ${rule.id} has no English UI text`);
    }
  });
});
