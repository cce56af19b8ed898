import assert from 'node:assert/strict';
import { OFFICIAL_TITLES } from '../../../src/core/legal/sources';
import { LETTER_DEFINITIONS } from '../../../src/core/letters/catalogue/index';
import { JURISDICTIONS } from '../../../src/core/letters/jurisdictions';
import { jurisdictionSchema, letterDefinitionSchema, type Jurisdiction, type LetterDefinition } from '../../../src/core/letters/schema';
import { checkCatalogue } from '../../../src/core/letters/validate';

const REQUIRED_REGIMES = ['eu-gdpr', 'uk-gdpr', 'ch-fadp', 'us-ca', 'us-va', 'us-co', 'br-lgpd', 'ca-pipeda', 'ca-qc', 'jp-appi', 'kr-pipa', 'in-dpdp', 'au-privacy', 'sg-pdpa', 'cn-pipl', 'za-popia'];

const clone = <T>(value: T): T => structuredClone(value);

function letter(id: string): LetterDefinition {
  const found = LETTER_DEFINITIONS.find((l) => l.id === id);
  assert.ok(found, id);
  return clone(found);
}

/** Problems after replacing one letter with a modified copy. */
function problemsWith(changed: LetterDefinition, jurisdictions: readonly Jurisdiction[] = JURISDICTIONS): string[] {
  return checkCatalogue(
    jurisdictions,
    LETTER_DEFINITIONS.map((l) => (l.id === changed.id ? changed : l)),
  ).filter((p) => p.includes(changed.id));
}

describe('letters: data', () => {
  it('covers every required regime', () => {
    const ids = JURISDICTIONS.map((j) => j.id);
    for (const id of REQUIRED_REGIMES) assert.ok(ids.includes(id), id);
  });

  it('validates every jurisdiction and letter against the schemas', () => {
    for (const jurisdiction of JURISDICTIONS) {
      const result = jurisdictionSchema.safeParse(jurisdiction);
      assert.ok(result.success, `${jurisdiction.id}: ${JSON.stringify(result.error?.issues)}`);
    }
    for (const definition of LETTER_DEFINITIONS) {
      const result = letterDefinitionSchema.safeParse(definition);
      assert.ok(result.success, `${definition.id}: ${JSON.stringify(result.error?.issues)}`);
    }
  });

  it('passes every cross-check', () => {
    assert.deepEqual(checkCatalogue(JURISDICTIONS, LETTER_DEFINITIONS), []);
  });

  it('records a source for every provision, deadline rule, authority and unverified claim', () => {
    for (const j of JURISDICTIONS) {
      const sources = [j.law.source, j.authority.source, ...j.provisions.map((p) => p.source), ...j.deadlineRules.map((r) => r.source), ...j.unverified.map((u) => u.source)];
      for (const source of sources) {
        const named = /https?:\/\//.test(source) || OFFICIAL_TITLES.some((title) => source.includes(title));
        assert.ok(named, `${j.id}: ${source}`);
      }
      for (const p of j.provisions) if (p.verified) assert.notEqual(p.evidence, 'none', `${j.id}/${p.id}`);
    }
  });

  it('names an authority URL only where the page was read', () => {
    const withUrl = JURISDICTIONS.filter((j) => j.authority.url !== undefined).map((j) => j.id);
    assert.deepEqual(withUrl.sort(), ['br-lgpd', 'ca-pipeda', 'us-ca']); // br-lgpd: ANPD's gov.br petition page, read for #16
  });

  it('keeps the GDPR facts the letters depend on', () => {
    const gdpr = JURISDICTIONS.find((j) => j.id === 'eu-gdpr');
    const p211 = gdpr?.provisions.find((p) => p.id === 'gdpr-21-1');
    assert.equal(p211?.reasonsRequired, 'yes');
    assert.deepEqual(p211?.responseDeadline, { status: 'rule', rule: 'gdpr-12-3' });
    assert.equal(gdpr?.provisions.find((p) => p.id === 'gdpr-21-2-3')?.reasonsRequired, 'no');
    assert.equal(gdpr?.provisions.find((p) => p.id === 'gdpr-7-3')?.responseDeadline?.status, 'none');
    const rule = gdpr?.deadlineRules.find((r) => r.id === 'gdpr-12-3');
    assert.deepEqual(rule?.period, { amount: 1, unit: 'months' });
    assert.deepEqual(rule?.extension && { amount: rule.extension.amount, unit: rule.extension.unit }, { amount: 2, unit: 'months' });
  });
});

describe('letters: cross-checks catch broken data', () => {
  it('an undeclared placeholder', () => {
    const broken = letter('eu-gdpr-21-2-en');
    broken.body += '\nSee {{attachment}}.\n';
    assert.ok(problemsWith(broken).some((p) => p.includes('{{attachment}} is used but not declared')));
  });

  it('a declared placeholder that is never used', () => {
    const broken = letter('eu-gdpr-21-2-en');
    broken.placeholders.push({ name: 'phone', label: 'your phone number', kind: 'text', required: false });
    assert.ok(problemsWith(broken).some((p) => p.includes('phone is declared but never used')));
  });

  it('an article number no cited provision backs', () => {
    const broken = letter('eu-gdpr-21-2-en');
    broken.body = broken.body.replace('Yours faithfully,', 'See also Article 99 GDPR.\n\nYours faithfully,');
    assert.ok(problemsWith(broken).some((p) => p.includes('"99" is not backed')));
  });

  it('an Art. 21(1) letter whose grounds are optional', () => {
    const broken = letter('eu-gdpr-21-1-de');
    broken.placeholders = broken.placeholders.map((p) => (p.name === 'grounds' ? { ...p, required: false } : p));
    assert.ok(problemsWith(broken).some((p) => p.includes('requires reasons')));
  });

  it('a phrase stating an unverified fact', () => {
    const broken = letter('uk-gdpr-21-dm-en');
    broken.body = broken.body.replace('Yours faithfully,', 'You must also comply with section 21 of the Data Protection Act 2018.\n\nYours faithfully,');
    assert.ok(problemsWith(broken).some((p) => p.includes('states an unverified fact')));
  });

  it('a citation of a provision marked unverified', () => {
    const jurisdictions = clone(JURISDICTIONS);
    const provision = jurisdictions.find((j) => j.id === 'us-ca')?.provisions.find((p) => p.id === 'us-ca-1798-121');
    assert.ok(provision);
    provision.verified = false;
    assert.ok(problemsWith(letter('us-ca-1798-121-en'), jurisdictions).some((p) => p.includes('cites unverified provision')));
  });

  it('a deadline rule without a source', () => {
    const jurisdictions = clone(JURISDICTIONS);
    const rule = jurisdictions.find((j) => j.id === 'us-va')?.deadlineRules[0];
    assert.ok(rule);
    rule.source = '';
    assert.ok(checkCatalogue(jurisdictions, LETTER_DEFINITIONS).some((p) => p.startsWith('jurisdiction us-va') && p.includes('source')));
  });
});
