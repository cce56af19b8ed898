// Unbestimmte Mengen: „einige“, „teilweise“, „in bestimmten Fällen“ sagen nicht, wie viel oder welche.
import type { Rule } from '../../ruleSchema';
import { DSGVO_ART_5_1_C, DSGVO_ART_13_1_C } from './legalHooks';
import type { UiTable } from './uiText';

export const RULES: Rule[] = [
  {
    id: 'de-in-einigen-faellen',
    patterns: ['in (einigen|manchen|bestimmten|seltenen|besonderen|vielen|wenigen|gewissen|zahlreichen) fällen', 'in einzelfällen', 'in ausnahmefällen', 'im einzelfall', 'in seltenen ausnahmefällen'],
    category: 'vague-quantity',
    severity: 'off',
    message: 'Unbestimmte Menge: „in einigen Fällen“ sagt nicht, in welchen.',
    explanation: 'Welche Fälle gemeint sind und wie häufig sie sind, bleibt offen. Sie können nicht erkennen, ob Ihre Daten betroffen sind.',
    question: 'In welchen Fällen genau geschieht das, und wie häufig?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-teilweise',
    patterns: ['teilweise', 'zum teil', 'teils', 'teilweise auch'],
    category: 'vague-quantity',
    severity: 'information',
    message: 'Unbestimmte Menge: „teilweise“ sagt nicht, welcher Teil.',
    explanation: '„Teilweise“ lässt offen, welche Daten oder Vorgänge gemeint sind und welche nicht.',
    question: 'Welcher Teil genau ist gemeint, und welche Daten betrifft es?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-grossteil',
    patterns: ['ein großteil', 'ein grossteil', 'der großteil', 'der grossteil', 'großteil(s|)', 'grossteil(s|)', 'die meisten', 'weitgehend', 'weitestgehend', 'im wesentlichen', 'überwiegend'],
    category: 'vague-quantity',
    severity: 'information',
    message: 'Unbestimmte Menge: „ein Großteil“ lässt offen, was nicht dazugehört.',
    explanation: 'Wer „einen Großteil“ nennt, verschweigt den Rest. Gerade dort kann die Verarbeitung stattfinden, die Sie betrifft.',
    question: 'Was gehört nicht dazu, und was geschieht dort mit meinen Daten?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-einige-websites',
    patterns: [
      '(einige|einigen|manche|manchen|bestimmte|bestimmten) (unserer|unseren) (websites|webseiten|seiten|dienste|diensten|produkte|produkten|apps|angebote|angeboten|services|anwendungen)',
      '(einige|einigen|manche|manchen) (websites|webseiten|seiten|funktionen|dienste|diensten|produkte|produkten|bereiche|bereichen)',
      '(auf|in) (einigen|manchen|bestimmten) (mozilla websites|websites|webseiten|seiten)',
    ],
    category: 'vague-quantity',
    severity: 'off',
    message: 'Unbestimmte Menge: „einigen unserer Websites“ sagt nicht, auf welchen.',
    explanation: 'Auf welchen Websites oder in welchen Diensten die Verarbeitung stattfindet, lässt sich so nicht prüfen.',
    question: 'Auf welchen Websites oder in welchen Diensten genau geschieht das?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-umfang',
    patterns: [
      'in (gewissem|begrenztem|geringem|bestimmtem|angemessenem|größerem|grösserem|erheblichem|beschränktem|erforderlichem|notwendigem) (umfang|maße|masse|ausmaß|ausmass)',
      'in einem (gewissen|begrenzten|bestimmten|angemessenen|beschränkten) (umfang|maße|masse|ausmaß|ausmass)',
      'im (erforderlichen|notwendigen|nötigen|gesetzlich zulässigen|zulässigen) umfang',
      'in dem (erforderlichen|notwendigen|nötigen) umfang',
      'auf das (erforderliche|notwendige|nötige) (minimum|maß|mass)',
      'soweit (dies|es) (erforderlich|notwendig|nötig) ist',
      'soweit erforderlich',
      'soweit notwendig',
    ],
    category: 'vague-quantity',
    severity: 'information',
    message: 'Unbestimmte Menge: „im erforderlichen Umfang“ sagt nicht, wie viel das ist.',
    explanation: 'Was „erforderlich“ oder „angemessen“ ist, bestimmt hier das Unternehmen selbst. Ein Maßstab, den Sie prüfen können, fehlt.',
    question: 'Welche Daten genau halten Sie in diesem Umfang für erforderlich, und warum?',
    legalHook: DSGVO_ART_5_1_C,
    notPrecededBy: '(?<![\\p{L}])beschränk\\p{L}*\\s+(?:[\\p{L}.-]+\\s+){0,4}$',
    // "Die Verarbeitung … beschränken wir soweit möglich auf das erforderliche Minimum": a limit the company sets
    // itself (data minimisation), not an open amount; judged not vague on the development set.
  },
  {
    id: 'de-zahlreiche',
    patterns: ['zahlreiche(n|)', 'eine vielzahl', 'einer vielzahl', 'eine reihe von', 'einer reihe von', 'diverse(n|)', 'vielfältige(n|)'],
    category: 'vague-quantity',
    severity: 'off',
    message: 'Unbestimmte Menge: „zahlreiche“ sagt nicht, wie viele und welche.',
    explanation: '„Zahlreiche“ oder „eine Vielzahl“ ersetzt eine Aufzählung durch eine Größenordnung.',
    question: 'Welche genau, vollständig aufgezählt?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-verschiedene',
    patterns: ['verschiedene(n|)', 'verschiedener', 'unterschiedliche(n|)'],
    category: 'vague-quantity',
    severity: 'off',
    message: 'Unbestimmte Menge: „verschiedene“ sagt nicht, welche.',
    explanation: '„Verschiedene Leistungen“ oder „unterschiedliche Daten“ kündigt eine Liste an, ohne sie zu geben.',
    question: 'Welche genau sind gemeint?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-minimale-menge',
    patterns: [
      '(minimale|minimalen|geringe|geringen|begrenzte|begrenzten|kleine|kleinen) (menge|mengen|anzahl) (an|von) (daten|personenbezogenen daten|informationen)',
      'so wenige daten wie möglich',
      'so wenig daten wie möglich',
      'möglichst wenige daten',
      'möglichst wenig daten',
    ],
    category: 'vague-quantity',
    severity: 'off',
    message: 'Unbestimmte Menge: „eine minimale Menge an Daten“ beruhigt, ohne die Daten zu nennen.',
    explanation: '„Minimal“ ist eine Bewertung, keine Angabe. Prüfen Sie, ob die Daten anschließend vollständig aufgezählt werden.',
    question: 'Welche Daten sind das vollständig?',
    legalHook: DSGVO_ART_5_1_C,
  },
  {
    id: 'de-einige-einige',
    patterns: ['einige(n|r|s|) (unserer|ihrer|deiner|dieser|der)', 'manche(n|r|s|) (unserer|ihrer|deiner|dieser|der)'],
    category: 'vague-quantity',
    severity: 'off',
    message: 'Unbestimmte Menge: „einige dieser“ sagt nicht, welche.',
    explanation: '„Einige“ oder „manche“ lässt offen, welche gemeint sind.',
    question: 'Welche genau sind gemeint?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-moeglichst',
    patterns: ['möglichst (wenig|wenige|viele|lange|kurz|umfassend|vollständig|weitgehend)', 'so viel wie möglich', 'so viele wie möglich', 'größtmögliche(n|)', 'grösstmögliche(n|)'],
    category: 'vague-quantity',
    severity: 'information',
    message: 'Unbestimmte Menge: „möglichst wenig“ sagt nicht, wie viel.',
    explanation: '„Möglichst“ verbindet ein Ziel mit einer Grenze, die das Unternehmen selbst zieht.',
    question: 'Wie viel genau, und wer legt fest, was möglich ist?',
    legalHook: DSGVO_ART_5_1_C,
    notFollowedBy: '^\\s+(?:Kontrolle|Transparenz|Sicherheit|Schutz|Datensparsamkeit|Vertraulichkeit|Freiheit)(?![\\p{L}])',
    // "größtmögliche Kontrolle über Deine Privatsphäre": a benefit promised to the user, not an amount of data.
  },
  {
    id: 'de-sicherheitsmassnahmen',
    patterns: [
      '(angemessene|angemessenen|geeignete|geeigneten|modernste|modernsten|umfangreiche|umfangreichen|zahlreiche|zahlreichen|strenge|strengen) ma(ß|ss)nahmen',
      '(angemessene|angemessenen|geeignete|geeigneten|modernste|modernsten|umfangreiche|umfangreichen|strenge|strengen) sicherheitsma(ß|ss)nahmen',
      'technische(n|) und organisatorische(n|) ma(ß|ss)nahmen',
      '(modernste|modernsten|hohe|hohen|höchste|höchsten) sicherheitsstandards',
      'branchenübliche(n|) sicherheitsma(ß|ss)nahmen',
    ],
    category: 'vague-quantity',
    severity: 'off',
    message: 'Unbestimmtes Maß: „angemessene Maßnahmen“ sagt nicht, welche Maßnahmen.',
    explanation: '„Angemessene“ oder „modernste“ Maßnahmen bewerten den Schutz, ohne ihn zu beschreiben.',
    question: 'Welche Schutzmaßnahmen treffen Sie konkret, etwa Verschlüsselung, Zugriffsbeschränkung, Löschkonzept?',
    legalHook: DSGVO_ART_5_1_C,
  },
];

