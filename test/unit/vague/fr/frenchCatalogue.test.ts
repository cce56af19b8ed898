// The French rules module (issue #14): every rule passes the schema, ids are unique and prefixed,
// patterns are well formed and compile, messages quote their phrase once, every rule has English and
// German UI texts, the legal hooks name the RGPD with public URLs, and the filters cannot backtrack
// exponentially.
import assert from 'node:assert/strict';
import { safeParse } from 'zod/mini';
import { analyse } from 'scslre';
import { CATALOGUE, CONTEXT, FRENCH_RULES, FR_LEGAL_HOOKS, UI_TEXT } from '../../../../src/core/vague/catalogue/fr';
import { CATEGORIES, ruleSchema } from '../../../../src/core/vague/ruleSchema';
import { expandPattern } from '../../../../src/core/match/expandPattern';
import { compilePhrases } from '../../../../src/core/match/phraseMatcher';
import { LAW, OFFICIAL_TITLES } from '../../../../src/core/legal/sources';

/**
 * RGPD art. 6(1)(f) and art. 13(1)(c)-(f), 13(2)(a) in French, as read in the copies the hooks name
 * (gdprinfo.eu, portail-rgpd.com, leto.legal; typographic apostrophes written as ').
 */
const OFFICIAL_FRENCH_TEXT = [
  'f) le traitement est nécessaire aux fins des intérêts légitimes poursuivis par le responsable du traitement ou par un tiers, à moins que ne prévalent les intérêts ou les libertés et droits fondamentaux de la personne concernée qui exigent une protection des données à caractère personnel, notamment lorsque la personne concernée est un enfant.',
  'c) les finalités du traitement auquel sont destinées les données à caractère personnel ainsi que la base juridique du traitement;',
  "d) lorsque le traitement est fondé sur l'article 6, paragraphe 1, point f), les intérêts légitimes poursuivis par le responsable du traitement ou par un tiers;",
  "e) les destinataires ou les catégories de destinataires des données à caractère personnel, s'ils existent; et",
  "f) le cas échéant, le fait que le responsable du traitement a l'intention d'effectuer un transfert de données à caractère personnel vers un pays tiers ou à une organisation internationale, et l'existence ou l'absence d'une décision d'adéquation rendue par la Commission ou, dans le cas des transferts visés à l'article 46 ou 47, ou à l'article 49, paragraphe 1, deuxième alinéa, la référence aux garanties appropriées ou adaptées et les moyens d'en obtenir une copie ou l'endroit où elles ont été mises à disposition;",
  "a) la durée de conservation des données à caractère personnel ou, lorsque ce n'est pas possible, les critères utilisés pour déterminer cette durée;",
].join('\n');

