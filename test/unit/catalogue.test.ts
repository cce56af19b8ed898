import assert from 'node:assert/strict';
import { safeParse } from 'zod/mini';
import { CATALOGUE, LEGAL_HOOKS } from '../../src/core/vague/catalogue';
import { CATEGORIES, ruleSchema, type Rule } from '../../src/core/vague/ruleSchema';
import { expandPattern } from '../../src/core/match/expandPattern';
import { compilePhrases, type CompiledPhrases } from '../../src/core/match/phraseMatcher';

/** Characters allowed in a pattern: lower-case letters, digits, space, apostrophe, '.', '/', and ( | ). */
const PATTERN_CHARS = /^[a-z0-9 '.\/(|)]+$/;
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Splits a pattern into literal text and alternation groups; throws on syntax errors. */
function parsePattern(pattern: string): Array<string | string[]> {
  const parts: Array<string | string[]> = [];
  let literal = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === ')' || ch === '|') throw new Error(`unexpected "${ch}" at ${i}`);
    if (ch !== '(') {
      literal += ch;
      i++;
      continue;
    }
    const close = pattern.indexOf(')', i);
    if (close < 0) throw new Error(`unclosed "(" at ${i}`);
    const body = pattern.slice(i + 1, close);
    if (body.includes('(')) throw new Error(`nested "(" at ${i}`);
    if (!body.includes('|')) throw new Error(`group without "|" at ${i}`);
    const alternatives = body.split('|');
    for (const alt of alternatives) {
      if (alt !== alt.trim() || alt.includes('  ')) throw new Error(`badly spaced alternative "${alt}"`);
    }
    if (alternatives.includes('')) {
      // An empty alternative is only allowed for a word part ("share(s|)", "(sub|)processor"),
      // never for a whole word, which would leave a double or dangling space.
      const before = i === 0 ? ' ' : pattern[i - 1]!;
      const after = close + 1 >= pattern.length ? ' ' : pattern[close + 1]!;
      if (before === ' ' && after === ' ') throw new Error(`optional whole word at ${i}`);
    }
    if (literal) parts.push(literal);
    literal = '';
    parts.push(alternatives);
    i = close + 1;
  }
  if (literal) parts.push(literal);
  return parts;
}

/** Every concrete phrase a pattern stands for. */
function expand(pattern: string): string[] {
  let phrases = [''];
  for (const part of parsePattern(pattern)) {
    const options = typeof part === 'string' ? [part] : part;
    phrases = phrases.flatMap((prefix) => options.map((option) => prefix + option));
  }
  return phrases;
}

/** The rules whose patterns the real matcher finds in the text (the linter's automaton, overlaps included). */
let realMatcher: { matcher: CompiledPhrases; ruleOfPhrase: Rule[] } | undefined;
function rulesMatching(text: string): Rule[] {
  if (!realMatcher) {
    const ruleOfPhrase = CATALOGUE.flatMap((rule) => rule.patterns.flatMap((pattern) => expandPattern(pattern).map(() => rule)));
    realMatcher = { matcher: compilePhrases(CATALOGUE.flatMap((rule) => rule.patterns.flatMap(expandPattern))), ruleOfPhrase };
  }
  const { matcher, ruleOfPhrase } = realMatcher;
  return [...new Set(matcher.findAll(text).map((match) => ruleOfPhrase[match.phrase]!))];
}

function ruleById(id: string): Rule {
  const rule = CATALOGUE.find((r) => r.id === id);
  assert.ok(rule, `no rule "${id}"`);
  return rule;
}

