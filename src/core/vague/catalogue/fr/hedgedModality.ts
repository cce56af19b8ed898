// Modalité atténuée : « nous pouvons partager », « susceptible de », « en principe ». Le conditionnel
// et le verbe « pouvoir » laissent l'entreprise libre de faire, sans dire si elle le fait.
import type { Rule } from '../../ruleSchema';
import { RGPD_ART_13_1_C, RGPD_ART_13_1_E } from './legalHooks';

const MAY = '(nous |)(pouvons|pourrions|pourrons) (également |aussi |)';

export const RULES: Rule[] = [
  {
    id: 'fr-pouvons-partager',
    patterns: [`${MAY}(partager|communiquer|transmettre|divulguer|transférer|céder|vendre|louer|mettre à disposition)`, '(nous |)(sommes|serons) susceptibles de (partager|communiquer|transmettre|divulguer|transférer)'],
    category: 'hedged-modality',
    severity: 'warning',
    message: 'Partage atténué : “nous pouvons partager” ne dit pas si le partage a lieu.',
    explanation:
      '« Nous pouvons partager » garde toutes les options ouvertes : le partage peut être systématique ou exceptionnel. Vous ne savez pas ce qui arrive réellement à vos données.',
    question: 'Partagez-vous effectivement mes données ? Si oui, lesquelles, avec qui, et dans quels cas précisément ?',
    legalHook: RGPD_ART_13_1_E,
  },
  {
    id: 'fr-pouvons-collecter',
    patterns: [`${MAY}(collecter|recueillir|recevoir|obtenir|enregistrer|stocker|rassembler)`, '(nous |)(sommes|serons) susceptibles de (collecter|recueillir|recevoir|obtenir|enregistrer)', "l'éditeur est susceptible de (collecter|recueillir)"],
    category: 'hedged-modality',
    severity: 'warning',
    message: 'Collecte atténuée : “nous pouvons collecter” ne dit pas quelles données sont réellement collectées.',
    explanation:
      'Une collecte « possible » n’est pas une information sur la collecte réelle. La politique doit dire quelles données sont collectées, dans quels cas.',
    question: 'Quelles données me concernant collectez-vous effectivement, dans quelles circonstances, et auprès de quelles sources ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-pouvons-utiliser',
    patterns: [`${MAY}(utiliser|traiter|exploiter|analyser|combiner|croiser|associer|agréger)`, '(nous |)(sommes|serons) susceptibles (d\'utiliser|d’utiliser|de traiter|d\'exploiter|d’exploiter|de combiner)'],
    category: 'hedged-modality',
    severity: 'warning',
    message: 'Usage atténué : “nous pouvons utiliser” ne dit pas si et comment vos données sont utilisées.',
    explanation:
      '« Nous pouvons utiliser » décrit une faculté, pas un traitement. La formule permet tout usage sans engagement sur ce qui est fait réellement.',
    question: 'Utilisez-vous effectivement mes données de cette façon ? Lesquelles, pour quoi, et sur quelle base juridique ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-pouvons-conserver',
    patterns: [`${MAY}(conserver|garder|archiver)`],
    category: 'hedged-modality',
    severity: 'warning',
    message: 'Conservation atténuée : “nous pouvons conserver” ne dit pas combien de temps.',
    explanation:
      'Une conservation « possible » laisse ouverte la durée et les cas. La politique doit donner une durée ou les critères qui la fixent.',
    question: 'Dans quels cas conservez-vous mes données au-delà de la durée annoncée, et jusqu’à quand ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-peuvent-etre',
    patterns: [
      '(peuvent|peut|pourront|pourra|pourraient|pourrait) être (partagées|partagés|partagée|partagé|communiquées|communiqués|communiquée|communiqué|transmises|transmis|transmise|divulguées|divulgués|divulguée|transférées|transférés|transférée|cédées|cédés|vendues|rendues publiques|rendue publique)',
      '(peuvent|peut|pourront|pourra|pourraient|pourrait) être (utilisées|utilisés|utilisée|utilisé|collectées|collectés|collectée|collecté|conservées|conservés|conservée|conservé|combinées|croisées|analysées)',
    ],
    category: 'hedged-modality',
    severity: 'information',
    message: 'Traitement atténué : “peuvent être partagées” ne dit pas si cela arrive ni par qui.',
    explanation:
      'La voix passive et le verbe « pouvoir » cachent à la fois l’auteur et la réalité du traitement. Vous ne savez ni qui agit ni dans quels cas.',
    question: 'Qui traite ainsi mes données, dans quels cas précisément, et à qui sont-elles transmises ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-susceptible-de',
    patterns: ['susceptible(s|) d’être', "susceptible(s|) d'être", 'susceptible(s|) de (contenir|comprendre|inclure|concerner|varier|évoluer|être utilisé|être utilisées)'],
    category: 'hedged-modality',
    severity: 'information',
    message: 'Formulation atténuée : “susceptible d’être” laisse ouvert ce qui arrive réellement.',
    explanation:
      '« Susceptible de » dit qu’une chose peut arriver, pas qu’elle arrive ni quand. Le lecteur ne peut pas savoir ce qui s’applique à lui.',
    question: 'Dans quels cas précis cela se produit-il, et est-ce le cas pour mes données ?',
  },
  {
    id: 'fr-en-principe',
    patterns: ['en principe', 'généralement', 'en général', 'de manière générale', 'de façon générale', '(l’|d’|qu’|)habituellement', 'normalement', 'dans la plupart des cas', 'le plus souvent', 'plus communément', 'en règle générale', 'typiquement', 'la plupart du temps', 'sauf exception'],
    category: 'hedged-modality',
    severity: 'information',
    message: 'Règle à exceptions : “généralement” laisse entendre qu’il y a des cas non dits.',
    explanation:
      '« Généralement » ou « en principe » décrit le cas ordinaire et réserve des exceptions que la politique ne nomme pas. Ce sont justement ces exceptions qui comptent.',
    question: 'Quelles sont les exceptions à cette règle, et dans quels cas mes données sont-elles traitées autrement ?',
  },
  {
    id: 'fr-dans-la-mesure-du-possible',
    patterns: ['dans la mesure du possible', 'autant que possible', "dans la mesure où (cela est|c'est|c’est) possible", 'si possible', 'lorsque cela est possible', 'dans la mesure où nous en disposons', 'dans toute la mesure du possible'],
    category: 'hedged-modality',
    severity: 'warning',
    message: 'Engagement atténué : “dans la mesure du possible” ne promet rien.',
    explanation:
      'L’engagement ne vaut que si l’entreprise le juge possible, ce qu’elle seule apprécie. Vous ne pouvez pas savoir quand il s’applique.',
    question: 'Dans quels cas n’est-ce pas possible, et que faites-vous alors de mes données ?',
  },
  {
    id: 'fr-nous-efforcons',
    patterns: ['nous nous efforçons', 'nous nous efforcerons', "s'efforce(nt|)", 's’efforce(nt|)', 'nous essayons', 'nous tentons', 'faisons (tout notre possible|de notre mieux|nos meilleurs efforts)', 'meilleurs efforts', '(l’|d’|qu’|)efforts raisonnables', 'nous essaierons'],
    category: 'hedged-modality',
    severity: 'information',
    message: 'Obligation de moyens : “nous nous efforçons” n’est pas un engagement de résultat.',
    explanation:
      'S’efforcer ou essayer décrit une intention. La politique ne dit pas ce qui se passe quand l’effort ne suffit pas.',
    question: 'Que garantissez-vous concrètement, et que se passe-t-il si cet effort échoue ?',
  },
  {
    id: 'fr-a-notre-discretion',
    patterns: ['à (notre|sa) (seule |entière |libre |)discrétion', 'à notre seule appréciation', '(si|lorsque) nous le jugeons (nécessaire|utile|approprié|opportun)', 'que nous jugeons (nécessaire|nécessaires|utile|utiles|approprié|appropriée|appropriés|abusives)', 'si nous estimons (nécessaire|que cela est nécessaire)', 'selon notre appréciation'],
    category: 'hedged-modality',
    severity: 'warning',
    message: 'Pouvoir discrétionnaire : “à notre seule discrétion” laisse l’entreprise seule juge.',
    explanation:
      'Quand l’entreprise se réserve d’apprécier seule, la politique ne fixe aucune limite vérifiable : elle peut décider au cas par cas, sans critère.',
    question: 'Selon quels critères prenez-vous cette décision, et en serai-je informé ?',
  },
  {
    id: 'fr-reserve-le-droit',
    patterns: ['(nous nous réservons|se réserve|se réservent|nous réservons) le droit', 'sous réserve de'],
    category: 'hedged-modality',
    severity: 'off',
    // Off by default: 0/1 on the development set (identity checks).
    message: 'Réserve : “nous nous réservons le droit” ouvre une faculté sans en dire les cas.',
    explanation:
      'Se réserver un droit, c’est garder une option. La politique ne dit pas quand elle sera exercée.',
    question: 'Dans quels cas exercez-vous ce droit, et comment en serai-je informé ?',
  },
  {
    id: 'fr-etre-amene',
    patterns: ['(pouvons|pourrions|pourrons|peut|pourrait|pourra|peuvent|pourraient) être amené(s|e|es|) à', 'il se peut que', 'il est possible que', 'il pourrait arriver que'],
    category: 'hedged-modality',
    severity: 'off',
    // Off by default: 0/2 on the development set (identity checks, policy changes).
    message: 'Formulation atténuée : “nous pouvons être amenés à” ne dit pas quand cela arrive.',
    explanation:
      '« Être amené à » présente une action comme subie et possible, sans dire dans quels cas elle a lieu.',
    question: 'Dans quels cas précis cela arrive-t-il, et à quelle fréquence ?',
  },
  {
    id: 'fr-eventuellement',
    patterns: ['(l’|d’|qu’|)éventuellement', 'potentiellement', 'le cas échéant et', 'possiblement'],
    category: 'hedged-modality',
    severity: 'off',
    // Off by default: below half right on the development set (0 of 1 judged TP); a single case, so worth re-measuring.
    message: 'Formulation atténuée : “éventuellement” laisse ouvert ce qui est fait.',
    explanation:
      '« Éventuellement » signale un traitement possible sans dire dans quels cas il a lieu ni ce qu’il couvre.',
    question: 'Dans quels cas cela se produit-il, et quelles données sont concernées ?',
  },
  {
    id: 'fr-ne-garantit-pas',
    patterns: ['ne (pouvons|peut|pouvons pas|peut pas) (garantir|assurer)', 'ne garantissons pas', 'ne garantit pas', 'sans garantie', 'aucune garantie'],
    category: 'hedged-modality',
    severity: 'hint',
    message: 'Garantie écartée : “nous ne pouvons garantir” laisse ouvert ce qui est protégé.',
    explanation:
      'L’entreprise écarte sa responsabilité sans dire ce qu’elle fait effectivement pour protéger vos données.',
    question: 'Qu’est-ce que vous garantissez effectivement, et que faites-vous en cas de défaillance ?',
  },
];
