import assert from 'node:assert/strict';
import { createLinter } from '../../src/core/vague/linter';
import type { Rule } from '../../src/core/vague/ruleSchema';

function rule(id: string, patterns: string[], extra: Partial<Rule> = {}): Rule {
  return {
    id,
    patterns,
    category: 'unnamed-recipients',
    severity: 'warning',
    message: `${id} message`,
    explanation: 'An explanation of the vagueness.',
    question: 'Which ones, by name?',
    ...extra,
  };
}

const linter = createLinter([
  rule('partners', ['partner(s|)']),
  rule('may', ['may'], { category: 'hedged-modality', severity: 'hint', notFollowedBy: '^\\s*\\d', notPrecededBy: '\\d\\s*$' }),
  rule('may-share', ['may (share|disclose)'], { category: 'hedged-modality', severity: 'information' }),
  rule('such-as', ['such as'], { category: 'open-lists', severity: 'information' }),
]);

const summary = (text: string) => linter.lint(text).map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}:${f.severity}`);

describe('createLinter', () => {
  it('keeps the longest of overlapping findings', () => {
    assert.deepEqual(summary('We may share data with partners.'), ['may-share:may share:information', 'partners:partners:warning']);
  });
  it('applies notFollowedBy / notPrecededBy filters before choosing', () => {
    assert.deepEqual(summary('Updated May 2024 and 1 May; we may.'), ['may:may:hint']);
  });
  it('lowers a clarified vague term to a hint and marks it', () => {
    const [finding] = linter.lint('our partners, namely Stripe, Inc. and Adyen N.V.');
    assert.ok(finding);
    assert.equal(finding.severity, 'hint');
    assert.equal(finding.clarified, true);
  });
  it('sees a clarification on the next line of the same paragraph or quote, but not across a blank line', () => {
    assert.equal(linter.lint('our partners,\n> namely Stripe')[0]?.clarified, true);
    assert.equal(linter.lint('our partners (i.e. Stripe)')[0]?.clarified, true);
    assert.equal(linter.lint('our partners\n\nnamely Stripe')[0]?.clarified, false);
    assert.equal(linter.lint('our partners namelyX')[0]?.clarified, false);
  });

  it('does not treat an open list as clarified', () => {
    assert.deepEqual(summary('partners such as, namely, X'), ['partners:partners:warning', 'such-as:such as:information']);
  });
  it('does not flag specific language', () => {
    assert.deepEqual(summary('We share your email with Stripe, Inc. and keep it for 30 days.'), []);
  });
  it('honours severity overrides, including off', () => {
    const findings = linter.lint('partners may share', { severityFor: (r) => (r.id === 'partners' ? 'off' : 'error') });
    assert.deepEqual(
      findings.map((f) => `${f.ruleId}:${f.severity}`),
      ['may-share:error'],
    );
  });
  it('lets a rule that is off claim its phrase, so a shorter rule inside it is not reported there', () => {
    const overlapping = createLinter([rule('third-parties', ['third parties']), rule('services-of-third-parties', ['services of third parties'], { severity: 'off' })]);
    assert.deepEqual(overlapping.lint('We use services of third parties.'), []);
    assert.deepEqual(
      overlapping.lint('We share it with third parties.').map((f) => f.ruleId),
      ['third-parties'],
    );
  });
  it('finds rules by id', () => {
    assert.equal(linter.ruleById('such-as')?.category, 'open-lists');
    assert.equal(linter.ruleById('nope'), undefined);
  });
});
