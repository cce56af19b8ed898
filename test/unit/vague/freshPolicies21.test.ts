// Issue #12 (dev21): false positives the six policies added on 2026-12-07 showed at their first lint
// (bench/quality/en/judgments/batch-21a.jsonl, batch-21b.jsonl). Each lowering test fails without its
// check; each keeping test is a near sentence the check must leave alone.
import assert from 'node:assert/strict';
import { CATALOGUE } from '../../../src/core/vague/catalogue';
import { expectLowered, expectShown, findingOn, lint, withRulesOffByDefaultOn } from './contextExpect';
import { lintProse } from './ruleCases';

describe('context: a legitimate interest given in brackets right after the words', () => {
  it('lowers the basis when the brackets name the interest', () => {
    expectLowered('The processing is necessary for our legitimate interests (to develop and improve our service).', 'legitimate interests', 'interest-stated');
    expectLowered('| Legal basis | Consent; Legitimate interest (e.g. send you more information about Appwrite) |', 'Legitimate interest', 'interest-stated');
    expectLowered('Depending on the context, legitimate interest (B2B marketing), pre-contractual discussions or consent.', 'legitimate interest', 'interest-stated');
  });
  it('keeps the basis when the brackets cite the law, point elsewhere or define the term', () => {
    expectShown('We process your data on the basis of our legitimate interests (Art. 6(1)(f) GDPR).', 'legitimate interests');
    expectShown('We process your data on the basis of our legitimate interests (see below).', 'legitimate interests');
    expectShown('We rely on our legitimate interests (“Legitimate Interests”) for this processing.', 'legitimate interests');
    expectShown('We process your data on the basis of our legitimate interests (§ 5).', 'legitimate interests');
  });
});

describe('structure: a bold label after a bracketed enumerator', () => {
  // Hint rules asked at information: a lone hint is hidden for standing alone (context/vagueCompany.ts), not for being a label.
  const shownOn = (text: string, phrase: string) => findingOn(text, lint(text, withRulesOffByDefaultOn({})), phrase) !== undefined;
  it('takes "(a) **Legitimate Interests**." for the label of its item', () => {
    const text = 'We keep data as follows:\n\n(a) **Legitimate Interests**. Where we process data on this basis we keep it for two years.\n';
    assert.equal(shownOn(text, 'Legitimate Interests'), false);
    assert.equal(shownOn('(iv) **Our partners** receive your e-mail address.\n', 'partners'), false);
  });
  it('still reads the item’s text, and a bold phrase that is not at the start', () => {
    assert.equal(shownOn('(a) **Retention**. We keep it for as long as necessary.\n', 'as long as necessary'), true);
    assert.equal(shownOn('We share it with **our partners** (a) and others.\n', 'partners'), true);
    assert.equal(shownOn('(a) We share it with **our partners**.\n', 'partners'), true);
  });
});

describe('rules off by default by their measured precision (33 policies, 2026-12-07)', () => {
  // Each was right in at most 43% of its judged findings.
  for (const id of ['may-collect', 'processors', 'contractual-necessity', 'a-portion-of']) {
    it(`${id} is off`, () => {
      assert.equal(CATALOGUE.find((rule) => rule.id === id)?.severity, 'off');
    });
  }
  it('so "we may collect" over named data shows nothing by default, and the vague data beside it still does', () => {
    const text = 'We may collect your name, email address and other information about you.\n';
    // lintProse keeps a hint that stands alone in its sentence (hidden in the editor, context/vagueCompany.ts).
    const findings = lintProse(text).map((finding) => finding.ruleId);
    assert.ok(!findings.includes('may-collect'), findings.join());
    assert.ok(
      findings.some((id) => id !== 'may-collect'),
      'the open data is still reported',
    );
  });
});
