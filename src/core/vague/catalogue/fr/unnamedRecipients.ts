// Destinataires non nommés : les formulations qui disent que les données partent « quelque part »
// sans dire chez qui. Écrites d'après les politiques françaises (« des tiers », « nos partenaires »,
// « nos prestataires », « sociétés affiliées »), avec l'élision (« d'autres », « l'acquéreur »).
import type { Rule } from '../../ruleSchema';
import { RGPD_ART_13_1_E, RGPD_ART_13_1_F } from './legalHooks';

/** Sécurité (« accès non autorisé par des tiers ») : les tiers n'y sont pas des destinataires. */
const SECURITY_BEFORE = String.raw`(?:accès|accéder|intrusions?|interceptions?|divulgations?|pertes?|piratages?|attaques?|utilisations?|consultations?)\s+(?:non\s+autorisée?s?\s+|frauduleuses?\s+|illicites?\s+)?(?:par|de|à)\s+(?:des\s+|les\s+)?$`;

export const RULES: Rule[] = [
  {
    id: 'fr-tiers',
    patterns: ['des tiers', 'aux tiers', 'les tiers', 'nos tiers', 'ses tiers', 'tout tiers', 'tous tiers', "d'un tiers", 'un tiers', 'certains tiers', 'tierce(s|) partie(s|)', 'parties tierces', "d'autres tiers", '(l’|d’|qu’|)autres tiers'],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Destinataires non nommés : “des tiers” ne dit pas qui reçoit les données.',
    explanation:
      '« Tiers » désigne toute personne ou organisation autre que vous et le responsable du traitement. Sans noms ni catégories précises, vous ne savez pas qui détient vos données ni à qui vous adresser.',
    question: 'Quels tiers reçoivent mes données, nommément, et pour quelle finalité chacun les reçoit-il ?',
    legalHook: RGPD_ART_13_1_E,
    // « la requête d'une tierce partie » (a legal process) and « préjudice à votre personne ou à un tiers » are not recipients.
    notPrecededBy: String.raw`${SECURITY_BEFORE}|(?:requête|demande|réquisition)\s+d['’]une?\s+$|(?:personne|vous-même)\s+ou\s+à\s+$`,
    // « tiers de confiance » a sa propre règle ; « tiers payant » n'est pas un destinataire.
    notFollowedBy: String.raw`^\s*(?:de\s+confiance|payant)\b`,
  },
  {
    id: 'fr-tiers-de-confiance',
    patterns: ['tiers de confiance', 'partenaire(s|) de confiance', 'partenaire(s|) (soigneusement |rigoureusement |)sélectionné(s|)', 'partenaires triés sur le volet', 'partenaire(s|) privilégié(s|)', 'prestataire(s|) de confiance'],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Destinataires non nommés : “partenaires de confiance” rassure sans nommer personne.',
    explanation:
      '« De confiance » ou « soigneusement sélectionnés » expriment l’opinion de l’entreprise sur ses destinataires, pas leur identité. Vous n’avez aucun moyen de vérifier cette confiance ni cette sélection.',
    question: 'Qui sont ces partenaires de confiance, nommément, et selon quels critères ont-ils été choisis ?',
    legalHook: RGPD_ART_13_1_E,
  },
  {
    id: 'fr-partenaires',
    patterns: ['partenaire(s|)'],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Destinataires non nommés : “partenaires” ne dit pas quelles entreprises reçoivent les données.',
    explanation:
      '« Partenaires » décrit une relation commerciale, pas un destinataire. Le mot peut couvrir des annonceurs, des revendeurs, des courtiers en données ou des filiales, et la politique ne dit pas lesquels.',
    question: 'Quels partenaires reçoivent mes données, nommément, quel est le rôle de chacun et que fait-il de mes données ?',
    legalHook: RGPD_ART_13_1_E,
    notPrecededBy: String.raw`\b(?:votre|vos|mon|ma|son|sa)\s+$`,
  },
  {
    id: 'fr-partenaires-commerciaux',
    patterns: ['partenaire(s|) (commercial|commerciaux|commerciale|commerciales|stratégique|stratégiques|technologique|technologiques|industriel|industriels|marketing)', 'partenaire(s|) (de distribution|d’affaires|d\'affaires)'],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Destinataires non nommés : “partenaires commerciaux” ne dit pas qui reçoit les données.',
    explanation:
      'Un « partenaire commercial » peut être presque toute entreprise avec laquelle la société travaille. L’expression ne donne ni noms ni le rôle de chacun dans le traitement de vos données.',
    question: 'Quels partenaires commerciaux reçoivent mes données, nommément, et que peut faire chacun avec elles ?',
    legalHook: RGPD_ART_13_1_E,
  },
  {
    id: 'fr-partenaires-publicitaires',
    patterns: ['partenaire(s|) publicitaire(s|)', 'régie(s|) publicitaire(s|)', 'réseau(x|) publicitaire(s|)', '(l’|d’|qu’|)annonceur(s|)', 'partenaire(s|) (média|médias)', 'partenaire(s|) de publicité', 'plateforme(s|) publicitaire(s|)'],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Destinataires non nommés : “partenaires publicitaires” ne nomme pas les sociétés publicitaires qui reçoivent vos données.',
    explanation:
      'Les données partagées à des fins publicitaires circulent souvent entre de nombreuses sociétés (régies, plateformes d’enchères, courtiers). Sans leurs noms, vous ne pouvez ni vous opposer ni exercer vos droits auprès d’elles.',
    question: 'Quelles sociétés publicitaires reçoivent mes données, nommément, quelles données et dans quel but ?',
    legalHook: RGPD_ART_13_1_E,
  },
  {
    id: 'fr-prestataires',
    patterns: ['prestataire(s|)', 'prestataire(s|) (de services|de service|technique|techniques|externe|externes|tiers|informatique|informatiques)', 'fournisseur(s|) de service(s|)', 'fournisseur(s|) de service(s|) tiers', 'fournisseur(s|) (tiers|externe|externes|extérieur|extérieurs)', 'fournisseurs extérieurs à'],
    category: 'unnamed-recipients',
    severity: 'information',
    message: 'Destinataires non nommés : “prestataires” ne dit pas quels fournisseurs traitent les données.',
    explanation:
      '« Prestataires » ou « fournisseurs de services » désigne une catégorie très large. Sans noms ou sans préciser le service rendu (hébergement, paiement, envoi d’e-mails), vous ne savez pas qui traite vos données.',
    question: 'Quels prestataires traitent mes données, nommément, pour quel service et dans quel pays ?',
    legalHook: RGPD_ART_13_1_E,
    // Les prestataires de paiement et de confiance ont leurs propres règles.
    notFollowedBy: String.raw`^\s*(?:de\s+paiement|de\s+confiance)\b`,
  },
  {
    id: 'fr-prestataires-paiement',
    patterns: ['prestataire(s|) de paiement', 'partenaire(s|) de paiement', 'fournisseur(s|) de paiement', 'prestataire(s|) de services de paiement'],
    category: 'unnamed-recipients',
    severity: 'off',
    // Off by default: 0/1 on the development set (named right after).
    message: 'Destinataires peut-être non nommés : “prestataires de paiement” sans nom.',
    explanation:
      'La catégorie est précise (le paiement), mais sans le nom du prestataire vous ne savez pas quelle société reçoit vos coordonnées bancaires.',
    question: 'Quel prestataire de paiement reçoit mes données de paiement, nommément ?',
    legalHook: RGPD_ART_13_1_E,
  },
  {
    id: 'fr-sous-traitants',
    patterns: ['sous traitant(s|)', 'sous traitant(s|) ultérieur(s|)', 'sous traitance'],
    category: 'unnamed-recipients',
    severity: 'off',
    // Off by default: below half right on the development set (0 of 1 judged TP); a single case, so worth re-measuring.
    message: 'Destinataires non nommés : “sous-traitants” sans liste.',
    explanation:
      'Les sous-traitants traitent vos données pour le compte du responsable du traitement. S’ils ne sont ni nommés ni décrits par leur service, vous ne savez pas qui a accès à vos données.',
    question: 'Quels sous-traitants traitent mes données, nommément, pour quel traitement et dans quel pays ?',
    legalHook: RGPD_ART_13_1_E,
  },
  {
    id: 'fr-societes-affiliees',
    patterns: ['société(s|) affiliée(s|)', '(l’|d’|qu’|)entité(s|) affiliée(s|)', '(l’|d’|qu’|)affilié(s|)', '(l’|d’|qu’|)affiliée(s|)', 'filiale(s|)', 'sociétés du groupe', '(l’|d’|qu’|)entités du groupe', 'société(s|) (mère|mères)', 'sociétés apparentées', '(l’|d’|qu’|)entreprises liées', 'membres de notre groupe', 'sociétés de notre groupe'],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Destinataires non nommés : “sociétés affiliées” ne dit pas quelles sociétés du groupe reçoivent les données.',
    explanation:
      'Un groupe peut compter des dizaines de sociétés dans plusieurs pays, aux activités très différentes. « Sociétés affiliées » ne dit ni lesquelles reçoivent vos données ni ce qu’elles en font.',
    question: 'Quelles sociétés du groupe reçoivent mes données, nommément, dans quel pays et pour quelle finalité ?',
    legalHook: RGPD_ART_13_1_E,
  },
  {
    id: 'fr-autres-entites',
    patterns: ["d'autres entités", '(l’|d’|qu’|)autres entités', "d'autres organisations", '(l’|d’|qu’|)autres organisations', "d'autres sociétés", '(l’|d’|qu’|)autres sociétés', "d'autres entreprises", "d'autres organismes", "d'autres acteurs", '(l’|d’|qu’|)autres destinataires', "d'autres destinataires", 'certaines sociétés', 'certaines entreprises', 'les entités qui reçoivent'],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Destinataires non nommés : “d’autres entités” laisse les destinataires ouverts.',
    explanation:
      '« D’autres entités » ou « d’autres sociétés » ajoute un groupe ouvert à ceux déjà nommés. La politique peut ainsi couvrir un partage avec n’importe qui.',
    question: 'Quelles sont exactement ces autres entités, et quelles données chacune reçoit-elle ?',
    legalHook: RGPD_ART_13_1_E,
  },
  {
    id: 'fr-quelqu-un-d-autre',
    patterns: ["quelqu'un d'autre", "toute autre personne", "d'autres personnes", 'des personnes tierces', 'personne(s|) tierce(s|)'],
    category: 'unnamed-recipients',
    severity: 'information',
    message: 'Personnes non nommées : “quelqu’un d’autre” ne dit pas de qui il s’agit.',
    explanation:
      'La politique mentionne une personne ou source indéterminée qui transmet ou reçoit des données. Vous ne pouvez pas savoir d’où viennent vos données ni où elles vont.',
    question: 'De qui s’agit-il précisément, et quelles données sur moi échange-t-il avec vous ?',
    legalHook: RGPD_ART_13_1_E,
  },
  {
    id: 'fr-autorites',
    patterns: ['(l’|d’|qu’|)autorité(s|) compétente(s|)', '(l’|d’|qu’|)autorités publiques', '(l’|d’|qu’|)autorités administratives', '(l’|d’|qu’|)autorités judiciaires', '(l’|d’|qu’|)autorités gouvernementales', '(l’|d’|qu’|)organisme(s|) gouvernementa(l|ux)', 'pouvoirs publics', 'forces de l’ordre', "forces de l'ordre", 'services de police', '(l’|d’|qu’|)autorités (judiciaires|administratives) ou (judiciaires|administratives)', 'tout organisme public'],
    category: 'unnamed-recipients',
    severity: 'information',
    message: 'Destinataires peu précis : “autorités compétentes” ne dit pas quelles autorités ni dans quels cas.',
    explanation:
      'Le partage avec des autorités peut être légitime, mais sans préciser lesquelles et sur quel fondement (réquisition judiciaire, obligation légale nommée), la politique couvre toute demande de toute autorité.',
    question: 'Quelles autorités peuvent recevoir mes données, sur quel fondement juridique précis, et serai-je prévenu ?',
    legalHook: RGPD_ART_13_1_E,
  },
  {
    id: 'fr-conseillers',
    patterns: ['conseiller(s|) professionnel(s|)', 'conseillers externes', 'conseils externes', 'conseils juridiques', 'nos conseils', '(l’|d’|qu’|)auditeur(s|) externe(s|)', 'commissaire(s|) aux comptes'],
    category: 'unnamed-recipients',
    severity: 'information',
    message: 'Destinataires non nommés : “conseillers professionnels” reste une catégorie ouverte.',
    explanation:
      'Avocats, experts-comptables, auditeurs, assureurs : la catégorie est large et ne dit pas quelles données leur sont transmises ni pourquoi.',
    question: 'Quels conseillers reçoivent mes données, lesquelles, et dans quelles circonstances ?',
    legalHook: RGPD_ART_13_1_E,
  },
  {
    id: 'fr-acquereur',
    patterns: ['(l’|d’|qu’|)acquéreur(s|)', '(l’|d’|qu’|)acquéreur(s|) potentiel(s|)', 'repreneur(s|)', 'successeur(s|)', 'un successeur ou affilié', '(l’|d’|qu’|)acheteur(s|) potentiel(s|)', 'en cas de fusion', 'cession de (tout ou partie|tout ou une partie) de', 'cession d’actifs', "cession d'actifs"],
    category: 'unnamed-recipients',
    severity: 'information',
    message: 'Destinataire futur non nommé : “acquéreur” ouvre le transfert de vos données à un repreneur inconnu.',
    explanation:
      'En cas de vente ou de fusion, vos données passent à une société qui n’est pas encore connue et dont les pratiques peuvent être très différentes. La politique ne dit pas si vous serez informé ni si vous pourrez vous y opposer.',
    question: 'En cas de cession, serai-je informé avant le transfert de mes données, et pourrai-je m’y opposer ou demander leur effacement ?',
    legalHook: RGPD_ART_13_1_E,
  },
  {
    id: 'fr-services-tiers',
    patterns: ['service(s|) tiers', 'services de tiers', '(l’|d’|qu’|)outil(s|) tiers', '(l’|d’|qu’|)outils de tiers', 'technologie(s|) tierce(s|)', 'solution(s|) tierce(s|)', 'cookie(s|) tiers', 'cookies de tiers', 'traceur(s|) tiers', 'module(s|) tiers', 'plateforme(s|) tierce(s|)', 'effectuées par des tiers', 'appartenant à des tiers'],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Destinataires non nommés : “services tiers” ne dit pas quelles sociétés collectent vos données.',
    explanation:
      'Un service, outil ou cookie « tiers » envoie vos données à une autre société. Sans son nom, vous ne savez pas qui reçoit ces données ni quelle politique s’applique.',
    question: 'Quels services tiers sont utilisés, nommément, et quelles données chacun reçoit-il ?',
    legalHook: RGPD_ART_13_1_E,
  },
  {
    id: 'fr-pays-tiers',
    patterns: ['pays tiers', "en dehors de l'union européenne", "hors de l'union européenne", "en dehors de l'espace économique européen", "hors de l'espace économique européen", "en dehors de l'eee", "hors de l'eee", "en dehors de l'ue", "hors de l'ue", 'pays situés en dehors', "d'autres pays", 'à l’étranger', "à l'étranger", 'des juridictions', "d'autres juridictions", 'hors union européenne'],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Transfert non précisé : “pays tiers” ne dit pas vers quels pays partent les données.',
    explanation:
      'Un transfert hors de l’Union européenne peut exposer vos données à des lois moins protectrices. La politique doit dire vers quels pays, s’il existe une décision d’adéquation et, sinon, sur quelles garanties le transfert repose.',
    question: 'Vers quels pays mes données sont-elles transférées, à quels destinataires, et sur quelle décision d’adéquation ou quelles garanties ?',
    legalHook: RGPD_ART_13_1_F,
  },
  {
    id: 'fr-personnes-habilitees',
    patterns: ['personnes habilitées', 'personnel habilité', 'personnels habilités', 'services habilités', 'agents habilités', 'membres habilités', 'destinataires habilités', 'personnes autorisées', 'personnel autorisé'],
    category: 'unnamed-recipients',
    severity: 'off',
    // Off by default: 0/2 on the development set.
    message: 'Destinataires internes peu précis : “personnes habilitées” ne dit pas quels services ont accès.',
    explanation:
      'L’accès est limité, ce qui est rassurant, mais la politique ne dit pas quels services ou fonctions sont habilités.',
    question: 'Quels services ou fonctions sont habilités à accéder à mes données, et pour quelles tâches ?',
    legalHook: RGPD_ART_13_1_E,
  },
  {
    id: 'fr-intermediaires',
    patterns: ['(l’|d’|qu’|)intermédiaire(s|)', 'revendeur(s|)', 'distributeur(s|)', 'courtier(s|) (en données|de données)', 'data brokers'],
    category: 'unnamed-recipients',
    severity: 'information',
    message: 'Destinataires non nommés : “intermédiaires” ne dit pas qui reçoit les données.',
    explanation:
      'Intermédiaires, revendeurs ou courtiers transmettent des données à leur tour. Sans noms, vous ne pouvez pas suivre où vont vos données.',
    question: 'Quels intermédiaires reçoivent mes données, nommément, et à qui les transmettent-ils ?',
    legalHook: RGPD_ART_13_1_E,
  },
  {
    id: 'fr-reseaux-sociaux',
    patterns: ['réseaux sociaux', 'plateformes de médias sociaux', 'médias sociaux', 'plateformes sociales'],
    category: 'unnamed-recipients',
    severity: 'off',
    // Off by default: 0/3 on the development set (named right after).
    message: 'Destinataires peut-être non nommés : “réseaux sociaux” sans nom de plateforme.',
    explanation:
      'Les réseaux sociaux sont des sociétés distinctes qui peuvent recevoir des données via les boutons ou les pixels. Sans leurs noms, vous ne savez pas lesquels.',
    question: 'Quels réseaux sociaux reçoivent des données me concernant, et lesquelles ?',
    legalHook: RGPD_ART_13_1_E,
  },
  {
    id: 'fr-notre-groupe',
    patterns: ['notre groupe', 'au sein du groupe', 'au sein de notre groupe', 'groupe de sociétés', '(l’|d’|qu’|)entités de notre groupe'],
    category: 'unnamed-recipients',
    severity: 'information',
    message: 'Destinataires non nommés : “notre groupe” ne dit pas quelles sociétés reçoivent les données.',
    explanation:
      'Un partage « au sein du groupe » peut concerner de nombreuses sociétés, dans plusieurs pays, sans que vous sachiez lesquelles.',
    question: 'Quelles sociétés du groupe reçoivent mes données, nommément, et dans quels pays ?',
    legalHook: RGPD_ART_13_1_E,
  },
  {
    id: 'fr-hebergeurs',
    patterns: ['(l’|d’|qu’|)hébergeur(s|)', 'prestataire(s|) d’hébergement', "prestataire(s|) d'hébergement", 'fournisseur(s|) d’hébergement', "fournisseur(s|) d'hébergement", 'fournisseur(s|) de cloud', 'fournisseur(s|) d’informatique en nuage', "fournisseur(s|) d'informatique en nuage"],
    category: 'unnamed-recipients',
    severity: 'off',
    // Off by default: 0/2 on the development set (tables, security lists).
    message: 'Destinataire peut-être non nommé : “hébergeur” sans nom ni pays.',
    explanation:
      'L’hébergeur détient physiquement vos données ; son nom et le pays d’hébergement comptent.',
    question: 'Quel hébergeur détient mes données, nommément, et dans quel pays ?',
    legalHook: RGPD_ART_13_1_E,
  },
  {
    id: 'fr-organismes-partenaires',
    patterns: ['(l’|d’|qu’|)organisme(s|) partenaire(s|)', 'partenaire(s|) institutionnel(s|)', '(l’|d’|qu’|)acteurs (publics|privés)', '(l’|d’|qu’|)organismes (tiers|extérieurs|externes)', 'structures partenaires', '(l’|d’|qu’|)établissements partenaires'],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Destinataires non nommés : “organismes partenaires” ne dit pas lesquels.',
    explanation:
      'Les organismes ou structures partenaires ne sont pas nommés : vous ne savez pas qui reçoit vos données.',
    question: 'Quels organismes reçoivent mes données, nommément, et pour quelle mission ?',
    legalHook: RGPD_ART_13_1_E,
  },
  {
    id: 'fr-collaborateurs',
    patterns: ['nos collaborateurs', 'nos équipes', 'notre personnel', 'nos employés', 'nos salariés', 'membres de l’équipe', "membres de l'équipe"],
    category: 'unnamed-recipients',
    severity: 'off',
    // Off by default: 0/1 on the development set.
    message: 'Accès interne peu précis : “nos équipes” ne dit pas quels services ont accès.',
    explanation:
      'L’accès interne devrait être limité aux services qui en ont besoin ; la formule ne dit pas lesquels.',
    question: 'Quels services ou fonctions internes accèdent à mes données, et pourquoi ?',
    legalHook: RGPD_ART_13_1_E,
  },
];