describe('rule catalogue', () => {
  it('validates every rule against the rule schema', () => {
    for (const rule of CATALOGUE) {
      const result = safeParse(ruleSchema(), rule);
      assert.ok(result.success, `${rule.id}: ${result.success ? '' : JSON.stringify(result.error.issues)}`);
    }
  });

  it('has at least 200 rules', () => {
    assert.ok(CATALOGUE.length >= 200, `only ${CATALOGUE.length} rules`);
  });

  it('has unique kebab-case ids', () => {
    const seen = new Set<string>();
    for (const rule of CATALOGUE) {
      assert.match(rule.id, KEBAB_CASE, `id "${rule.id}" is not kebab-case`);
      assert.ok(!seen.has(rule.id), `duplicate id "${rule.id}"`);
      seen.add(rule.id);
    }
  });

  it('represents every category with at least 10 rules', () => {
    for (const category of CATEGORIES) {
      const count = CATALOGUE.filter((r) => r.category === category).length;
      assert.ok(count >= 10, `${category} has only ${count} rules`);
    }
  });

  it('writes patterns in the documented syntax', () => {
    for (const rule of CATALOGUE) {
      for (const pattern of rule.patterns) {
        const where = `${rule.id}: "${pattern}"`;
        assert.match(pattern, PATTERN_CHARS, `${where} has a character outside the pattern syntax`);
        assert.equal(pattern, pattern.trim(), `${where} has leading or trailing space`);
        assert.ok(!pattern.includes('  '), `${where} has a double space`);
        assert.doesNotThrow(() => parsePattern(pattern), `${where} is not well formed`);
        for (const phrase of expand(pattern)) {
          assert.ok(phrase.length > 0 && phrase === phrase.trim() && !phrase.includes('  '), `${where} expands to "${phrase}"`);
        }
      }
    }
  });

  it('does not repeat a pattern, or a phrase a pattern stands for, across rules', () => {
    const patternOwner = new Map<string, string>();
    const phraseOwner = new Map<string, string>();
    for (const rule of CATALOGUE) {
      for (const pattern of rule.patterns) {
        const owner = patternOwner.get(pattern);
        assert.ok(owner === undefined, `pattern "${pattern}" is in both ${owner} and ${rule.id}`);
        patternOwner.set(pattern, rule.id);
        for (const phrase of expand(pattern)) {
          const phraseRule = phraseOwner.get(phrase);
          assert.ok(phraseRule === undefined || phraseRule === rule.id, `phrase "${phrase}" is produced by both ${phraseRule} and ${rule.id}`);
          phraseOwner.set(phrase, rule.id);
        }
      }
    }
  });

  it('has valid notFollowedBy / notPrecededBy regular expressions', () => {
    for (const rule of CATALOGUE) {
      for (const source of [rule.notFollowedBy, rule.notPrecededBy]) {
        if (source === undefined) continue;
        assert.doesNotThrow(() => new RegExp(source, 'iu'), `${rule.id}: invalid regex ${source}`);
      }
      if (rule.notFollowedBy !== undefined) assert.ok(rule.notFollowedBy.startsWith('^'), `${rule.id}: notFollowedBy should be anchored with ^`);
      if (rule.notPrecededBy !== undefined) assert.ok(rule.notPrecededBy.endsWith('$'), `${rule.id}: notPrecededBy should be anchored with $`);
    }
  });

  it('cancels the common non-vague senses', () => {
    const may = ruleById('may');
    assert.ok(new RegExp(may.notFollowedBy!, 'i').test(' 2024 we updated'), '"May 2024"');
    assert.ok(new RegExp(may.notPrecededBy!, 'i').test('Effective 1 '), '"1 May"');
    assert.ok(!new RegExp(may.notFollowedBy!, 'i').test(' share your data'), '"may share" stays flagged');
    const could = ruleById('could');
    assert.ok(new RegExp(could.notFollowedBy!, 'i').test(' not be verified'), '"could not"');
    assert.ok(new RegExp(could.notFollowedBy!, 'i').test("n't be verified"), '"couldn\'t"');
    const certain = ruleById('certain');
    assert.ok(new RegExp(certain.notPrecededBy!, 'i').test('we make '), '"make certain"');
    assert.ok(!new RegExp(certain.notPrecededBy!, 'i').test('we share '), '"share certain" stays flagged');
    const atAnyTime = ruleById('at-any-time');
    assert.ok(new RegExp(atAnyTime.notPrecededBy!, 'i').test('You can withdraw your consent '), 'a right to withdraw');
    assert.ok(!new RegExp(atAnyTime.notPrecededBy!, 'i').test('We may change this policy '), 'company discretion stays flagged');
    const adequate = ruleById('adequate');
    assert.ok(new RegExp(adequate.notFollowedBy!, 'i').test(' level of protection'), 'GDPR adequacy wording');
  });

  it('gives every legal hook a source, and defines each hook once', () => {
    const citations = LEGAL_HOOKS.map((h) => h.citation);
    assert.equal(new Set(citations).size, citations.length, 'a citation is defined twice');
    for (const hook of LEGAL_HOOKS) assert.ok(hook.source.trim().length > 0, `${hook.citation} has no source`);
    for (const rule of CATALOGUE) {
      if (rule.legalHook === undefined) continue;
      assert.ok(rule.legalHook.source.trim().length > 0, `${rule.id}: legal hook without source`);
      assert.ok(LEGAL_HOOKS.includes(rule.legalHook), `${rule.id}: legal hook not taken from legalHooks.ts`);
    }
  });

  it('covers the phrases the catalogue must flag', () => {
    const required: Array<[string, string]> = [
      ['shared with third-party advertisers', 'third-parties'],
      ['our partners', 'partners'],
      ['our affiliates', 'affiliates'],
      ['service providers', 'service-providers'],
      ['other companies', 'other-companies'],
      ['trusted partners', 'trusted-partners'],
      ['selected partners', 'trusted-partners'],
      ['vendors', 'vendors'],
      ['to improve our services', 'improve-services'],
      ['for business purposes', 'business-purposes'],
      ['for other purposes', 'other-purposes'],
      ['to personalize your experience', 'personalise-experience'],
      ['as described in this policy', 'as-described-in-policy'],
      ['we may', 'may'],
      ['it might', 'might'],
      ['it could', 'could'],
      ['we may share', 'may-share'],
      ['we reserve the right to', 'reserve-the-right'],
      ['such as', 'such-as'],
      ['including but not limited to', 'including-but-not-limited-to'],
      ['name, email, etc.', 'etc'],
      ['and/or', 'and-or'],
      ['among other things', 'among-other-things'],
      ['some data', 'some'],
      ['certain partners', 'certain'],
      ['various', 'various'],
      ['a number of', 'a-number-of'],
      ['reasonable measures', 'reasonable'],
      ['appropriate safeguards', 'appropriate'],
      ['adequate protection', 'adequate'],
      ['from time to time', 'from-time-to-time'],
      ['periodically', 'periodically'],
      ['as long as necessary', 'as-long-as-necessary'],
      ['for as long as needed', 'as-long-as-necessary'],
      ['where applicable', 'where-applicable'],
      ['when required', 'when-required'],
      ['information about you', 'information-about-you'],
      ['other information', 'other-information'],
      ['any information', 'any-information'],
      ['the data we collect', 'data-we-collect'],
      ['our legitimate interests', 'legitimate-interests'],
      ['legitimate business purposes', 'legitimate-business-purposes'],
      ['where permitted by law', 'where-permitted-by-law'],
      ['as required by law', 'as-required-by-law'],
    ];
    for (const [text, id] of required) {
      const ids = rulesMatching(text).map((r) => r.id);
      assert.ok(ids.includes(id), `"${text}" should match ${id}; matched ${ids.join(', ') || 'nothing'}`);
    }
  });
});
