// The words the context analysis needs in French (languageContext.ts): negation and limiting
// triggers after NegEx, the pseudo-triggers that look like negation but are not, clause breaks,
// negated predicates after recipients, the user acting, and clarifiers.
import type { LanguageContextTables } from '../../context/languageContext';

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
  clarifier:
    /[ \t\u00a0>]*(?:[,(:\u2013\u2014-][ \t\u00a0]*)?(?:à savoir|c['’]est-à-dire|c['’]est à dire|soit|nommément|en l['’]occurrence|appel(?:é|ée|és|ées)|suivant(?:e|s|es)?|ci-dessous|ci-après|listé(?:e|s|es)? ci-dessous|énumérés? ci-dessous|mentionné(?:e|s|es)? ci-dessous|indiqué(?:e|s|es)? ci-dessous)(?![\p{L}\p{N}])/iuy,
};
