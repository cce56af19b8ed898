// The German rules module (catalogue/de): schema and shape, every rule on a real-looking sentence and
// the near misses of its family, German inflection, abbreviations and folding, the UI texts, the
// legal hooks' public sources, and the context tables (negation, pseudo-triggers, clause breaks, the
// negated predicate, the user acting, the clarifier) through the test-only adapter.
import assert from 'node:assert/strict';
import { safeParse } from 'zod/mini';
import { analyse } from 'scslre';
import * as german from '../../../../src/core/vague/catalogue/de';
import { CATALOGUE, CONTEXT, UI_TEXT } from '../../../../src/core/vague/catalogue/de';
import { LEGAL_HOOKS_DE } from '../../../../src/core/vague/catalogue/de/legalHooks';
import { CATALOGUE as ENGLISH } from '../../../../src/core/vague/catalogue';
import { CATEGORIES, ruleSchema, type Rule } from '../../../../src/core/vague/ruleSchema';
import type { LanguageRuleModule } from '../../../../src/core/vague/context/languageContext';
import { expandPattern } from '../../../../src/core/match/expandPattern';
import { createLinter } from '../../../../src/core/vague/linter';
import { DEFAULT_LINT_CONFIG } from '../../../../src/core/vague/lintConfig';
import type { Finding } from '../../../../src/core/vague/finding';
import { LAW, OFFICIAL_TITLES } from '../../../../src/core/legal/sources';
import { applyContextWith, isNegatedBeforeWith } from './germanContext';
import { NEGATIVE, POSITIVE } from './fixtures';

// The module has exactly the shape every language module exports.
const MODULE: LanguageRuleModule<Rule> = german;

/** Every rule on, 'off' ones at information, so each can be tested. */
const linter = createLinter(CATALOGUE);
const lintAll = (text: string): Finding[] => linter.lint(text, { severityFor: (rule) => (rule.severity === 'off' ? 'information' : rule.severity) });
const flagged = (text: string, ruleId: string): string[] =>
  lintAll(text)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => text.slice(f.start, f.end));
const ruleById = (id: string): Rule => {
  const rule = CATALOGUE.find((r) => r.id === id);
  assert.ok(rule, `no rule ${id}`);
  return rule;
};

/** The pipeline as the editor will run it on German text (context with the German tables). */
function lintInContext(text: string, showLowered = false): Finding[] {
  return applyContextWith(CONTEXT, linter.lint(text), text, { ...DEFAULT_LINT_CONFIG, showLowered });
}
const findingOf = (findings: Finding[], text: string, words: string): Finding | undefined => findings.find((f) => text.slice(f.start, f.end) === words);

