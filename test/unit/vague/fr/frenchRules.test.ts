// French rules on hand-written sentences, for and against, per rule family (issue #14). Linting goes
// through createLinter(CATALOGUE), the context through the French tables (bench/quality/fr/frContext.ts
// applies them the way analyseContext applies the English ones).
import assert from 'node:assert/strict';
import { CATALOGUE, CONTEXT } from '../../../../src/core/vague/catalogue/fr';
import { createLinter } from '../../../../src/core/vague/linter';
import type { Finding } from '../../../../src/core/vague/finding';
import { applyFrenchContext, isNegatedBefore } from '../../../../bench/quality/fr/frContext';

const linter = createLinter(CATALOGUE);
/** Rule ids found in `text` before context, with 'off' rules reported too (severityFor keeps them). */
const raw = (text: string): Finding[] => linter.lint(text, { severityFor: () => 'information' });
const ruleIds = (text: string): string[] => raw(text).map((finding) => finding.ruleId);
/** Findings as shown by default: 'off' rules dropped, context applied. */
const shown = (text: string): Finding[] => applyFrenchContext(linter.lint(text), text, CONTEXT);
const found = (text: string, ruleId: string, phrase?: string) => {
  const hit = raw(text).find((finding) => finding.ruleId === ruleId);
  assert.ok(hit, `${ruleId} not found in: ${text} (found ${ruleIds(text).join(', ')})`);
  if (phrase !== undefined) assert.equal(text.slice(hit.start, hit.end), phrase);
};
const notFound = (text: string, ruleId: string) => assert.ok(!ruleIds(text).includes(ruleId), `${ruleId} wrongly found in: ${text}`);

