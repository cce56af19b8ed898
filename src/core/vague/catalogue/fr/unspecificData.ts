// Données non précisées : « certaines informations », « d'autres informations », « données techniques »,
// « technologies similaires ».
import type { Rule } from '../../ruleSchema';
import { RGPD_ART_13_1_C } from './legalHooks';

export const RULES: Rule[] = [
  {
    id: 'fr-certaines-donnees',
    patterns: ['certaines (données|informations)', 'certains renseignements', 'certaines de vos (données|informations)', 'certaines des (données|informations)', 'certaines données personnelles', 'certaines informations personnelles'],
    category: 'unspecific-data',
    severity: 'off',
    // Off by default: 0/3 on the development set (resolved by a table or examples right after).
    message: 'Données non précisées : “certaines données” ne dit pas lesquelles.',
    explanation:
      '« Certaines données » annonce un traitement sans dire sur quoi il porte. Vous ne pouvez pas savoir si vos données sensibles sont concernées.',
    question: 'Quelles données précisément, catégorie par catégorie ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-autres-informations',
    patterns: ["d'autres (informations|données|renseignements)", 'd’autres (informations|données|renseignements)', '(l’|d’|qu’|)autres (informations|données|renseignements)', 'toute autre (information|donnée)', 'toutes autres (informations|données)', '(l’|d’|qu’|)éventuellement d’autres informations', "(l’|d’|qu’|)éventuellement d'autres informations"],
    category: 'unspecific-data',
    severity: 'warning',
    message: 'Données non précisées : “d’autres informations” ouvre la liste des données collectées.',
    explanation:
      'Après une liste de données, « d’autres informations » la rend illimitée : toute donnée peut y entrer.',
    question: 'Quelles sont ces autres informations, précisément ?',
    // « les autres informations que vous partagez » : what the user chooses to publish.
    notFollowedBy: String.raw`^\s+que\s+vous\s+(?:partagez|publiez|choisissez|soumettez|fournissez)\b`,
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-informations-supplementaires',
    patterns: ['(l’|d’|qu’|)(informations|données|renseignements) (supplémentaires|complémentaires)'],
    category: 'unspecific-data',
    severity: 'off',
    // Off by default: 0/1 on the development set (identity checks).
    message: 'Données non précisées : “informations supplémentaires” ne dit pas lesquelles.',
    explanation:
      'Les informations demandées en plus ne sont pas décrites.',
    question: 'Quelles informations supplémentaires, et pourquoi sont-elles nécessaires ?',
  },
  {
    id: 'fr-differents-types',
    patterns: ['(différents|divers|plusieurs) (types|catégories) de (données|informations)', '(différentes|diverses|plusieurs) (catégories|données|informations|sortes de données)', 'toutes sortes de (données|informations)', 'types de données'],
    category: 'unspecific-data',
    severity: 'warning',
    message: 'Données non précisées : “différents types de données” ne dit pas lesquels.',
    explanation:
      'Parler de « types » ou de « catégories » sans les énumérer ne dit rien de ce qui est réellement collecté.',
    question: 'Quels types de données précisément, et pour quelle finalité chacun ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-toutes-informations',
    patterns: ['toute(s|) (les |)information(s|)', 'toutes (les |)données', 'toute donnée', "l'ensemble des (données|informations)", 'l’ensemble des (données|informations)', 'tout renseignement', 'tous (les |)renseignements'],
    category: 'unspecific-data',
    severity: 'off',
    // Off by default: 0/3 on the development set (definitions).
    message: 'Données non délimitées : “toutes les informations” ne fixe aucune limite.',
    explanation:
      '« Toutes les informations » couvre potentiellement tout ce que l’entreprise peut obtenir sur vous.',
    question: 'Quelles informations concrètement, et lesquelles ne collectez-vous pas ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-donnees-techniques',
    patterns: ['(l’|d’|qu’|)(données|informations) techniques', '(l’|d’|qu’|)(données|informations) de navigation', '(l’|d’|qu’|)(données|informations) d’(utilisation|usage)', "(l’|d’|qu’|)(données|informations) d'(utilisation|usage)", '(l’|d’|qu’|)(données|informations) de connexion', 'données d’interaction', "données d'interaction"],
    category: 'unspecific-data',
    severity: 'information',
    message: 'Catégorie large : “données techniques” ne dit pas quelles données sont collectées.',
    explanation:
      'Adresse IP, identifiants d’appareil, empreinte du navigateur, historique : la catégorie peut tout contenir. Elle doit être détaillée pour que vous sachiez ce qui est suivi.',
    // Rewritten after the development set: « informations relatives à votre navigation » (the CNIL cookie
    // definition) and « informations sur les appareils » (followed by examples) were 0/6.
    question: 'Quelles données techniques précisément (adresse IP, identifiants, historique…), et combien de temps sont-elles conservées ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-donnees-necessaires',
    patterns: ['(les |)données nécessaires', '(les |)informations nécessaires', 'données (requises|utiles)', '(l’|d’|qu’|)informations (requises|utiles)', 'données pertinentes', '(l’|d’|qu’|)informations pertinentes'],
    category: 'unspecific-data',
    severity: 'information',
    message: 'Données non précisées : “les données nécessaires” ne dit pas lesquelles sont nécessaires.',
    explanation:
      'L’entreprise juge seule ce qui est nécessaire. La politique doit énumérer les données.',
    question: 'Quelles données exactement jugez-vous nécessaires, et pour quoi ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-informations-de-base',
    patterns: ['(l’|d’|qu’|)(informations|données) de base', '(l’|d’|qu’|)(informations|données) (générales|diverses|variées)', '(l’|d’|qu’|)informations basiques'],
    category: 'unspecific-data',
    severity: 'information',
    message: 'Données non précisées : “informations de base” ne dit pas lesquelles.',
    explanation:
      'Ce qui est « de base » n’est pas défini : la catégorie peut être plus large que le lecteur ne l’imagine.',
    question: 'Quelles informations de base précisément ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-technologies-similaires',
    patterns: ['technologie(s|) similaire(s|)', 'traceur(s|) similaire(s|)', '(l’|d’|qu’|)autres traceurs', "d'autres traceurs", '(l’|d’|qu’|)autres technologies', "d'autres technologies", 'technologies (équivalentes|comparables|analogues)', '(l’|d’|qu’|)outils similaires', '(l’|d’|qu’|)identifiant(s|) similaire(s|)', 'technologies de suivi', '(l’|d’|qu’|)autres outils de mesure', "d'autres outils"],
    category: 'unspecific-data',
    severity: 'warning',
    message: 'Suivi non précisé : “technologies similaires” ne dit pas quelles techniques de suivi sont utilisées.',
    explanation:
      'Pixels, empreinte du navigateur, identifiants publicitaires : « technologies similaires » aux cookies peut désigner des techniques plus intrusives, que vous ne pouvez pas bloquer sans les connaître.',
    question: 'Quelles technologies de suivi précisément, fournies par qui, et comment les refuser ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-donnees-vous-concernant',
    patterns: ['(l’|d’|qu’|)(informations|données|renseignements) vous concernant', '(l’|d’|qu’|)informations à votre sujet', 'données à votre sujet', '(l’|d’|qu’|)informations sur vous'],
    category: 'unspecific-data',
    severity: 'off',
    // Off by default: 0/1 on the development set.
    message: 'Données non précisées : “informations vous concernant” ne dit pas lesquelles.',
    explanation:
      'L’expression couvre toute donnée sur vous ; elle doit être suivie de la liste des données.',
    question: 'Quelles informations me concernant précisément ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-centres-interet',
    patterns: ['centres d’intérêt', "centres d'intérêt", '(l’|d’|qu’|)habitudes de navigation', 'comportement(s|) (de navigation|en ligne|d’achat|d\'achat)', 'profil(s|) (publicitaire|publicitaires|commercial|commerciaux|comportemental|comportementaux)'],
    category: 'unspecific-data',
    severity: 'information',
    message: 'Profil non décrit : “centres d’intérêt” ne dit pas comment ils sont déduits.',
    explanation:
      'Des « centres d’intérêt » ou un « comportement » ne sont pas collectés, ils sont déduits. La politique ne dit pas à partir de quelles données ni pour quoi.',
    question: 'Comment déduisez-vous mes centres d’intérêt, à partir de quelles données, et à qui sont-ils communiqués ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-donnees-deduites',
    patterns: ['(l’|d’|qu’|)(données|informations) (déduites|dérivées|inférées)', '(déduites|déduite|déduit) de', 'en déduire', '(l’|d’|qu’|)informations déduites', '(l’|d’|qu’|)informations que nous (déduisons|obtenons)'],
    category: 'unspecific-data',
    severity: 'information',
    message: 'Données déduites non décrites : “données déduites” ne dit pas ce qui est déduit.',
    explanation:
      'Déduire, c’est créer des données que vous n’avez pas fournies. La politique doit dire lesquelles.',
    question: 'Quelles informations déduisez-vous sur moi, et à partir de quoi ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-autres-sources',
    patterns: ["d'autres sources", 'd’autres sources', '(l’|d’|qu’|)autres sources', 'sources (tierces|externes|publiques|diverses)', 'sources accessibles au public', 'auprès de tiers', 'auprès de nos partenaires', 'de sources diverses', 'sources (de données |)tierces'],
    category: 'unspecific-data',
    severity: 'warning',
    message: 'Source non nommée : “d’autres sources” ne dit pas d’où viennent les données.',
    explanation:
      'Des données obtenues ailleurs que chez vous (courtiers, partenaires, sources publiques) doivent être rattachées à leur source pour que vous puissiez les contester.',
    question: 'De quelles sources précises proviennent les données me concernant, et lesquelles en proviennent ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-facon-dont-vous-utilisez',
    patterns: ['(la façon|la manière|façon|manière) dont vous (utilisez|interagissez|naviguez)', 'comment vous utilisez', 'votre utilisation (de nos services|du site|de notre site|de nos sites|du service|de l’application|de l\'application)', 'informations sur (votre utilisation|la façon dont vous utilisez)', 'vos interactions avec'],
    category: 'unspecific-data',
    severity: 'information',
    message: 'Données d’usage non précisées : “la façon dont vous utilisez” nos services ne dit pas ce qui est enregistré.',
    explanation:
      'Pages vues, clics, durée, mouvements de souris : l’usage peut être suivi finement. La politique doit dire quelles données d’usage sont enregistrées.',
    question: 'Quelles données d’usage enregistrez-vous précisément, avec quel outil, et combien de temps ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-metadonnees',
    patterns: ['métadonnées', 'données de journalisation', 'journaux (de connexion|d’événements|d\'événements)'],
    category: 'unspecific-data',
    severity: 'hint',
    message: 'Données techniques non détaillées : “métadonnées” ne dit pas lesquelles.',
    explanation:
      'Les métadonnées et journaux peuvent révéler beaucoup (horaires, lieux, contacts) ; leur contenu doit être précisé.',
    question: 'Quelles métadonnées ou quels journaux précisément, et combien de temps sont-ils gardés ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-contenus-utilisateur',
    patterns: ['contenus que vous (publiez|partagez|fournissez)', 'contenu(s|) généré(s|) par (les utilisateurs|l’utilisateur|l\'utilisateur)', 'tout contenu'],
    category: 'unspecific-data',
    severity: 'hint',
    message: 'Contenus non précisés : “contenus que vous publiez” sans dire ce qui en est fait.',
    explanation:
      'Vos contenus peuvent être analysés ou réutilisés ; la politique doit dire comment.',
    question: 'Que faites-vous de mes contenus, et sont-ils utilisés à d’autres fins que leur publication ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-identifiants',
    patterns: ['(l’|d’|qu’|)identifiant(s|) (unique|uniques|publicitaire|publicitaires|en ligne|de l’appareil|de l\'appareil|d’appareil|d\'appareil)', '(l’|d’|qu’|)identifiants techniques', '(l’|d’|qu’|)identifiants de votre terminal'],
    category: 'unspecific-data',
    severity: 'information',
    message: 'Identifiants non précisés : “identifiants uniques” ne dit pas lesquels ni à quoi ils servent.',
    explanation:
      'Un identifiant unique permet de vous suivre d’une visite ou d’un service à l’autre. La politique doit dire lequel et qui le lit.',
    question: 'Quels identifiants précisément, qui y a accès, et permettent-ils de me suivre sur d’autres sites ?',
    legalHook: RGPD_ART_13_1_C,
  },
  {
    id: 'fr-localisation',
    patterns: ['(l’|d’|qu’|)(données|informations) de localisation', 'données de géolocalisation', 'votre localisation', 'votre emplacement', 'localisation approximative'],
    category: 'unspecific-data',
    severity: 'off',
    // Off by default: 0/1 on the development set (negated).
    message: 'Localisation non précisée : “données de localisation” ne dit pas avec quelle précision.',
    explanation:
      'Une localisation au pays près et une position GPS n’ont pas la même portée ; la politique doit préciser.',
    question: 'Avec quelle précision me localisez-vous, à quelle fréquence et combien de temps gardez-vous ces données ?',
    legalHook: RGPD_ART_13_1_C,
  },
];