describe('German rules: catalogue shape', () => {
  it('exports the language module interface with at least 120 valid rules in all eight categories', () => {
    assert.equal(MODULE.CATALOGUE, CATALOGUE);
    assert.ok(CATALOGUE.length >= 120, `only ${CATALOGUE.length} rules`);
    for (const rule of CATALOGUE) {
      const result = safeParse(ruleSchema(), rule);
      assert.ok(result.success, `${rule.id}: ${JSON.stringify(result.error?.issues)}`);
    }
    assert.deepEqual([...new Set(CATALOGUE.map((r) => r.category))].sort(), [...CATEGORIES].sort());
  });

  it('has unique ids, all prefixed de-, none shared with the English catalogue', () => {
    const ids = CATALOGUE.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^de-[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const english = new Set(ENGLISH.map((r) => r.id));
    assert.deepEqual(
      ids.filter((id) => english.has(id)),
      [],
    );
  });

  it('writes patterns in the catalogue syntax: lower case, no optional whole words, no nested groups, bounded expansion', () => {
    for (const rule of CATALOGUE) {
      for (const pattern of rule.patterns) {
        assert.match(pattern, /^[a-zäöüß0-9 '.\/(|)]+$/, `${rule.id}: ${pattern}`);
        assert.doesNotMatch(pattern, /(?:^|\s)\((?:[^)]*\|)?\)(?=\s|$)|(?:^|\s)\(\|/, `${rule.id}: optional whole word in ${pattern}`);
        assert.ok(expandPattern(pattern).length > 0);
      }
    }
  });

  it('quotes the phrase once, in „…“ in the German message and in “…” in the English and French ones', () => {
    for (const rule of CATALOGUE) {
      assert.equal(rule.message.split('„').length - 1, 1, `${rule.id}: ${rule.message}`);
      assert.equal(rule.message.split('“').length - 1, 1, `${rule.id}: ${rule.message}`);
      assert.ok(!rule.message.includes('”'), `${rule.id}: English closing quote in the German message: ${rule.message}`);
      for (const message of [UI_TEXT[rule.id]?.en?.message, UI_TEXT[rule.id]?.fr?.message]) {
        assert.ok(message, `${rule.id}: a message is missing`);
        assert.equal(message.split('“').length - 1, 1, `${rule.id}: ${message}`);
        assert.equal(message.split('”').length - 1, 1, `${rule.id}: ${message}`);
      }
    }
  });

  it('gives English and French texts for every rule and for no other id', () => {
    for (const rule of CATALOGUE) {
      for (const lang of ['en', 'fr'] as const) {
        const text = UI_TEXT[rule.id]?.[lang];
        assert.ok(text && text.message.length > 10 && text.explanation.length > 10, `${rule.id}: no ${lang} text`);
      }
    }
    assert.deepEqual(
      Object.keys(UI_TEXT).filter((id) => !CATALOGUE.some((r) => r.id === id)),
      [],
    );
  });

  it('compiles every filter and none can backtrack exponentially', () => {
    for (const rule of CATALOGUE) {
      for (const source of [rule.notFollowedBy, rule.notPrecededBy]) {
        if (source === undefined) continue;
        new RegExp(source, 'iu');
        assert.ok(!analyse({ source, flags: 'iu' }).reports.some((r) => r.exponential), `${rule.id}: /${source}/`);
      }
    }
  });

  it('cites German legal hooks with an official title and a public address, no internal pointers', () => {
    for (const hook of LEGAL_HOOKS_DE) {
      assert.match(hook.citation, /^DSGVO Art\. \d+/);
      assert.ok(
        OFFICIAL_TITLES.some((title) => hook.source.includes(title)),
        hook.source,
      );
      assert.match(hook.source, /https:\/\/eur-lex\.europa\.eu\/legal-content\/DE\//);
      assert.doesNotMatch(hook.source, /file\s+ids?\b|\b\d{10,11}\b|\/work\/|\/tmp\//i);
      // Shown in a German hover after "Wortlaut gelesen in": the words around the addresses are German too.
      assert.doesNotMatch(hook.source, /\b(?:public cop|web address|not recorded|whose)\b/i, hook.source);
    }
    for (const rule of CATALOGUE) if (rule.legalHook) assert.ok(LEGAL_HOOKS_DE.includes(rule.legalHook), `${rule.id}: hook not in LEGAL_HOOKS_DE`);
  });

  it('names the German language version of the GDPR by its official German title, not the English one', () => {
    for (const hook of LEGAL_HOOKS_DE) {
      assert.ok(hook.source.startsWith(`${LAW.GDPR_DE.title}, Art. `), hook.source);
      assert.ok(!hook.source.includes(LAW.GDPR.title), `English title in ${hook.citation}: ${hook.source}`);
    }
    assert.match(LAW.GDPR_DE.title, /^Verordnung \(EU\) 2016\/679 des Europäischen Parlaments .* \(Datenschutz-Grundverordnung\)$/);
  });
});

describe('German rules: each rule on a sentence and its family’s near misses', () => {
  it('has a fixture sentence for every rule', () => {
    assert.deepEqual(
      CATALOGUE.map((r) => r.id).filter((id) => !(id in POSITIVE)),
      [],
    );
  });

  for (const [id, [sentence, words]] of Object.entries(POSITIVE)) {
    it(`${id} flags “${words}”`, () => {
      ruleById(id);
      assert.ok(flagged(sentence, id).includes(words), `${id} flagged ${JSON.stringify(flagged(sentence, id))} in: ${sentence}`);
    });
  }

  for (const [category, sentences] of Object.entries(NEGATIVE)) {
    it(`no ${category} rule flags its near misses`, () => {
      for (const sentence of sentences) {
        const hits = lintAll(sentence).filter((f) => f.category === category);
        assert.deepEqual(
          hits.map((f) => `${f.ruleId}: ${sentence.slice(f.start, f.end)}`),
          [],
          sentence,
        );
      }
    });
  }
});

describe('German rules: inflection, compounds, abbreviations and folding', () => {
  it('matches the inflected forms of “berechtigtes Interesse”', () => {
    for (const form of ['berechtigtes Interesse', 'berechtigten Interesses', 'berechtigten Interessen', 'berechtigte Interessen']) {
      assert.deepEqual(flagged(`Die Grundlage sind ${form}.`, 'de-berechtigtes-interesse'), [form], form);
    }
  });

  it('matches compounds as whole words and hyphenated compounds at the hyphen', () => {
    assert.deepEqual(flagged('Wir nutzen Drittanbieter-Dienste.', 'de-drittanbieter'), ['Drittanbieter']);
    assert.deepEqual(flagged('Wir nutzen Drittanbieterdienste.', 'de-drittanbieter'), ['Drittanbieterdienste']);
    assert.deepEqual(flagged('Das Werbepartnerprogramm startet.', 'de-werbepartner'), [], 'a longer compound is another word');
  });

  it('matches abbreviations with and without spaces, also with no-break spaces', () => {
    assert.deepEqual(flagged('Wir speichern u.a. Ihre Anschrift.', 'de-unter-anderem'), ['u.a.']);
    assert.deepEqual(flagged('Wir speichern u.\u00a0a. Ihre Anschrift.', 'de-unter-anderem'), ['u.\u00a0a.']);
    assert.deepEqual(flagged('Steuererklärungen o.\u00a0Ä. an das Finanzamt', 'de-usw'), ['o.\u00a0Ä.']);
    assert.deepEqual(flagged('Wir löschen sie ggf. früher.', 'de-gegebenenfalls'), ['ggf.']);
  });

  it('folds ß to s and umlauts to their base letter, and covers the Swiss spelling “ss”', () => {
    assert.deepEqual(flagged('Wir treffen angemessene Maßnahmen.', 'de-sicherheitsmassnahmen'), ['angemessene Maßnahmen']);
    assert.deepEqual(flagged('Wir treffen angemessene Massnahmen.', 'de-sicherheitsmassnahmen'), ['angemessene Massnahmen']);
    assert.deepEqual(flagged('Wir erfassen Gerateinformationen.', 'de-geraeteinformationen'), ['Gerateinformationen']);
    assert.deepEqual(flagged('Wir setzen Dienstleister ein, GRUNDSÄTZLICH in der EU.', 'de-grundsaetzlich'), ['GRUNDSÄTZLICH']);
  });

  it('reads the generator wording that splits its phrase with a comma or an adjective (#14, misses of the development set)', () => {
    const cases: readonly [string, string, string][] = [
      ['Die Nutzung von Vimeo erfolgt im Interesse einer ansprechenden Darstellung unserer Online-Angebote.', 'de-attraktiver-gestalten', 'ansprechenden Darstellung'],
      ['Cookies dienen dazu, unser Angebot nutzerfreundlicher, effektiver und sicherer zu machen.', 'de-attraktiver-gestalten', 'Angebot nutzerfreundlicher'],
      ['So können unsere Teams Ihnen einen besseren Service bieten.', 'de-verbesserung', 'einen besseren Service'],
      [
        'Die Weitergabe beruht auf unseren berechtigten unternehmerischen und betriebswirtschaftlichen Interessen.',
        'de-berechtigtes-interesse',
        'berechtigten unternehmerischen und betriebswirtschaftlichen Interessen',
      ],
      ['Ein Newslettersystem, welches unseren geschäftlichen Interessen dient.', 'de-berechtigtes-interesse', 'unseren geschäftlichen Interessen'],
      ['Die Aufbewahrung bestimmter Daten hilft dem Support.', 'de-bestimmte-daten', 'bestimmter Daten'],
      ['Die Daten werden so lange aufbewahrt, wie es notwendig ist, um den Zweck zu erfüllen.', 'de-solange-erforderlich', 'wie es notwendig ist'],
      ['Aus steuerrechtlichen Gründen bewahren wir Rechnungen auf.', 'de-gesetzliche-pflichten', 'Aus steuerrechtlichen Gründen'],
      ['Wir speichern sie aus handels- oder steuerrechtlichen Gründen.', 'de-gesetzliche-pflichten', 'aus handels- oder steuerrechtlichen Gründen'],
      ['Aus rechtlichen Gründen speichern wir die Daten.', 'de-gesetzliche-pflichten', 'Aus rechtlichen Gründen'],
    ];
    for (const [sentence, ruleId, words] of cases) assert.deepEqual(flagged(sentence, ruleId), [words], sentence);
    // Near misses: a plain description of a page's layout, a service named by its use, a necessity with its measure.
    assert.deepEqual(flagged('Die Darstellung der Seite passt sich Ihrem Bildschirm an.', 'de-attraktiver-gestalten'), []);
    assert.deepEqual(flagged('Wir bieten einen Service für Vereine an.', 'de-verbesserung'), []);
    assert.deepEqual(flagged('Wir speichern die Daten, wie vertraglich vereinbart, drei Jahre.', 'de-solange-erforderlich'), []);
    // A period given in the sentence (data, period and field of law named): judged specific enough.
    assert.deepEqual(flagged('Aus steuerrechtlichen Gründen sind wir verpflichtet, diese Daten 10 Jahre lang aufzubewahren.', 'de-gesetzliche-pflichten'), []);
  });

  it('quotes the words as written in the finding’s message', () => {
    const text = 'Wir geben Daten an unsere Kooperationspartnern weiter.';
    const finding = lintAll(text).find((f) => f.ruleId === 'de-geschaeftspartner');
    assert.ok(finding);
    assert.match(finding.message, /^Ungenannte Empfänger: „Kooperationspartnern“ sagt nicht/);
  });
});

describe('German context tables (NegEx and friends, through the test adapter)', () => {
  it('lowers a negated disclosure: “nicht an Dritte”', () => {
    const text = 'Wir geben Ihre Daten nicht an Dritte weiter.';
    assert.equal(findingOf(lintInContext(text), text, 'an Dritte'), undefined);
    assert.equal(findingOf(lintInContext(text, true), text, 'an Dritte')?.lowered, 'negated');
  });

  it('keeps “Partner” after a clause break: “keine Daten, geben sie aber an Partner weiter”', () => {
    const text = 'Wir verkaufen keine Daten, geben sie aber an Partner weiter.';
    const finding = findingOf(lintInContext(text), text, 'Partner');
    assert.ok(finding, 'Partner should stay flagged');
    assert.equal(finding.lowered, undefined);
  });

  it('lowers under “kein-” forms, “niemals”, “ohne” and the limiting “nur”, “ausschließlich”', () => {
    for (const text of [
      'Wir verkaufen Ihre Daten niemals an Werbepartner.',
      'Es erfolgt keine Weitergabe an Dritte.',
      'Wir übermitteln ausschließlich an externe Dienstleister in der EU.',
      'Die Analyse erfolgt ohne Analysedienste.',
    ]) {
      assert.ok(
        lintInContext(text, true).some((f) => f.lowered === 'negated'),
        text,
      );
      assert.deepEqual(
        lintInContext(text)
          .filter((f) => f.category === 'unnamed-recipients')
          .map((f) => text.slice(f.start, f.end)),
        [],
        text,
      );
    }
  });

  it('does not take pseudo-triggers as negation: “nicht nur”, “nicht beschränkt auf”, “unter anderem”', () => {
    assert.equal(isNegatedBeforeWith(CONTEXT, 'Wir geben Daten nicht nur an ', 'Partner'), false);
    assert.equal(isNegatedBeforeWith(CONTEXT, 'Empfänger sind, nicht beschränkt auf ', 'Partner'), false);
    assert.equal(isNegatedBeforeWith(CONTEXT, 'Wir geben Daten nicht an ', 'Partner'), true);
    const text = 'Wir geben Ihre Daten nicht nur an Partner weiter.';
    assert.ok(findingOf(lintInContext(text), text, 'Partner'));
  });

  it('ends the negation at “jedoch”, “sondern”, “es sei denn”, “außer”, “sofern”, “wenn” and “;”', () => {
    for (const before of [
      'Wir verkaufen nichts, jedoch übermitteln wir an ',
      'Wir verkaufen Daten nicht, sondern geben sie an ',
      'Wir geben nichts weiter, es sei denn an ',
      'Wir geben keine Daten weiter außer an ',
      'Keine Weitergabe, sofern wir an ',
      'Keine Weitergabe; wir übermitteln an ',
    ]) {
      assert.equal(isNegatedBeforeWith(CONTEXT, before, 'Partner'), false, before);
    }
  });

  it('lowers recipients with a negated predicate after them, also in a subordinate clause', () => {
    for (const [text, words] of [
      ['Externe Dienstleister erhalten keine Gesundheitsdaten.', 'Externe Dienstleister'],
      ['Partner haben keinen Zugriff auf Ihre Daten.', 'Partner'],
      ['So wird sichergestellt, dass Werbepartner keine Inhalte auslesen können.', 'Werbepartner'],
    ] as const) {
      assert.equal(findingOf(lintInContext(text, true), text, words)?.lowered, 'negated', text);
    }
    const kept = 'Externe Dienstleister erhalten Ihre Anschrift.';
    assert.ok(findingOf(lintInContext(kept), kept, 'Externe Dienstleister'));
  });

  it('lowers hedges in sentences about the user’s rights: “Sie können”, “Sie haben das Recht”, “Ihr Recht auf”', () => {
    for (const text of [
      'Sie können Ihre Einwilligung grundsätzlich jederzeit widerrufen.',
      'Sie haben das Recht, grundsätzlich kostenlos Auskunft zu erhalten.',
      'Ihr Recht auf Widerspruch besteht grundsätzlich auch bei Direktwerbung.',
    ]) {
      const lowered = lintInContext(text, true).filter((f) => f.category === 'hedged-modality');
      assert.ok(lowered.length > 0 && lowered.every((f) => f.lowered === 'user-rights'), text);
    }
    const kept = 'Wir speichern die Daten grundsätzlich zwei Jahre.';
    assert.ok(findingOf(lintInContext(kept), kept, 'grundsätzlich'));
  });

  it('clarifies a term that “nämlich”, “und zwar”, “d. h.” or “folgende” resolves right after it', () => {
    for (const text of ['Wir nutzen externe Dienstleister, nämlich Hetzner und Mailjet.', 'Wir nutzen externe Dienstleister, und zwar Hetzner.', 'Wir nutzen externe Dienstleister, d. h. Hetzner.']) {
      const finding = findingOf(lintInContext(text), text, 'externe Dienstleister');
      assert.ok(finding, text);
      assert.equal(finding.severity, 'hint', text);
      assert.equal(finding.clarified, true);
    }
    const open = 'Wir nutzen externe Dienstleister für das Hosting.';
    const openFinding = findingOf(lintInContext(open), open, 'externe Dienstleister');
    assert.ok(openFinding);
    assert.notEqual(openFinding.severity, 'hint');
  });

  it('keeps the tables’ flags as the analysis expects: global clause breaks and pseudo-triggers, sticky-ready clarifier', () => {
    assert.ok(CONTEXT.clauseBreak.global);
    assert.ok(CONTEXT.pseudoTrigger.global);
    assert.ok(CONTEXT.clarifier.sticky);
    assert.ok(CONTEXT.negatedPredicate.source.startsWith('^'));
    assert.ok(CONTEXT.userActing.test('Sie können widersprechen'));
    assert.ok(!CONTEXT.userActing.test('sie können widersprechen'), 'lower-case “sie” is “they”');
  });
});