export const UI: UiTable = {
  'de-in-einigen-faellen': {
    en: { message: 'Vague quantity: “in einigen Fällen” (in some cases) does not say which.', explanation: 'Which cases and how often stays open; you cannot tell whether your data are affected.' },
    fr: { message: 'Quantité vague : “in einigen Fällen” (dans certains cas) ne dit pas lesquels.', explanation: 'Quels cas et à quelle fréquence reste ouvert.' },
  },
  'de-teilweise': {
    en: { message: 'Vague quantity: “teilweise” (partly) does not say which part.', explanation: '“Partly” leaves open which data or operations are meant and which are not.' },
    fr: { message: 'Quantité vague : “teilweise” (en partie) ne dit pas quelle partie.', explanation: '« En partie » laisse ouvert quelles données ou opérations sont concernées.' },
  },
  'de-grossteil': {
    en: {
      message: 'Vague quantity: “ein Großteil” (a large part) leaves open what is not included.',
      explanation: 'Naming “a large part” hides the rest, where the processing that concerns you may happen.',
    },
    fr: { message: 'Quantité vague : “ein Großteil” (une grande partie) laisse ouvert ce qui n’en fait pas partie.', explanation: 'Parler d’« une grande partie » tait le reste.' },
  },
  'de-einige-websites': {
    en: {
      message: 'Vague quantity: “einigen unserer Websites” (some of our websites) does not say which.',
      explanation: 'On which websites or in which services the processing takes place cannot be checked.',
    },
    fr: {
      message: 'Quantité vague : “einigen unserer Websites” (certains de nos sites) ne dit pas lesquels.',
      explanation: 'Sur quels sites ou dans quels services le traitement a lieu ne peut être vérifié.',
    },
  },
  'de-umfang': {
    en: {
      message: 'Vague quantity: “im erforderlichen Umfang” (to the extent necessary) does not say how much that is.',
      explanation: 'What is “necessary” or “appropriate” is decided here by the company; there is no standard you can check.',
    },
    fr: {
      message: 'Quantité vague : “im erforderlichen Umfang” (dans la mesure nécessaire) ne dit pas combien.',
      explanation: 'Ce qui est « nécessaire » est décidé par l’entreprise ; aucun critère vérifiable.',
    },
  },
  'de-zahlreiche': {
    en: { message: 'Vague quantity: “zahlreiche” (numerous) does not say how many, or which.', explanation: '“Numerous” or “a variety” replaces a list with an order of magnitude.' },
    fr: { message: 'Quantité vague : “zahlreiche” (de nombreux) ne dit ni combien ni lesquels.', explanation: '« De nombreux » remplace une liste par un ordre de grandeur.' },
  },
  'de-verschiedene': {
    en: { message: 'Vague quantity: “verschiedene” (various) does not say which.', explanation: '“Various services” or “different data” announces a list without giving it.' },
    fr: { message: 'Quantité vague : “verschiedene” (divers) ne dit pas lesquels.', explanation: '« Divers services » annonce une liste sans la donner.' },
  },
  'de-minimale-menge': {
    en: {
      message: 'Vague quantity: “eine minimale Menge an Daten” (a minimal amount of data) reassures without naming the data.',
      explanation: '“Minimal” is an assessment, not information; check whether the data are listed in full afterwards.',
    },
    fr: { message: 'Quantité vague : “eine minimale Menge an Daten” (un minimum de données) rassure sans nommer les données.', explanation: '« Minimal » est une appréciation, pas une information.' },
  },
  'de-einige-einige': {
    en: { message: 'Vague quantity: “einige dieser” (some of these) does not say which.', explanation: '“Some” leaves open which are meant.' },
    fr: { message: 'Quantité vague : “einige dieser” (certains de ces) ne dit pas lesquels.', explanation: '« Certains » laisse ouvert lesquels.' },
  },
  'de-moeglichst': {
    en: { message: 'Vague quantity: “möglichst wenig” (as little as possible) does not say how much.', explanation: '“As … as possible” joins a goal to a limit the company sets itself.' },
    fr: { message: 'Quantité vague : “möglichst wenig” (le moins possible) ne dit pas combien.', explanation: '« Autant que possible » associe un objectif à une limite fixée par l’entreprise.' },
  },
  'de-sicherheitsmassnahmen': {
    en: {
      message: 'Vague degree: “angemessene Maßnahmen” (appropriate measures) does not say which measures.',
      explanation: '“Appropriate” or “state-of-the-art” measures rate the protection without describing it.',
    },
    fr: { message: 'Degré vague : “angemessene Maßnahmen” (mesures appropriées) ne dit pas quelles mesures.', explanation: 'Des mesures « appropriées » qualifient la protection sans la décrire.' },
  },
};
