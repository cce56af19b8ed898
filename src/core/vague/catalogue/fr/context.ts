// The words the context analysis needs in French (languageContext.ts): negation and limiting
// triggers after NegEx, the pseudo-triggers that look like negation but are not, clause breaks,
// negated predicates after recipients, the user acting, and clarifiers.
import type { LanguageContextTables } from '../../context/languageContext';

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * Definitions quoted from the law or written as one: the GDPR's « personne physique identifiée ou
 * identifiable » and « toute opération ou tout ensemble d'opérations », a quoted term followed by
 * « désigne » (« « Personne(s) concernée(s) » désigne … »), and what a cookie is (« Un "Cookie" est
 * une suite d'informations, généralement … »). They name a concept, not what the organisation does
 * (judged so at the first lint of batch-4, 2026-12-07).
 */
const STATUTE = new RegExp(
  [
    `${NOT_LETTER_BEFORE}personne physique identifiée ou identifiable${NOT_LETTER_AFTER}`,
    `${NOT_LETTER_BEFORE}toute opération ou tout ensemble d['’]opérations${NOT_LETTER_AFTER}`,
    `[»”"]\\s*(?:désigne|désignent|signifie|signifient|s['’]entend(?:ent)?\\s+(?:de|d['’]|comme))${NOT_LETTER_AFTER}`,
    `^[\\s>*_#-]*(?:un|une|les|le|la)\\s+(?:[«"“]\\s*)?(?:cookies?|traceurs?|témoins?\\s+de\\s+connexion)(?:\\s*[»"”])?\\s+(?:est|sont)\\s+(?:une?|des)\\s+(?:petits?\\s+)?(?:suite|fichiers?|informations?|ensemble)${NOT_LETTER_AFTER}`,
  ].join('|'),
  'iu',
);

/** Right after the phrase, the law it opens onto: « (notamment les articles 5 et 6 du RGPD) », « et notamment les dispositions de la loi « Informatique et libertés » ». */
const PROVISION_CITED_AFTER =
  /^[ \t\u00a0]*(?:[,:][ \t\u00a0]*)?(?:(?:les|la|le|l['’]|aux|au|des|du)[ \t\u00a0]*)?(?:articles?[ \t\u00a0]+\d|dispositions[ \t\u00a0]+(?:de|du|des)[ \t\u00a0]+(?:la[ \t\u00a0]+loi|règlement|RGPD)|loi[ \t\u00a0]+(?:«|n°|du[ \t\u00a0]+\d)|RGPD(?![\p{L}\p{N}])|règlement[ \t\u00a0]+(?:général|\(UE\)|européen))/iu;

/**
 * The period a vague retention leaves open, given in its section right after it: « augmentée du délai
 * de prescription légale. Le délai de prescription de droit commun … est de cinq (5) ans », « (voir le
 * tableau ci-dessous) » with the table's « 13 mois » (first lint of batch-4, 2026-12-07).
 */
const PERIOD_GIVEN_AFTER =
  /(?<![\p{L}\p{N}])(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|treize|quinze|vingt|trente)\s*(?:\(\d+\)\s*)?(?:ans|années|mois|jours|semaines)(?![\p{L}\p{N}])/iu;

/** The heading of a section on the user's rights: « Vos droits », « Comment sont exercés les droits reconnus aux Personnes concernées ? », « Droit d'accès ». */
const RIGHTS_HEADING =
  /(?<![\p{L}])(?:vos droits|droits (?:reconnus|des personnes|des utilisateurs|dont vous disposez|sur vos données)|exercice (?:de vos|des) droits|exercer vos droits|droits? d['’]accès|droit d['’]opposition|droit de rectification|droit à l['’]effacement)(?![\p{L}])/iu;
/** The organisation acting in the sentence as « nous »: under a rights heading, « nous pouvons refuser » is still its own discretion. */
const COMPANY_ACTING = /(?<![\p{L}])(?:nous|Nous)(?![\p{L}])/u;

export const CONTEXT: LanguageContextTables = {
  // « mais », « cependant », « sauf », « à moins que », « si », « lorsque » and clause punctuation
  // end the scope; so does a new subject after « et » / « ou » (« et nous partageons »).
  clauseBreak:
    /(?:(?<![\p{L}\p{N}])(?:lorsqu['’]|à moins qu['’]|(?:mais|cependant|toutefois|néanmoins|pourtant|sauf|excepté|hormis|si|lorsque|quand|alors que|tandis que|bien que|à moins que)(?![\p{L}\p{N}]))|[;:()\u2014]|\s[\u2013-]\s|(?<![\p{L}\p{N}])(?:et|ou)\s+(?:nous|vous|ils|elles|ceux-ci|celles-ci|ces derniers|ces dernières)(?![\p{L}\p{N}]))/giu,
  // « ne … pas », « n'… jamais », « aucun », « sans », « ni », and the limiting « uniquement »,
  // « seulement », « exclusivement », « ne … que ».
  trigger: /(?<![\p{L}\p{N}])(?:n['’]|(?:ne|pas|jamais|aucun|aucune|aucuns|aucunes|nul|nulle|sans|ni|uniquement|seulement|exclusivement|seul|seule|seuls|seules)(?![\p{L}\p{N}]))/iu,
  // Words that look like triggers but do not negate or limit what follows.
  pseudoTrigger:
    /(?<![\p{L}\p{N}])(?:non seulement|pas seulement|pas uniquement|pas exclusivement|sans s['’]y limiter|sans que cette liste soit (?:exhaustive|limitative)|sans (?:être|que ce soit) (?:exhaustive?|limitative?)|sans limitation|sans restriction|sans préjudice|sans délai|sans frais|sans préavis|ne (?:saurait|peut) (?:dépasser|excéder)|n['’](?:excède|excédant) pas|pas plus (?:de|que)|au plus tard|si et seulement si|que si|qu['’]à condition)(?![\p{L}\p{N}])/giu,
  // After recipients, as their subject: « les tiers n'ont pas accès », « nos partenaires ne reçoivent aucune ».
  negatedPredicate:
    /^[ \t]*(?:[,)][ \t]*)?(?:ne\s+(?:peuvent|peut|pourront|sauraient)\s+(?:pas|jamais|en aucun cas)|n['’]ont\s+(?:pas|jamais|aucun)|n['’]a\s+(?:pas|jamais|aucun)|ne\s+reçoivent|ne\s+reçoit|n['’]y\s+ont|ne)(?![\p{L}\p{N}])/iu,
  // The user acting or a user's right: « vous pouvez », « vous avez le droit », « votre droit ».
  userActing:
    /(?<![\p{L}\p{N}])(?:vous\s+(?:\p{L}+\s+){0,2}?(?:pouvez|pourrez|pourriez|avez le droit|avez la possibilité|disposez|êtes libre|choisissez|décidez|acceptez|refusez)|(?<!(?:protéger|défendre)\s)(?:votre|vos|son|ses)\s+droit(?:s)?|droit\s+(?:d['’]accès|de rectification|d['’]opposition|à l['’]effacement|à la portabilité|à la limitation|de retirer|d['’]introduire)|l['’]utilisateur\s+(?:\p{L}+\s+){0,2}?(?:peut|pourra|a la possibilité|dispose)|par\s+vous(?:-même)?)(?![\p{L}\p{N}])/iu,
  // Each branch of userActing holds one of these: "vous", "droit", "utilisateur".
  userActingNeeds: /vous|droit|utilisateur/i,
  // Right after a term, naming what it means. « notamment : » is NOT a clarifier (it opens a list);
  // « suivants » / « suivantes » (« les partenaires suivants : ») is.
  statute: STATUTE,
  // Each branch of STATUTE holds one of these.
  statuteNeeds: ['dentifiable', 'pérations', 'ésign', 'ignifi', 'ntend', 'ookie', 'OOKIE', 'raceur', 'émoin'],
  periodGivenAfter: PERIOD_GIVEN_AFTER,
  rightsHeading: RIGHTS_HEADING,
  companyActing: COMPANY_ACTING,
  provisionCitedAfter: PROVISION_CITED_AFTER,
  clarifier:
    /[ \t\u00a0>]*(?:[,(:\u2013\u2014-][ \t\u00a0]*)?(?:à savoir|c['’]est-à-dire|c['’]est à dire|soit|nommément|en l['’]occurrence|appel(?:é|ée|és|ées)|suivant(?:e|s|es)?|ci-dessous|ci-après|listé(?:e|s|es)? ci-dessous|énumérés? ci-dessous|mentionné(?:e|s|es)? ci-dessous|indiqué(?:e|s|es)? ci-dessous)(?![\p{L}\p{N}])/iuy,
};