describe('French rules (#14): sentences for and against', () => {
  describe('unnamed recipients', () => {
    it('finds third parties, partners, providers, affiliates and third countries', () => {
      found('Vos données peuvent être transmises à des tiers.', 'fr-tiers', 'des tiers');
      found('Nous partageons vos données avec nos partenaires.', 'fr-partenaires', 'partenaires');
      found('Nos partenaires commerciaux reçoivent votre adresse.', 'fr-partenaires-commerciaux', 'partenaires commerciaux');
      found('Nous faisons appel à des prestataires techniques.', 'fr-prestataires', 'prestataires techniques');
      found('Les données sont communiquées aux sociétés affiliées.', 'fr-societes-affiliees', 'sociétés affiliées');
      found("Nous pouvons transférer vos données hors de l'Union européenne.", 'fr-pays-tiers', "hors de l'Union européenne");
      found('Les données sont partagées avec des tiers de confiance.', 'fr-tiers-de-confiance', 'tiers de confiance');
    });
    it('matches with elision and either apostrophe', () => {
      found("Les informations peuvent être cédées à l'acquéreur.", 'fr-acquereur', "l'acquéreur");
      found('Les informations peuvent être cédées à l’acquéreur.', 'fr-acquereur', 'l’acquéreur');
      found('Nous travaillons avec d’autres entités du groupe.', 'fr-autres-entites', 'd’autres entités');
    });
    it('does not take security wording or a partnership for recipients', () => {
      notFound("Nous protégeons vos données contre l'accès non autorisé par des tiers.", 'fr-tiers');
      notFound('Ce projet est mené en partenariat avec la ville.', 'fr-partenaires');
      notFound('Le tiers payant est appliqué en pharmacie.', 'fr-tiers');
    });
  });

  describe('open purposes', () => {
    it('finds improving services, personalising and other purposes', () => {
      found("Vos données nous permettent d'améliorer nos services.", 'fr-ameliorer-services', "d'améliorer nos services");
      found('Nous les utilisons pour personnaliser votre expérience.', 'fr-personnaliser');
      found('Les données peuvent être utilisées à des fins commerciales.', 'fr-fins-commerciales');
      found('Elles sont traitées à des fins statistiques.', 'fr-fins-statistiques');
      found('Nous pouvons utiliser vos données pour toute autre finalité compatible.', 'fr-autres-finalites');
    });
    it('does not flag a specific purpose', () => {
      assert.deepEqual(ruleIds("Votre adresse sert uniquement à l'envoi de la facture."), []);
    });
  });

  describe('hedged modality', () => {
    it('finds may share / may collect / likely to', () => {
      found('Nous pouvons partager vos données avec nos partenaires.', 'fr-pouvons-partager', 'Nous pouvons partager');
      found('Nous pourrions également collecter votre position.', 'fr-pouvons-collecter', 'Nous pourrions également collecter');
      found('Nous sommes susceptibles de recevoir des informations vous concernant.', 'fr-pouvons-collecter', 'Nous sommes susceptibles de recevoir');
      found('Les données sont généralement supprimées après un an.', 'fr-en-principe', 'généralement');
      found('Dans la mesure du possible, nous limitons la collecte.', 'fr-dans-la-mesure-du-possible');
    });
    it('does not flag a firm statement', () => {
      notFound('Nous partageons votre adresse avec La Poste pour la livraison.', 'fr-pouvons-partager');
    });
  });

  describe('open lists', () => {
    it('finds notamment, sans s’y limiter, etc., entre autres', () => {
      found('Nous collectons notamment votre nom.', 'fr-notamment', 'notamment');
      found("Ces données comprennent, sans s'y limiter, votre nom et votre adresse.", 'fr-sans-s-y-limiter');
      found('Nom, prénom, adresse, etc.', 'fr-etc', 'etc');
      found('Nous utilisons entre autres Matomo.', 'fr-entre-autres');
    });
    it('does not flag a closed list', () => {
      assert.deepEqual(ruleIds('Nous collectons votre nom, votre prénom et votre adresse électronique.'), []);
    });
  });

  describe('vague time, quantity, data and legal basis', () => {
    it('finds retention and condition wording', () => {
      found('Vos données sont conservées pendant la durée nécessaire aux finalités du traitement.', 'fr-duree-necessaire');
      found('Les données sont conservées le temps nécessaire.', 'fr-duree-necessaire', 'le temps nécessaire');
      found('Les journaux sont conservés temporairement.', 'fr-temporairement');
      found('Le cas échéant, vos données sont transmises.', 'fr-le-cas-echeant', 'Le cas échéant');
      found('Dans certains cas, nous conservons vos données plus longtemps.', 'fr-dans-certains-cas');
      found('Nous conservons vos données plus longtemps si la loi l’exige.', 'fr-plus-longtemps');
    });
    it('finds vague data and quantities', () => {
      found('Nous collectons certaines informations techniques.', 'fr-certaines-donnees', 'certaines informations');
      found('Nous utilisons des cookies et technologies similaires.', 'fr-technologies-similaires');
      found("Nous recevons d'autres informations de nos partenaires.", 'fr-autres-informations', "d'autres informations");
      found('Nous conservons les données pendant une durée raisonnable.', 'fr-raisonnable');
    });
    it('finds vague legal bases, with agreement and elision', () => {
      found("Ce traitement repose sur l'intérêt légitime de la société.", 'fr-interet-legitime', "l'intérêt légitime");
      found('Ce traitement repose sur nos intérêts légitimes.', 'fr-interet-legitime', 'nos intérêts légitimes');
      found('Nous communiquons vos données lorsque la loi l’exige.', 'fr-lorsque-la-loi-l-exige');
      found('Nous divulguons vos données si nous estimons de bonne foi que cela est nécessaire.', 'fr-de-bonne-foi');
      found('En poursuivant votre navigation, vous acceptez les cookies.', 'fr-consentement-implicite');
    });
    it('does not flag a stated period or a cited deadline', () => {
      notFound('Vos données sont conservées trois ans.', 'fr-duree-necessaire');
      notFound('Nous répondons dans un délai raisonnable qui ne saurait dépasser 1 mois.', 'fr-raisonnable');
      notFound('Nous répondons dans un délai raisonnable qui ne saurait dépasser 1 mois.', 'fr-des-que-possible');
    });
  });

  describe('messages', () => {
    it('quote the phrase as written', () => {
      const text = 'Nous partageons vos données avec NOS PARTENAIRES.';
      const finding = raw(text).find((f) => f.ruleId === 'fr-partenaires')!;
      assert.match(finding.message, /“PARTENAIRES”/);
    });
  });
});

