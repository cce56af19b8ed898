// Durées, conservation et conditions vagues : « pendant la durée nécessaire », « le cas échéant »,
// « de temps en temps », « temporairement ».
import type { Rule } from '../../ruleSchema';
import { RGPD_ART_13_2_A } from './legalHooks';

export const RULES: Rule[] = [
  {
    id: 'fr-duree-necessaire',
    patterns: [
      '(pendant |pour |)la durée (strictement |)nécessaire',
      '(pendant |)le temps (strictement |)nécessaire',
      "aussi longtemps (que|qu'il est|qu’il est|qu'il sera|qu’il sera) (raisonnablement |)(nécessaire|requis|utile)",
      'aussi longtemps que nécessaire',
      'tant que (nécessaire|cela est nécessaire|cela sera nécessaire|nécessaire)',
      'pas plus longtemps que (nécessaire|ce qui est nécessaire)',
      "n'excédant pas (la durée|celle) nécessaire",
      'n’excédant pas (la durée|celle) nécessaire',
      "qui n'excède pas (la durée|celle) nécessaire",
      'durée (nécessaire|requise) (aux|à la réalisation des|pour les) finalités',
      'durée de vie (de votre compte|du compte)',
    ],
    category: 'vague-time',
    severity: 'warning',
    message: 'Durée non précisée : “pendant la durée nécessaire” ne dit pas combien de temps les données sont gardées.',
    explanation:
      '« La durée nécessaire » reprend la règle du RGPD sans l’appliquer : c’est l’entreprise qui décide de ce qui est nécessaire. La politique doit donner une durée ou les critères qui la fixent.',
    question: 'Combien de temps conservez-vous chaque catégorie de mes données, ou selon quels critères précis cette durée est-elle fixée ?',
    legalHook: RGPD_ART_13_2_A,
  },
  {
    id: 'fr-plus-longtemps',
    patterns: ['plus longtemps', '(des|pendant des|pour des) périodes plus longues', '(une|pendant une) (durée|période) plus longue', 'au-delà de cette (durée|période)', 'au delà de cette (durée|période)', 'durée (supérieure|prolongée)'],
    category: 'vague-time',
    severity: 'warning',
    message: 'Durée ouverte : “plus longtemps” ne dit pas jusqu’à quand.',
    explanation:
      'La politique prévoit de garder les données au-delà de la durée annoncée sans dire de combien ni sur quel fondement.',
    question: 'Jusqu’à quand, précisément, et sur quel fondement juridique gardez-vous mes données plus longtemps ?',
    legalHook: RGPD_ART_13_2_A,
  },
  {
    id: 'fr-duree-legale',
    patterns: ['durée(s|) (de conservation |)(légale|légales|légalement requise|légalement requises|réglementaire|réglementaires)', 'durée(s|) (prévue|prévues|imposée|imposées) par la (loi|réglementation)', 'délai(s|) de prescription', 'durée(s|) de prescription', '(l’|d’|qu’|)obligations légales de conservation', 'prescriptions légales', 'conformément aux durées légales'],
    category: 'vague-time',
    severity: 'information',
    message: 'Durée renvoyée à la loi : “durée légale” ne dit ni quelle loi ni quelle durée.',
    explanation:
      'Renvoyer à la « durée légale » sans citer le texte ni la durée laisse le lecteur incapable de savoir quand ses données seront effacées.',
    question: 'Quel texte fixe cette durée, et quelle est-elle pour chaque catégorie de mes données ?',
    legalHook: RGPD_ART_13_2_A,
  },
  {
    id: 'fr-de-temps-en-temps',
    patterns: ['de temps (en|à) temps', 'de temps à autre', 'occasionnellement', 'ponctuellement', 'parfois', 'à l’occasion', "à l'occasion", 'de façon ponctuelle', 'de manière ponctuelle', 'épisodiquement'],
    category: 'vague-time',
    severity: 'information',
    message: 'Fréquence indéterminée : “de temps en temps” ne dit pas quand ni à quelle fréquence.',
    explanation:
      'Le lecteur ne peut pas savoir quand ce traitement a lieu, ni s’il le concerne.',
    question: 'À quelle fréquence, et dans quels cas précisément ?',
    // « à l'occasion de contrôles » : « pendant », pas une fréquence.
    notFollowedBy: String.raw`^\s*d(?:e|u|es|['’])`,
  },
  {
    id: 'fr-temporairement',
    patterns: ['temporairement', 'provisoirement', '(pendant |pour |)une (courte |)(durée|période) (limitée|courte|déterminée)', '(pendant |pour |)une courte (durée|période)', '(pendant |)un certain temps', '(pendant |)une certaine (durée|période)', 'à titre temporaire', 'journaux temporaires'],
    category: 'vague-time',
    severity: 'information',
    message: 'Durée non chiffrée : “temporairement” ne dit pas combien de temps.',
    explanation:
      '« Temporairement » ou « une durée limitée » rassure sans donner de durée : quelques minutes ou plusieurs années restent possibles.',
    question: 'Combien de temps exactement ces données sont-elles conservées ?',
    legalHook: RGPD_ART_13_2_A,
  },
  {
    id: 'fr-le-cas-echeant',
    patterns: ['le cas échéant', "s'il y a lieu", 's’il y a lieu', 'si applicable', 'selon le cas', 'si besoin', 'au besoin', 'si nécessaire', 'en tant que de besoin', 'lorsque (cela est|c\'est|c’est) (nécessaire|approprié|pertinent|requis|justifié)', 'si (cela est|c\'est|c’est) (nécessaire|approprié|pertinent|requis)', 'selon les besoins', 'en fonction des besoins'],
    category: 'vague-time',
    severity: 'off',
    // Off by default: below half right on the development set (0 of 1 judged TP); a single case, so worth re-measuring.
    message: 'Condition indéterminée : “le cas échéant” ne dit pas quand la condition est remplie.',
    explanation:
      '« Le cas échéant » ou « si nécessaire » rend le traitement conditionnel sans dire à quoi. Le lecteur ne peut pas savoir si cela s’applique à lui.',
    question: 'Dans quels cas précis cela s’applique-t-il, et est-ce mon cas ?',
  },
  {
    id: 'fr-dans-certains-cas',
    patterns: ['dans certains cas', 'dans certaines circonstances', 'dans certaines situations', 'dans des cas (limités|exceptionnels|particuliers|spécifiques)', 'dans des circonstances (limitées|exceptionnelles|particulières)', 'circonstances limitées', 'certains cas', 'dans de rares cas', 'cas exceptionnels'],
    category: 'vague-time',
    severity: 'warning',
    message: 'Condition indéterminée : “dans certains cas” ne dit pas lesquels.',
    explanation:
      'Les cas ne sont pas nommés : le traitement peut s’appliquer à n’importe quelle situation que l’entreprise juge concernée.',
    question: 'Quels sont ces cas, précisément, et lesquels me concernent ?',
  },
  {
    id: 'fr-au-moins',
    patterns: ['au moins', 'au minimum', 'minimum de', 'pendant un minimum'],
    category: 'vague-time',
    severity: 'hint',
    message: 'Durée minimale seulement : “au moins” ne donne pas de durée maximale.',
    explanation:
      'Une durée « d’au moins » deux ans dit quand les données ne seront pas effacées, pas quand elles le seront.',
    question: 'Quelle est la durée maximale de conservation de mes données ?',
    legalHook: RGPD_ART_13_2_A,
  },
  {
    id: 'fr-duree-indeterminee',
    patterns: ['indéfiniment', 'sans limitation de durée', 'sans limite de durée', 'de (façon|manière) illimitée', '(à|pour une) durée indéterminée', 'pour toujours', 'de façon permanente', 'de manière permanente', 'définitivement conservées'],
    category: 'vague-time',
    severity: 'warning',
    message: 'Conservation sans fin : “indéfiniment” n’a pas de limite.',
    explanation:
      'Une conservation sans limite de durée est contraire au principe de limitation de la conservation, sauf exceptions que la politique doit nommer.',
    question: 'Pourquoi mes données sont-elles conservées sans limite de durée, et sur quel fondement ?',
    legalHook: RGPD_ART_13_2_A,
  },
  {
    id: 'fr-des-que-possible',
    patterns: ['dès que possible', 'dans les meilleurs délais', 'dans les plus brefs délais', 'dans un délai raisonnable', 'rapidement', 'dans des délais raisonnables'],
    category: 'vague-time',
    severity: 'information',
    message: 'Délai non chiffré : “dans les meilleurs délais” ne dit pas quand.',
    explanation:
      'Le délai n’est pas donné : la suppression ou la réponse peut prendre des jours ou des mois.',
    question: 'Dans quel délai précis, en jours ?',
    notFollowedBy: String.raw`^\s*(?:,\s*)?(?:qui\s+ne\s+(?:saurait|peut|pourra)\s+(?:dépasser|excéder)|et\s+au\s+plus\s+tard|\(|d['’]un\s+mois)`,
  },
  {
    id: 'fr-archivage-intermediaire',
    patterns: ['(l’|d’|qu’|)archivage intermédiaire', '(l’|d’|qu’|)archives intermédiaires', '(l’|d’|qu’|)archive(s|) intermédiaire(s|)', 'base(s|) d’archive(s|)', "base(s|) d'archive(s|)"],
    category: 'vague-time',
    severity: 'information',
    message: 'Durée d’archivage non précisée : “archivage intermédiaire” sans durée.',
    explanation:
      'L’archivage intermédiaire prolonge la conservation ; la politique doit dire combien de temps et qui y a accès.',
    question: 'Combien de temps mes données restent-elles en archivage intermédiaire, et qui peut y accéder ?',
    legalHook: RGPD_ART_13_2_A,
  },
  {
    id: 'fr-a-tout-moment',
    patterns: ['à tout moment', 'à tout instant', 'à tout moment et sans préavis', 'sans préavis'],
    category: 'vague-time',
    severity: 'hint',
    message: 'Moment indéterminé : “à tout moment” ne dit pas quand.',
    explanation:
      'Quand c’est l’entreprise qui agit « à tout moment », le lecteur ne peut rien prévoir.',
    question: 'Dans quels cas et avec quel préavis agissez-vous ainsi ?',
  },
  {
    id: 'fr-un-certain-delai',
    patterns: ['(passé|après|au terme d’|au terme d\'|à l’issue d’|à l\'issue d\')un certain délai', 'après une certaine (période|durée)', 'un délai (déterminé|défini)', 'au terme de la durée de conservation'],
    category: 'vague-time',
    severity: 'warning',
    message: 'Délai non chiffré : “un certain délai” ne dit pas combien de temps.',
    explanation:
      'Le délai n’est pas donné : la suppression peut intervenir dans un mois ou dans dix ans.',
    question: 'Quel est ce délai, précisément ?',
    legalHook: RGPD_ART_13_2_A,
  },
  {
    id: 'fr-ulterieurement',
    patterns: ['(l’|d’|qu’|)ultérieurement', 'à l’avenir', "à l'avenir", 'par la suite', 'dans le futur'],
    category: 'vague-time',
    severity: 'hint',
    message: 'Moment indéterminé : “ultérieurement” ne dit pas quand.',
    explanation:
      'Un traitement prévu « ultérieurement » n’est ni daté ni décrit.',
    question: 'Quand et dans quelles conditions ce traitement aura-t-il lieu ?',
  },
  {
    id: 'fr-regulierement',
    patterns: ['régulièrement', 'périodiquement', 'de façon régulière', 'de manière régulière', 'en continu'],
    category: 'vague-time',
    severity: 'off',
    // Off by default: 0/1 on the development set.
    message: 'Fréquence indéterminée : “régulièrement” ne dit pas à quelle fréquence.',
    explanation:
      'La fréquence n’est pas donnée, ce qui empêche de savoir ce qui est réellement fait.',
    question: 'À quelle fréquence précisément ?',
  },
];
