// Finalités ouvertes ou non nommées : « améliorer nos services », « à des fins commerciales »,
// « toute autre finalité ». Ce que les politiques françaises écrivent quand elles ne disent pas pourquoi.
import type { Rule } from '../../ruleSchema';
import { RGPD_ART_13_1_C } from './legalHooks';

export const RULES: Rule[] = [
  {
    id: 'fr-ameliorer-services',
    patterns: [
      '(d’|)améliorer (nos|notre|le|les|ses|son) (services|service|produits|produit|site|sites|offre|offres|plateforme|application|contenus|activités)',
      '(l’|d’|qu’|)améliorer (nos|les) (produits et services|services et produits)',
      '(l’|d’|qu’|)améliorer les existants',
      "l'amélioration de (nos|notre|nos propres) (services|produits|site|offre|plateforme)",
      '(l’|d’|qu’|)amélioration (des|de nos|du) (services|produits|site|service)',
      '(l’|d’|qu’|)améliorer et créer des technologies',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Finalité ouverte : “améliorer nos services” peut justifier presque tout traitement.',
    explanation:
      '« Améliorer nos services » ne dit ni quelles données sont utilisées, ni comment, ni quelle amélioration est visée. Presque tout usage, y compris l’entraînement de modèles ou le profilage, peut être présenté ainsi.',
    question: 'Quelles données précises utilisez-vous pour améliorer vos services, par quel traitement, et puis-je m’y opposer ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-ameliorer-experience',
    patterns: [
      '(l’|d’|qu’|)améliorer (constamment |continuellement |)(votre expérience|l’expérience|l\'expérience|l\'expérience utilisateur|l’expérience utilisateur)',
      '(l’|d’|qu’|)améliorer les fonctionnalités',
      '(l’|d’|qu’|)améliorer la qualité (de nos services|du service|de nos produits)',
      '(l’|d’|qu’|)optimiser (nos services|notre site|le site|votre expérience|les performances|nos produits)',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Finalité ouverte : “améliorer votre expérience” ne dit pas ce qui est fait de vos données.',
    explanation:
      'L’« expérience » ou les « fonctionnalités » à améliorer ne sont pas nommées. La formule ne permet pas de savoir quelles données sont analysées ni dans quel but concret.',
    question: 'Quelle amélioration concrète visez-vous, avec quelles données, et combien de temps les conservez-vous pour cela ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-personnaliser',
    patterns: [
      'personnaliser (votre expérience|votre navigation|nos services|le contenu|les contenus|nos offres|les offres|les publicités|les annonces|nos communications|les communications)',
      '(l’|d’|qu’|)expérience(s|) personnalisée(s|)',
      'contenu(s|) personnalisé(s|)',
      '(l’|d’|qu’|)offre(s|) personnalisée(s|)',
      'communications personnalisées',
            'personnalisation',
    ],
    category: 'open-purposes',
    severity: 'information',
    // 1/2 on the development set after removing the advertising patterns: information, not warning.
    message: 'Finalité ouverte : “personnaliser votre expérience” ne dit pas sur quelles données repose la personnalisation.',
    explanation:
      'Personnaliser suppose de construire un profil. La formule ne dit pas quelles données alimentent ce profil, ni s’il sert à la publicité ou est partagé.',
    question: 'Sur quelles données repose la personnalisation, construisez-vous un profil de moi, et comment puis-je la refuser ?',
    legalHook: RGPD_ART_13_1_C,
    // « personnaliser les communications par langue et pays » says how.
    notFollowedBy: String.raw`^\s+(?:par|selon)\s+(?:la\s+)?langue\b`,
  },
  {
    id: 'fr-fins-commerciales',
    patterns: [
      'à des fins (commerciales|marketing|de marketing|publicitaires|promotionnelles|de prospection|de prospection commerciale)',
      'fins commerciales',
      'prospection commerciale',
      '(l’|d’|qu’|)opérations (commerciales|marketing|promotionnelles)',
      '(l’|d’|qu’|)actions (commerciales|marketing|promotionnelles)',
    ],
    category: 'open-purposes',
    severity: 'information',
    message: 'Finalité large : “à des fins commerciales” couvre toute utilisation commerciale.',
    explanation:
      '« Fins commerciales » ou « marketing » recouvre aussi bien une lettre d’information que le profilage publicitaire ou la revente. La politique doit dire quelles opérations concrètes sont visées.',
    question: 'Quelles opérations commerciales précises font usage de mes données, par quel canal, et comment m’y opposer ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-fins-statistiques',
    patterns: ['à des fins statistiques', 'fins statistiques', 'à des fins d’analyse', "à des fins d'analyse", 'à des fins analytiques', '(l’|d’|qu’|)études statistiques', '(l’|d’|qu’|)analyses statistiques', 'statistiques internes', '(l’|d’|qu’|)analyses internes'],
    category: 'open-purposes',
    severity: 'information',
    message: 'Finalité peu précise : “à des fins statistiques” ne dit pas quelles statistiques ni sur quelles données.',
    explanation:
      'Des statistiques peuvent être anonymes ou reposer sur le suivi individuel. La formule ne dit pas si les données restent identifiantes ni qui voit les résultats.',
    question: 'Quelles statistiques produisez-vous, à partir de quelles données, sont-elles anonymisées et qui y a accès ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-fins-internes',
    patterns: ['à des fins internes', '(l’|d’|qu’|)usage(s|) interne(s|)', 'besoins internes', 'à des fins (administratives|opérationnelles|de gestion|techniques)', 'fins de gestion interne', 'gestion interne'],
    category: 'open-purposes',
    severity: 'information',
    message: 'Finalité ouverte : “à des fins internes” ne dit pas lesquelles.',
    explanation:
      '« Interne » dit où le traitement a lieu, pas pourquoi. Toute utilisation par l’entreprise elle-même peut entrer sous cette étiquette.',
    question: 'Quelles sont précisément ces fins internes, et quelles données y servent ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-fins-de-recherche',
    patterns: ['à des fins de recherche', 'recherche et développement', 'fins de recherche', 'projets de recherche', 'à des fins scientifiques'],
    category: 'open-purposes',
    severity: 'information',
    message: 'Finalité peu précise : “à des fins de recherche” ne dit pas quelle recherche.',
    explanation:
      'La recherche peut aller d’une étude interne à l’entraînement de modèles d’IA ou au partage avec des chercheurs extérieurs. La formule ne dit rien de tout cela.',
    question: 'Quelle recherche, menée par qui, avec quelles données me concernant, et sont-elles pseudonymisées ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-autres-finalites',
    patterns: ["d'autres finalités", '(l’|d’|qu’|)autres finalités', 'toute autre finalité', 'toutes autres finalités', "d'autres fins", 'toute autre fin', 'toutes autres fins', 'fins compatibles', 'finalités compatibles', 'finalité(s|) connexe(s|)', 'toute fin légitime', 'tout autre usage', 'toute autre utilisation', '(l’|d’|qu’|)autres usages'],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Finalité ouverte : “d’autres finalités” laisse l’usage des données sans limite.',
    explanation:
      'Après une liste de finalités, « d’autres finalités » ou « toute fin compatible » rouvre la porte à des usages non annoncés. Le principe de limitation des finalités exige des finalités déterminées.',
    question: 'Quelles sont ces autres finalités, et m’informerez-vous avant d’utiliser mes données pour une finalité nouvelle ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-interets-commerciaux',
    patterns: ['(l’|d’|qu’|)intérêts commerciaux', 'besoins (de notre |de l’|de l\')(activité|entreprise)', 'besoins de notre activité', 'raisons commerciales', 'à des fins professionnelles', 'nécessités de (notre |l\'|l’)(activité|entreprise|service)', 'gestion de notre activité', '(l’|d’|qu’|)exploitation de notre activité'],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Finalité ouverte : “besoins de notre activité” couvre n’importe quel usage.',
    explanation:
      'Les « besoins de l’activité » ou les « intérêts commerciaux » de l’entreprise ne sont pas des finalités déterminées : ils disent pour qui le traitement est fait, pas pourquoi.',
    question: 'Quels besoins concrets de votre activité justifient le traitement de mes données, et lesquelles ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-nouveaux-produits',
    patterns: ['(développer|proposer|offrir|vous offrir|vous proposer|concevoir) de nouveaux (produits|services|produits et services|services et produits|fonctionnalités)', 'développement de nouveaux (produits|services)', 'développer (nos|de nouvelles) (produits|services|fonctionnalités)', 'nouvelles fonctionnalités'],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Finalité ouverte : “développer de nouveaux produits” ne dit pas ce que deviennent vos données.',
    explanation:
      'Des produits qui n’existent pas encore ne peuvent pas être une finalité déterminée. La formule autorise d’avance des usages que vous ne pouvez pas connaître.',
    question: 'Quels produits ou services nouveaux utilisent mes données, lesquelles, et m’informerez-vous avant ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-mieux-comprendre',
    patterns: ['mieux (vous |)comprendre', 'mieux vous connaître', 'mieux connaître nos (utilisateurs|clients)', 'comprendre (comment|la façon dont|la manière dont) (vous utilisez|les utilisateurs|nos utilisateurs|nos visiteurs)', 'comprendre globalement', 'comprendre vos (besoins|attentes|préférences)'],
    category: 'open-purposes',
    severity: 'off',
    // Off by default: below half right on the development set (0 of 1 judged TP); a single case, so worth re-measuring.
    message: 'Finalité vague : “mieux comprendre” ne dit pas ce qui est analysé ni pourquoi.',
    explanation:
      '« Mieux comprendre nos utilisateurs » décrit une analyse de comportement sans dire sur quelles données elle porte ni à quoi elle sert.',
    question: 'Qu’analysez-vous exactement de mon comportement, avec quels outils, et à quoi servent les résultats ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-bonne-experience',
    patterns: ['(une |la |)meilleure expérience', '(une |)bonne expérience', 'expérience optimale', 'expérience enrichie', "meilleur(e|s|es|) expérience(s|)", 'expérience (utilisateur|de navigation) (optimale|améliorée|fluide)'],
    category: 'open-purposes',
    severity: 'information',
    message: 'Finalité vague : “une meilleure expérience” ne dit pas quel traitement est fait.',
    explanation:
      'Une « meilleure expérience » est un but de marketing, pas une finalité : la phrase ne dit pas quelles données sont utilisées ni comment.',
    question: 'Quelles données utilisez-vous pour cette « meilleure expérience », et par quel traitement ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-offres-pertinentes',
    patterns: ['(l’|d’|qu’|)offres (pertinentes|adaptées|ciblées)', 'contenus (pertinents|adaptés)', 'susceptibles de vous intéresser', 'susceptible de vous intéresser', 'publicités (pertinentes|adaptées)', '(l’|d’|qu’|)annonces (pertinentes|adaptées)', 'selon vos centres d’intérêt', "selon vos centres d'intérêt", 'en fonction de vos centres d’intérêt', "en fonction de vos centres d'intérêt"],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Finalité de profilage non dite : “offres susceptibles de vous intéresser” suppose un profil.',
    explanation:
      'Pour choisir ce qui « vous intéresse », il faut déduire vos centres d’intérêt de vos données. La politique ne dit pas lesquelles ni si elles viennent d’autres sources.',
    question: 'Sur quelles données déduisez-vous mes centres d’intérêt, construisez-vous un profil, et comment m’y opposer ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-bon-fonctionnement',
    patterns: ['(le |au |)bon fonctionnement (du site|de nos services|du service|de la plateforme|de nos sites|de l’application|de l\'application)', 'fonctionnement de nos services', 'fins de fonctionnalité', 'à des fins de fonctionnalité'],
    category: 'open-purposes',
    severity: 'off',
    // Off by default: 0/1 on the development set.
    message: 'Finalité large : “bon fonctionnement du service” peut couvrir beaucoup de traitements.',
    explanation:
      'Le fonctionnement du service est une finalité légitime, mais la formule ne dit pas quelles données y sont strictement nécessaires.',
    question: 'Quelles données sont indispensables au fonctionnement du service, et lesquelles ne le sont pas ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-securite-generique',
    patterns: ['à des fins de sécurité', 'fins de sécurité', 'raisons de sécurité', 'pour des raisons techniques', 'raisons techniques'],
    category: 'open-purposes',
    severity: 'hint',
    message: 'Finalité large : “à des fins de sécurité” sans précision.',
    explanation:
      'La sécurité justifie certains traitements (journaux, lutte contre la fraude), mais la formule ne dit pas lesquels ni combien de temps les données sont gardées.',
    question: 'Quels traitements de sécurité utilisent mes données, lesquelles, et pendant combien de temps ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-communications-marketing',
    patterns: ['communications (marketing|commerciales|promotionnelles)', '(l’|d’|qu’|)informations commerciales', 'sollicitations commerciales', '(l’|d’|qu’|)offres commerciales', '(l’|d’|qu’|)offres promotionnelles', '(l’|d’|qu’|)offres de nos partenaires'],
    category: 'open-purposes',
    severity: 'off',
    // Off by default: 0/1 on the development set.
    message: 'Finalité commerciale : “communications commerciales” sans dire lesquelles ni de qui.',
    explanation:
      'La prospection est une finalité connue, mais la formule ne dit pas par quel canal, à quelle fréquence ni si elle vient de partenaires.',
    question: 'Quelles communications commerciales m’enverrez-vous, par quel canal, de la part de qui, et comment les refuser ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-fins-diverses',
    patterns: ['à diverses fins', 'fins diverses', 'à des fins multiples', 'pour diverses raisons', 'pour plusieurs raisons', 'à différentes fins', 'pour différentes raisons', 'à plusieurs fins'],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Finalités non nommées : “à diverses fins” ne dit pas lesquelles.',
    explanation:
      'Des fins « diverses » ne sont pas des finalités déterminées : la politique doit les énumérer.',
    question: 'Quelles sont ces fins, une par une ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-dans-votre-interet',
    patterns: ['dans votre intérêt', 'pour votre confort', 'pour votre commodité', 'faciliter votre navigation', 'faciliter votre utilisation', 'simplifier votre expérience'],
    category: 'open-purposes',
    severity: 'hint',
    message: 'Finalité présentée comme un service : “pour votre confort” ne dit pas quel traitement est fait.',
    explanation:
      'Présenter un traitement comme étant dans votre intérêt ne dit ni ce qui est collecté ni combien de temps.',
    question: 'Quel traitement précis est fait pour ce « confort », avec quelles données ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-tendances',
    patterns: ['(l’|d’|qu’|)analyser les tendances', 'tendances (d’utilisation|d\'utilisation|de navigation|du marché)', 'études de marché', 'analyse(s|) comportementale(s|)', 'analyse(s|) de comportement', 'mesurer l’efficacité', "mesurer l'efficacité"],
    category: 'open-purposes',
    severity: 'off',
    // Off by default: 0/1 on the development set (specific measurement).
    message: 'Finalité d’analyse vague : “analyser les tendances” ne dit pas sur quelles données.',
    explanation:
      'Les tendances et études de marché peuvent reposer sur des données individuelles ; la politique ne dit pas lesquelles ni si elles sont anonymisées.',
    question: 'Sur quelles données reposent ces analyses, sont-elles anonymisées et qui en voit les résultats ?',
    legalHook: RGPD_ART_13_1_C,
  },
];