/** Lower-case letters (with French accents), digits, space, apostrophes, '.', '/', and ( | ). */
const PATTERN_CHARS = /^[a-z0-9àâäçéèêëîïôöùûüÿœæ '’.\/(|)-]+$/u;
const QUOTED = /“[^”]+”/gu;
/** German messages quote in „…“ (the German convention). */
const QUOTED_DE = /„[^“]+“/gu;

describe('French rules module (#14): catalogue', () => {
  it('has at least 120 rules, each valid against ruleSchema, with unique fr- ids', () => {
    assert.ok(CATALOGUE.length >= 120, `only ${CATALOGUE.length} rules`);
    const invalid = CATALOGUE.filter((rule) => !safeParse(ruleSchema(), rule).success).map((rule) => rule.id);
    assert.deepEqual(invalid, []);
    const ids = CATALOGUE.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
    assert.deepEqual(
      ids.filter((id) => !/^fr-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)),
      [],
    );
  });

  it('covers the eight categories, in category order', () => {
    const used = [...new Set(CATALOGUE.map((rule) => rule.category))];
    assert.deepEqual(used, [...CATEGORIES]);
  });

  it('exports the LanguageRuleModule shape', () => {
    assert.equal(FRENCH_RULES.CATALOGUE, CATALOGUE);
    assert.equal(FRENCH_RULES.UI_TEXT, UI_TEXT);
    assert.equal(FRENCH_RULES.CONTEXT, CONTEXT);
  });

  it('writes patterns in lower case with the allowed characters, and every expansion compiles', () => {
    const bad: string[] = [];
    for (const rule of CATALOGUE) {
      for (const pattern of rule.patterns) {
        if (!PATTERN_CHARS.test(pattern) || pattern !== pattern.toLowerCase()) bad.push(`${rule.id}: ${pattern}`);
        for (const phrase of expandPattern(pattern)) {
          try {
            compilePhrases([phrase]);
          } catch (error) {
            bad.push(`${rule.id}: ${String(error)}`);
          }
        }
      }
    }
    assert.deepEqual(bad, []);
  });

  it('quotes the phrase exactly once in each message, in French, English and German', () => {
    const bad: string[] = [];
    for (const rule of CATALOGUE) {
      const texts = [rule.message, UI_TEXT[rule.id]?.en?.message, UI_TEXT[rule.id]?.de?.message];
      texts.forEach((text, index) => {
        if (text === undefined || (text.match(index === 2 ? QUOTED_DE : QUOTED) ?? []).length !== 1) bad.push(`${rule.id} [${['fr', 'en', 'de'][index]}]: ${text}`);
      });
    }
    assert.deepEqual(bad, []);
  });

  it('gives every rule an English and a German explanation, and nothing for unknown ids', () => {
    const ids = new Set(CATALOGUE.map((rule) => rule.id));
    assert.deepEqual(
      Object.keys(UI_TEXT).filter((id) => !ids.has(id)),
      [],
    );
    const missing = CATALOGUE.filter((rule) => !(UI_TEXT[rule.id]?.en?.explanation && UI_TEXT[rule.id]?.de?.explanation)).map((rule) => rule.id);
    assert.deepEqual(missing, []);
  });

  it('asks its question in French (a question mark, not an English sentence)', () => {
    const bad = CATALOGUE.filter((rule) => !rule.question.includes('?') || /\b(?:which|what|how|the|your)\b/i.test(rule.question)).map((rule) => rule.id);
    assert.deepEqual(bad, []);
  });

  it('cites only RGPD hooks whose source names the official title and a public URL', () => {
    for (const hook of FR_LEGAL_HOOKS) {
      assert.match(hook.citation, /^RGPD art\. \d+/);
      assert.ok(
        OFFICIAL_TITLES.some((title) => hook.source.includes(title)),
        hook.citation,
      );
      assert.match(hook.source, /https:\/\/eur-lex\.europa\.eu\/legal-content\/FR\//);
      assert.match(hook.source, /texte français lu dans : https:\/\//);
    }
    const hooks = new Set(FR_LEGAL_HOOKS);
    assert.deepEqual(
      CATALOGUE.filter((rule) => rule.legalHook && !hooks.has(rule.legalHook)).map((rule) => rule.id),
      [],
    );
  });

  it('quotes the official French wording of each provision, under its official French title', () => {
    for (const hook of FR_LEGAL_HOOKS) {
      assert.ok(hook.source.startsWith(`${LAW.GDPR_FR.title}, article `), hook.source);
      assert.ok(!hook.source.includes(LAW.GDPR.title), `English title in ${hook.citation}: ${hook.source}`);
      const quotes = [...hook.requirement.matchAll(/« ([^»]+) »/g)].map((match) => match[1]!);
      assert.ok(quotes.length > 0, `${hook.citation} quotes nothing: ${hook.requirement}`);
      for (const quote of quotes) assert.ok(OFFICIAL_FRENCH_TEXT.includes(quote.replace(/’/g, "'")), `${hook.citation}: « ${quote} » is not in the French text read`);
    }
  });

  it('has no filter that can backtrack exponentially', () => {
    const exponential: string[] = [];
    for (const rule of CATALOGUE) {
      for (const source of [rule.notFollowedBy, rule.notPrecededBy]) {
        if (source !== undefined && analyse({ source, flags: 'iu' }).reports.some((report) => report.exponential)) exponential.push(rule.id);
      }
    }
    assert.deepEqual(exponential, []);
  });
});
