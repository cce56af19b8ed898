// Bases légales vagues : « l'intérêt légitime » sans l'intérêt, « obligations légales » sans texte,
// « lorsque la loi l'exige », « de bonne foi », « garanties appropriées ».
import type { Rule } from '../../ruleSchema';
import { RGPD_ART_13_1_C, RGPD_ART_13_1_D, RGPD_ART_13_1_F } from './legalHooks';

export const RULES: Rule[] = [
  {
    id: 'fr-interet-legitime',
    patterns: ["(l'|l’|d'|d’|)intérêt(s|) légitime(s|)", '(notre|nos|son|ses|leur|leurs|un|des|mon|votre) intérêt(s|) légitime(s|)', '(l’|d’|qu’|)intérêts légitimes (poursuivis|de la société|de l’entreprise)'],
    category: 'vague-legal-basis',
    severity: 'warning',
    message: 'Base légale sans l’intérêt : “l’intérêt légitime” ne dit pas quel intérêt est poursuivi.',
    explanation:
      'Invoquer l’intérêt légitime oblige à nommer cet intérêt et à le mettre en balance avec vos droits. Une simple mention ne vous permet ni de le comprendre ni de vous y opposer utilement.',
    question: 'Quel intérêt légitime précis poursuivez-vous pour chaque traitement, et comment l’avez-vous mis en balance avec mes droits ?',
    legalHook: RGPD_ART_13_1_D,
  },
  {
    id: 'fr-obligation-legale',
    patterns: ['(l’|d’|qu’|)obligation(s|) légale(s|)', '(l’|d’|qu’|)obligation(s|) (légale et |légales et |légales ou |)réglementaire(s|)', '(l’|d’|qu’|)exigence(s|) légale(s|)', '(l’|d’|qu’|)exigences (légales|réglementaires) (applicables|en vigueur)', '(l’|d’|qu’|)obligations (légales|juridiques) (applicables|auxquelles nous sommes soumis)'],
    category: 'vague-legal-basis',
    severity: 'information',
    message: 'Base légale sans texte : “obligations légales” ne dit pas quelle loi impose le traitement.',
    explanation:
      'Une obligation légale doit reposer sur un texte précis du droit de l’Union ou d’un État membre. Sans ce texte, vous ne pouvez pas vérifier que l’obligation existe.',
    question: 'Quel texte de loi précis vous oblige à traiter mes données, et quelles données sont concernées ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-lorsque-la-loi-l-exige',
    patterns: ["(lorsque|si|quand) la loi l'exige", '(lorsque|si|quand) la loi l’exige', '(lorsque|si|quand) la loi (nous |)(y |)oblige', '(l’|d’|qu’|)exigé(e|s|es|) par la loi', 'requis(e|es|) par la loi', 'lorsque (cela est|c\'est|c’est) (requis|exigé|imposé) par la loi', 'lorsque la loi (le permet|l\'autorise|l’autorise)', 'dans les cas prévus par la loi', 'si la loi nous oblige'],
    category: 'vague-legal-basis',
    severity: 'warning',
    message: 'Fondement non nommé : “lorsque la loi l’exige” ne dit pas quelle loi ni dans quels cas.',
    explanation:
      'La formule couvre toute demande présentée comme légale, sans texte ni procédure. Vous ne savez pas dans quels cas vos données sont communiquées.',
    question: 'Quelles lois précises, dans quels cas, et me prévenez-vous avant de communiquer mes données ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-loi-applicable',
    patterns: ['(lois|législation|réglementation|loi) (en vigueur|applicable|applicables)', 'conformément à la (loi|réglementation|législation) (en vigueur|applicable)', 'conformément aux lois (en vigueur|applicables)', 'lois sur la protection des données', 'textes (en vigueur|applicables)'],
    category: 'vague-legal-basis',
    severity: 'off',
    // Off by default: 0/1 on the development set.
    message: 'Renvoi général : “la réglementation applicable” ne nomme pas de texte.',
    explanation:
      'Renvoyer à « la loi applicable » ne dit pas quelle loi ni ce qu’elle prévoit pour vous.',
    question: 'Quel texte précis s’applique, et que prévoit-il pour mes données ?',
  },
  {
    id: 'fr-de-bonne-foi',
    patterns: ['de bonne foi', '(estimons|croyons|pensons|considérons) de bonne foi'],
    category: 'vague-legal-basis',
    severity: 'warning',
    message: 'Appréciation unilatérale : “de bonne foi” fait dépendre la communication de la seule opinion de l’entreprise.',
    explanation:
      'Que l’entreprise « estime de bonne foi » qu’une communication est nécessaire n’est pas un critère vérifiable : il lui suffit de le croire.',
    question: 'Selon quels critères objectifs décidez-vous de communiquer mes données, et m’en informez-vous ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-garanties-appropriees',
    patterns: ['garanties (appropriées|adéquates|adaptées|nécessaires)', "d'autres garanties", '(l’|d’|qu’|)autres garanties', 'mécanisme(s|) de transfert (approprié|appropriés|adéquat|adéquats|valable|valables)', 'garanties contractuelles'],
    category: 'vague-legal-basis',
    severity: 'information',
    message: 'Garanties non nommées : “garanties appropriées” ne dit pas lesquelles.',
    explanation:
      'Pour un transfert hors de l’UE, la politique doit nommer les garanties (clauses contractuelles types, règles d’entreprise contraignantes…) et dire comment en obtenir une copie.',
    // « garanties suffisantes en matière de sécurité » is the processor clause of Art. 28, not a transfer.
    notFollowedBy: String.raw`^\s+en\s+matière\s+de\s+sécurité`,
    question: 'Quelles garanties précises encadrent le transfert de mes données, et comment en obtenir une copie ?',
    legalHook: RGPD_ART_13_1_F,
  },
  {
    id: 'fr-consentement-implicite',
    patterns: ['en poursuivant votre navigation', 'poursuite de (votre |la )navigation', 'en continuant (à|de) (naviguer|utiliser)', '(l’|d’|qu’|)utilisation continue', 'vaut acceptation', 'consentement (implicite|tacite)', 'vous acceptez (l’utilisation|l\'utilisation|le dépôt)', 'vous consentez à'],
    category: 'vague-legal-basis',
    severity: 'warning',
    message: 'Consentement présumé : “en poursuivant votre navigation” ne constitue pas un consentement clair.',
    explanation:
      'Le consentement doit être un acte positif clair. Déduire l’accord de la simple poursuite de la navigation ou de l’utilisation ne laisse aucun choix réel.',
    question: 'Sur quelle base juridique traitez-vous mes données si je n’ai pas donné de consentement explicite, et comment refuser ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-base-legale-vague',
    patterns: ['base(s|) (légale|légales|juridique|juridiques) (appropriée|appropriées|applicable|applicables|adéquate|adéquates|valable|valables)', 'sur une base légale', 'fondement(s|) juridique(s|) (approprié|appropriés|applicable|applicables)', 'lorsque la loi nous le permet', 'lorsque la loi le permet', '(l’|d’|qu’|)autorisé(e|s|es|) par la loi'],
    category: 'vague-legal-basis',
    severity: 'warning',
    message: 'Base légale non nommée : “une base légale appropriée” ne dit pas laquelle.',
    explanation:
      'Chaque traitement doit reposer sur une base légale précise (consentement, contrat, obligation légale…), indiquée à la personne.',
    question: 'Quelle base légale précise s’applique à chaque traitement de mes données ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-proteger-nos-droits',
    patterns: ['protéger (nos|ses|les) droits', 'défendre (nos|ses) (droits|intérêts)', 'protéger nos intérêts', 'protéger (la|notre) propriété', 'faire valoir nos droits', 'défense de (nos|ses) intérêts'],
    category: 'vague-legal-basis',
    severity: 'information',
    message: 'Justification large : “protéger nos droits” peut couvrir presque toute communication.',
    explanation:
      'La défense des droits de l’entreprise est légitime en justice, mais la formule ne dit ni quand ni à qui les données sont communiquées.',
    question: 'Dans quels cas concrets, à qui et quelles données communiquez-vous pour protéger vos droits ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-dispositions-legales',
    patterns: ['disposition(s|) (légale|légales|réglementaire|réglementaires|législative|législatives)', 'disposition ou exclusion légale', '(l’|d’|qu’|)exclusion(s|) légale(s|)', 'conditions réglementaires prévues', 'conditions prévues par la (loi|réglementation)', 'cadre légal applicable'],
    category: 'vague-legal-basis',
    severity: 'information',
    message: 'Texte non cité : “dispositions légales” ne dit pas lesquelles.',
    explanation:
      'Renvoyer à des « dispositions » sans les citer empêche de vérifier ce qu’elles permettent.',
    question: 'Quelles dispositions précises, et que prévoient-elles pour mes données ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-mission-interet-public-vague',
    patterns: ['mission(s|) de service public', '(l’|d’|qu’|)intérêt général'],
    category: 'vague-legal-basis',
    severity: 'hint',
    message: 'Mission non précisée : “mission de service public” sans texte qui la fonde.',
    explanation:
      'La mission d’intérêt public doit être définie par un texte ; sans référence, elle ne peut être vérifiée.',
    question: 'Quel texte définit cette mission, et quels traitements couvre-t-elle ?',
    legalHook: RGPD_ART_13_1_C,
  },
];
