// Listes ouvertes et généralisations : « notamment », « y compris », « etc. », « sans s'y limiter ».
import type { Rule } from '../../ruleSchema';
import { RGPD_ART_13_1_C } from './legalHooks';

export const RULES: Rule[] = [
  {
    id: 'fr-notamment',
    patterns: ['notamment'],
    category: 'open-lists',
    severity: 'information',
    message: 'Liste ouverte : “notamment” signale que la liste n’est pas complète.',
    explanation:
      '« Notamment » ne donne que des exemples : ce qui n’est pas cité est aussi couvert. Vous ne connaissez donc pas la liste entière des données, finalités ou destinataires.',
    question: 'Quelle est la liste complète, et pas seulement les exemples cités ?',
    // « fonction disponible notamment sur Firefox… » (a browser feature) and « vous avez des droits, notamment : » (the user's rights).
    notPrecededBy: String.raw`(?:disponibles?|droits\s*,?)\s+$`,
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-y-compris',
    patterns: ['y compris'],
    category: 'open-lists',
    severity: 'off',
    // Off by default: 1/4 on the development set (identity checks, user choices).
    message: 'Liste ouverte : “y compris” ne donne qu’une partie de ce qui est couvert.',
    explanation:
      '« Y compris » cite certains éléments d’un ensemble sans le délimiter. Le reste de l’ensemble n’est pas décrit.',
    question: 'Que couvre cet ensemble en entier, au-delà des éléments cités ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-sans-s-y-limiter',
    patterns: ["(mais |)sans s'y limiter", '(mais |)sans (que cette liste soit|être) (exhaustive|limitative)', 'liste non (exhaustive|limitative)', '(de manière|de façon|à titre) non (exhaustive|limitative|exhaustif|limitatif)', 'sans (limitation|restriction)', 'non limitativement', 'sans que cette énumération soit limitative', 'à titre indicatif'],
    category: 'open-lists',
    severity: 'warning',
    message: 'Liste déclarée ouverte : “sans s’y limiter” permet d’ajouter n’importe quoi à la liste.',
    explanation:
      'La politique affirme elle-même que sa liste n’est pas complète. Tout élément non cité peut être traité aussi, sans que vous le sachiez.',
    question: 'Quels autres éléments, non cités, sont concernés ? Donnez-moi la liste complète.',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-etc',
    patterns: ['etc', 'et cetera', 'et caetera'],
    category: 'open-lists',
    severity: 'warning',
    message: 'Liste ouverte : “etc.” laisse la liste sans fin.',
    explanation:
      '« Etc. » remplace la suite d’une liste par rien : le lecteur ne sait pas ce qui vient après.',
    question: 'Que recouvre « etc. » ici ? Donnez-moi la liste complète.',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-entre-autres',
    patterns: ['entre autres', 'parmi d’autres', "parmi d'autres", 'parmi lesquel(s|les)'],
    category: 'open-lists',
    severity: 'warning',
    message: 'Liste ouverte : “entre autres” annonce des éléments non cités.',
    explanation:
      '« Entre autres » dit explicitement qu’il existe d’autres éléments que ceux nommés, sans les donner.',
    question: 'Quels sont les autres éléments que vous ne citez pas ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-par-exemple',
    patterns: ['par exemple', 'p. ex', 'à titre d’exemple', "à titre d'exemple", 'à titre d’illustration', "à titre d'illustration", 'par ex'],
    category: 'open-lists',
    severity: 'off',
    // Off by default: 1/9 on the development set.
    message: 'Exemples : “par exemple” ne donne qu’une partie de la liste.',
    explanation:
      'Des exemples aident à comprendre, mais ne disent pas ce qui est couvert en entier.',
    question: 'Au-delà de ces exemples, qu’est-ce qui est concerné ?',
  },
  {
    id: 'fr-tels-que',
    patterns: ['tel(s|) que', 'telle(s|) que', 'tel(s|) qu’', "tel(s|) qu'", 'telle(s|) qu’', "telle(s|) qu'"],
    category: 'open-lists',
    severity: 'off',
    // Off by default: 0/8 on the development set (named examples).
    message: 'Exemples : “tels que” introduit une liste peut-être incomplète.',
    explanation:
      '« Tels que » introduit souvent des exemples plutôt qu’une liste fermée.',
    question: 'La liste qui suit est-elle complète ? Sinon, qu’est-ce qui est aussi concerné ?',
    // « telles » seul : « telles le pays, la langue » (tournure des traductions) ; sinon trop large.
    notFollowedBy: String.raw`^\s+(?:mesures|conditions|données|informations)\b`,
  },
  {
    id: 'fr-et-autres',
    patterns: ['et autres', 'ou autres', "et d'autres", "ou d'autres", "ainsi que d'autres", 'et toute autre', 'ou toute autre', 'et tout autre', 'ou tout autre', 'et similaires', 'ou similaire(s|)', 'ou équivalent(s|)', 'ou assimilé(s|)', 'et assimilé(s|)'],
    category: 'open-lists',
    severity: 'warning',
    message: 'Liste ouverte : “et autres” ajoute une catégorie sans limite.',
    explanation:
      'Terminer une liste par « et autres » ou « ou tout autre » la rouvre : tout ce qui ressemble aux éléments cités est couvert aussi.',
    question: 'Quels sont ces autres éléments, précisément ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-en-particulier',
    patterns: ['en particulier', 'particulièrement', 'principalement', '(l’|d’|qu’|)essentiellement', 'pas exclusivement', 'non exclusivement', 'pour l’essentiel', "pour l'essentiel"],
    category: 'open-lists',
    severity: 'information',
    message: 'Liste incomplète : “principalement” laisse entendre qu’il y a d’autres cas.',
    explanation:
      '« Principalement » ou « en particulier » décrit la part la plus visible d’un ensemble, sans dire ce que contient le reste.',
    question: 'Hors de ces cas principaux, qu’est-ce qui est aussi concerné ?',
  },
  {
    id: 'fr-de-differentes-manieres',
    patterns: ['de (différentes|diverses|plusieurs|multiples) (manières|façons)', 'par (divers|différents) moyens', 'sous (toute|quelque) forme', 'de quelque manière que ce soit', 'dans (divers|différents) contextes'],
    category: 'open-lists',
    severity: 'warning',
    message: 'Moyens non précisés : “de différentes manières” ne dit pas comment.',
    explanation:
      'La politique ne décrit pas les moyens : publication, transmission, combinaison… tout est possible.',
    question: 'De quelles manières précisément, et par quels canaux ?',
  },
  {
    id: 'fr-actuelles-ou-futures',
    patterns: ['(actuel|actuelle|actuels|actuelles|présent|présente|présents|présentes|existant|existants|existantes) (ou|et) (futur|future|futurs|futures|à venir)', 'à venir', 'futures sociétés', 'futurs partenaires'],
    category: 'open-lists',
    severity: 'warning',
    message: 'Ensemble ouvert vers l’avenir : “actuelles ou futures” couvre des entités qui n’existent pas encore.',
    explanation:
      'Inclure les entités « futures » revient à accepter d’avance un partage avec des organisations inconnues aujourd’hui.',
    question: 'M’informerez-vous et demanderez-vous mon accord avant que de nouvelles entités reçoivent mes données ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-dans-les-cas-suivants-ouverts',
    patterns: ['dans des cas tels que', 'dans des situations telles que', 'dans des circonstances telles que', 'à des fins telles que', 'pour des raisons telles que'],
    category: 'open-lists',
    severity: 'warning',
    message: 'Cas donnés en exemple : “dans des cas tels que” ne ferme pas la liste des cas.',
    explanation:
      'La politique donne quelques cas mais garde les autres ouverts.',
    question: 'Dans quels autres cas cela se produit-il ?',
  },
  {
    id: 'fr-peut-inclure',
    patterns: ['(peut|peuvent|pourra|pourront|pourrait|pourraient) (inclure|comprendre|contenir|englober)', '(inclut|incluent|comprend|comprennent) notamment', '(l’|d’|qu’|)inclure notamment', 'sont notamment'],
    category: 'open-lists',
    severity: 'warning',
    message: 'Liste ouverte : “peut inclure” donne des exemples sans délimiter l’ensemble.',
    explanation:
      'Ce qui « peut inclure » n’est ni une liste complète ni un engagement : tout le reste peut y être aussi.',
    question: 'Que contient cet ensemble exactement, et pas seulement ce qu’il peut inclure ?',
    legalHook: RGPD_ART_13_1_C,
  },
];
