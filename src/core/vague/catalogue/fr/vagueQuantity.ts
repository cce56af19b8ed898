// Quantité et degré vagues : « certaines », « raisonnable », « un certain nombre », « la plupart ».
import type { Rule } from '../../ruleSchema';
import { RGPD_ART_13_1_C } from './legalHooks';

export const RULES: Rule[] = [
  {
    id: 'fr-raisonnable',
    patterns: ['raisonnablement nécessaire', 'raisonnablement', 'raisonnable(s|)', 'dans une mesure raisonnable', 'raisonnablement possible'],
    category: 'vague-quantity',
    severity: 'information',
    message: 'Degré indéterminé : “raisonnable” laisse l’entreprise juge de la mesure.',
    explanation: 'Ce qui est « raisonnable » n’est défini nulle part dans la politique : l’entreprise fixe seule la limite.',
    question: 'Qu’entendez-vous concrètement par « raisonnable » ici : quelle durée, quelle quantité, quels critères ?',
    // « délai raisonnable qui ne saurait dépasser 1 mois » : la limite est donnée.
    notFollowedBy: String.raw`^\s*(?:,\s*)?(?:qui\s+ne\s+(?:saurait|peut|pourra)\s+(?:dépasser|excéder)|et\s+au\s+plus\s+tard|d['’]un\s+mois|de\s+\d)`,
  },
  {
    id: 'fr-un-certain-nombre',
    patterns: [
      'un certain nombre',
      'un nombre limité',
      'la plupart',
      'la majorité',
      'de nombreuses',
      'de nombreux',
      'nombre de',
      'quelques',
      'plusieurs',
      'une partie de vos',
      'une partie des',
      'un grand nombre',
    ],
    category: 'vague-quantity',
    severity: 'off',
    // Off by default: 0/5 on the development set.
    message: 'Quantité indéterminée : “un certain nombre” ne dit pas combien.',
    explanation: 'La quantité n’est pas donnée ; le lecteur ne peut pas savoir quelle part de ses données ou de ses cas est concernée.',
    question: 'Combien exactement, et lesquels ?',
  },
  {
    id: 'fr-mesures-appropriees',
    patterns: [
      'mesures (appropriées|adéquates|nécessaires|adaptées|raisonnables)',
      'mesures techniques et organisationnelles (appropriées|adaptées|nécessaires)',
      'niveau (adéquat|approprié|suffisant) de (protection|sécurité)',
      'niveau de (protection|sécurité) (adéquat|approprié|suffisant|équivalent)',
      'sécurité (appropriée|adéquate|suffisante)',
    ],
    category: 'vague-quantity',
    severity: 'off',
    // Off by default like every hint-level rule: hints are ≥ 50% precise or off (#12); ruleSeverity turns it on.
    message: 'Protection non décrite : “mesures appropriées” ne dit pas lesquelles.',
    explanation: 'Le texte affirme une protection sans la décrire. Vous ne pouvez pas apprécier si elle suffit.',
    question: 'Quelles mesures concrètes protègent mes données (chiffrement, contrôle d’accès, lieu d’hébergement) ?',
  },
  {
    id: 'fr-strictement-necessaire',
    patterns: ['strictement nécessaire(s|)', 'nécessaire(s|) et suffisant(e|s|es|)', 'le minimum nécessaire', 'ce qui est nécessaire'],
    category: 'vague-quantity',
    severity: 'off',
    // Off by default: 0/4 on the development set (cookie-law wording).
    message: 'Nécessité non définie : “strictement nécessaire” ne dit pas ce qui l’est.',
    explanation: 'La nécessité est appréciée par l’entreprise ; sans liste des données ou des durées, le lecteur ne peut pas la vérifier.',
    question: 'Quelles données sont strictement nécessaires, et lesquelles ne le sont pas ?',
  },
  {
    id: 'fr-toute-exigence',
    patterns: ['toute exigence', 'toutes exigences', 'toute obligation', 'toutes obligations', 'toute demande', 'toute requête'],
    category: 'vague-quantity',
    severity: 'off',
    // Off by default like every hint-level rule: hints are ≥ 50% precise or off (#12); ruleSeverity turns it on.
    message: 'Portée illimitée : “toute exigence” couvre n’importe quel cas.',
    explanation: '« Toute » étend la règle à tous les cas sans les nommer.',
    question: 'Quelles exigences ou demandes précises sont visées ?',
  },
  {
    id: 'fr-significatif',
    patterns: [
      '(modification|modifications|changement|changements) (importante|importantes|important|importants|substantielle|substantielles|substantiel|substantiels|significative|significatives|significatif|significatifs|majeure|majeures|majeur|majeurs)',
    ],
    category: 'vague-quantity',
    severity: 'off',
    // Off by default like every hint-level rule: hints are ≥ 50% precise or off (#12); ruleSeverity turns it on.
    message: 'Seuil indéterminé : “modifications importantes” ne dit pas ce qui est important.',
    explanation: 'La politique prévient seulement des changements qu’elle juge importants, sans dire selon quels critères.',
    question: 'Quels changements considérez-vous comme importants, et comment serai-je prévenu des autres ?',
  },
  {
    id: 'fr-dans-une-certaine-mesure',
    patterns: ['dans une certaine mesure', 'dans une large mesure', 'en partie', 'partiellement', 'dans la mesure nécessaire', 'dans la mesure requise', 'dans les limites'],
    category: 'vague-quantity',
    severity: 'off',
    // Off by default like every hint-level rule: hints are ≥ 50% precise or off (#12); ruleSeverity turns it on.
    message: 'Degré indéterminé : “dans une certaine mesure” ne dit pas jusqu’où.',
    explanation: 'La mesure n’est pas donnée, ce qui rend la phrase invérifiable.',
    question: 'Dans quelle mesure précisément ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-certains-sites',
    patterns: [
      'certain(s|) de nos (sites|sites web|services|produits|applications)',
      'certaines de nos (pages|applications|fonctionnalités)',
      'certains (sites|services|produits)',
      'certaines (pages|fonctionnalités|applications)',
    ],
    category: 'vague-quantity',
    severity: 'off',
    // Off by default: 1/7 on the development set.
    message: 'Portée indéterminée : “certains de nos sites” ne dit pas lesquels.',
    explanation: 'Le lecteur ne peut pas savoir si le traitement concerne le site ou le service qu’il utilise.',
    question: 'Quels sites ou services exactement sont concernés ?',
  },
  {
    id: 'fr-niveau-eleve',
    patterns: [
      'niveau élevé de protection',
      'haut niveau de (protection|sécurité)',
      'niveau (élevé|optimal|maximal) de sécurité',
      'sécurité maximale',
      'standards élevés',
      'normes (élevées|strictes)',
    ],
    category: 'vague-quantity',
    severity: 'off',
    // Off by default like every hint-level rule: hints are ≥ 50% precise or off (#12); ruleSeverity turns it on.
    message: 'Promesse non mesurable : “niveau élevé de protection” ne dit pas quelles mesures.',
    explanation: 'Un niveau « élevé » n’est pas vérifiable sans les mesures concrètes qui le constituent.',
    question: 'Quelles mesures concrètes assurent ce niveau de protection ?',
  },
];