describe('French context (#14): negation, limits, clause breaks, the user acting, clarifiers', () => {
  const kept = (text: string, phrase: string): boolean => shown(text).some((finding) => text.slice(finding.start, finding.end) === phrase);

  it('lowers recipients in a negated clause', () => {
    assert.ok(ruleIds('Nous ne partageons pas vos données avec des tiers.').includes('fr-tiers'), 'the rule matches');
    assert.equal(kept('Nous ne partageons pas vos données avec des tiers.', 'des tiers'), false);
    assert.equal(kept('Nous ne partageons jamais vos données avec nos partenaires.', 'partenaires'), false);
    assert.equal(kept("Aucune donnée n'est transmise à des tiers.", 'des tiers'), false);
    assert.equal(kept('Vos données ne sont vendues ni louées à des tiers.', 'des tiers'), false);
  });

  it('keeps what follows a clause break ("mais")', () => {
    const text = 'Nous ne vendons pas vos données, mais nous les partageons avec nos partenaires.';
    assert.equal(kept(text, 'partenaires'), true);
  });

  it('treats limiting words as limits, and pseudo-triggers as not negating', () => {
    assert.equal(kept('Vos données sont transmises uniquement à nos prestataires.', 'prestataires'), false);
    assert.equal(kept("Nous ne transmettons vos données qu'à nos prestataires.", 'prestataires'), false);
    assert.equal(isNegatedBefore('Non seulement nous utilisons vos données, nous les transmettons à ', 'des tiers', CONTEXT), false);
    assert.equal(isNegatedBefore("Nous partageons, sans s'y limiter, vos données avec ", 'des tiers', CONTEXT), false);
    assert.equal(isNegatedBefore('Nous partageons, sans que cette liste soit exhaustive, vos données avec ', 'des tiers', CONTEXT), false);
  });

  it('lowers recipients followed by a negated predicate', () => {
    assert.equal(kept("Les tiers n'ont pas accès à vos données.", 'Les tiers'), false);
    assert.equal(kept('Nos partenaires ne reçoivent aucune donnée personnelle.', 'partenaires'), false);
  });

  it('lowers hedges about what the user does', () => {
    assert.equal(kept('Vous pouvez partager vos données à tout moment en le demandant.', 'à tout moment'), false);
    assert.equal(kept('Vous avez le droit de retirer votre consentement, le cas échéant.', 'le cas échéant'), false);
    assert.equal(kept('Nous conservons vos données plus longtemps dans certains cas.', 'dans certains cas'), true);
  });

  it('lowers a term clarified right after ("à savoir", "suivants"), but not one opening a list with "notamment :"', () => {
    assert.equal(kept('Nous partageons vos données avec nos prestataires, à savoir OVH et Scalingo.', 'prestataires'), false);
    assert.equal(kept('Nous partageons vos données avec les partenaires suivants : OVH.', 'partenaires'), false);
    assert.equal(kept('Nous partageons vos données avec nos partenaires, notamment : OVH.', 'partenaires'), true);
  });

  it('keeps a vague sentence that nothing defuses', () => {
    const text = 'Nous pouvons partager vos données avec des tiers à des fins commerciales.';
    const ids = shown(text).map((finding) => finding.ruleId);
    assert.deepEqual(ids, ['fr-pouvons-partager', 'fr-tiers', 'fr-fins-commerciales']);
  });
});
