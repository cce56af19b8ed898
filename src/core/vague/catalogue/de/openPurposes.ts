// Offene oder ungenannte Zwecke: Zwecke, die so weit gefasst sind, dass fast jede Verarbeitung darunter fällt.
import type { Rule } from '../../ruleSchema';
import { DSGVO_ART_5_1_B, DSGVO_ART_13_1_C } from './legalHooks';
import type { UiTable } from './uiText';

export const RULES: Rule[] = [
  {
    id: 'de-marketingzwecke',
    patterns: [
      'marketingzweck(e|en)',
      'werbezweck(e|en)',
      'marketing und werbezweck(e|en)',
      'werbe und marketingzweck(e|en)',
      'zwecke(n|) der werbung',
      'zwecke(n|) des marketings',
      'zwecke(n|) der (werbung|vermarktung) und marktforschung',
      'marktforschungszweck(e|en)',
      'werbliche(n|) zweck(e|en)',
      'vermarktungszweck(e|en)',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Offener Zweck: „zu Marketingzwecken“ sagt nicht, welche Werbung mit welchen Daten.',
    explanation: '„Marketingzwecke“ reicht vom eigenen Newsletter bis zu Profilbildung und Werbung bei Dritten. Welche Daten wofür genutzt werden, bleibt offen.',
    question: 'Welche Werbung oder welches Marketing meinen Sie genau, welche meiner Daten nutzen Sie dafür, und bilden Sie dabei Profile?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-analysezwecke',
    patterns: ['analysezweck(e|en)', 'statistische(n|) zweck(e|en)', 'statistikzweck(e|en)', 'zwecke(n|) der analyse', 'zwecke(n|) der (auswertung|statistik)', 'auswertungszweck(e|en)'],
    category: 'open-purposes',
    severity: 'off',
    message: 'Offener Zweck: „zu Analysezwecken“ sagt nicht, was analysiert wird.',
    explanation: '„Analyse“ kann eine anonyme Zugriffsstatistik sein oder ein Nutzerprofil. Die Erklärung sollte sagen, was ausgewertet wird und mit welchem Ziel.',
    question: 'Was genau analysieren Sie mit meinen Daten, mit welchem Werkzeug, und sind die Ergebnisse auf mich beziehbar?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-geschaeftszwecke',
    patterns: [
      'geschäftliche(n|) zweck(e|en)',
      'geschäftszweck(e|en)',
      'interne(n|) zweck(e|en)',
      'administrative(n|) zweck(e|en)',
      'verwaltungszweck(e|en)',
      'betriebliche(n|) zweck(e|en)',
      'kommerzielle(n|) zweck(e|en)',
      'wirtschaftliche(n|) zweck(e|en)',
      'organisatorische(n|) zweck(e|en)',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Offener Zweck: „für geschäftliche Zwecke“ kann fast alles bedeuten.',
    explanation: 'Geschäftliche, interne oder administrative Zwecke umfassen nahezu jede Tätigkeit eines Unternehmens. Der Zweck muss festgelegt und eindeutig sein.',
    question: 'Welche geschäftlichen oder internen Zwecke sind das genau, und welche meiner Daten nutzen Sie für jeden?',
    legalHook: DSGVO_ART_5_1_B,
  },
  {
    id: 'de-andere-zwecke',
    patterns: [
      '(andere|anderen|sonstige|sonstigen|weitere|weiteren) zweck(e|en)',
      '(andere|anderen|sonstige|sonstigen|weitere|weiteren) verwendungszweck(e|en)',
      '(vergleichbare|vergleichbaren|ähnliche|ähnlichen|damit zusammenhängende|damit zusammenhängenden|verwandte|verwandten) zweck(e|en)',
      '(vereinbare|vereinbaren|kompatible|kompatiblen) zweck(e|en)',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Offener Zweck: „andere Zwecke“ lässt die Zwecke offen.',
    explanation: '„Andere“ oder „ähnliche“ Zwecke fügen den genannten eine offene Gruppe hinzu. Die Daten können so für Zwecke genutzt werden, von denen Sie nichts wissen.',
    question: 'Welche anderen Zwecke sind das genau, und werde ich informiert, bevor meine Daten dafür genutzt werden?',
    legalHook: DSGVO_ART_5_1_B,
  },
  {
    id: 'de-verbesserung',
    patterns: [
      '(zur|zu) verbesserung unser(er|es) (dienste|leistungen|angebote|angebots|angebotes|produkte|services|website|webseite|webseiten|websites|app|onlineangebots|onlineangebotes)',
      'um unser(e|) (dienste|leistungen|angebote|angebot|produkte|services|website|webseite|webseiten|app|onlineangebot) zu (verbessern|optimieren|verbessern und weiterzuentwickeln)',
      '(zur|zu) optimierung unser(er|es) (dienste|leistungen|angebote|angebots|angebotes|produkte|services|website|webseite|webseiten|app|onlineangebots|onlineangebotes)',
      '(zur|zu) weiterentwicklung unser(er|es) (dienste|leistungen|angebote|angebots|produkte|services|website|webseite|app)',
      'verbesserung und weiterentwicklung',
      'produktverbesserung(en|)',
      'zu verbesserungszwecken',
      'optimierungszweck(e|en)',
      // "to make our offers more attractive and efficient", "to improve the functionality of certain
      // products": the English improve-services ("improve our products", a warning) in other words.
      // Anchored on "um unsere …"/"um die Funktionalität …" so a general description of cookies
      // ("das Internetangebot nutzerfreundlicher zu machen") stays with de-attraktiver-gestalten.
      'um unser(e|) (dienste|leistungen|angebote|angebot|produkte|services|website|webseite|webseiten|app|onlineangebot) (attraktiver|effizienter|attraktiver und effizienter|effizienter und attraktiver)',
      'um die funktionalität (bestimmter|unserer|der|einzelner) (produkte|dienste|services|angebote|website|webseite|webseiten|websites|app|apps)',
      // The same improvement of the site or offer with another article or owner, or none ("zur Optimierung der Website",
      // "Optimierung unserer Webseite", "Verbesserung des Online-Angebots", "zur Optimierung seines Onlineangebotes"), and
      // as a compound or an infinitive ("zur Serviceoptimierung", "Um den Dienst weiterzuentwickeln", "Nutzerfreundlichkeit
      // stetig zu verbessern"): misses at the first lint of batch-7a and batch-7b (#14, 2026-12-07).
      '(verbesserung|optimierung|weiterentwicklung|qualitätsverbesserung) (der|des|unserer|unseres|seiner|seines) (website|webseite|webseiten|internetseite|internetseiten|internetauftritts|webangebote|plattform|app)',
      '(verbesserung|optimierung|weiterentwicklung|qualitätsverbesserung) (der|des|unserer|unseres|seiner|seines) (onlineangebote|onlineangebots|onlineangebotes|online angebote|online angebots|online angebotes|angebote|angebots|angebotes)',
      '(verbesserung|optimierung|weiterentwicklung|qualitätsverbesserung) (der|des|unserer|unseres|seiner|seines) (dienste|dienstes|services|produkte|leistungen|nutzerfreundlichkeit|benutzerfreundlichkeit|nutzererfahrung)',
      '(verbesserung|optimierung) und (optimierung|weiterentwicklung|verbesserung) (der|des|unserer|unseres) (website|webseite|angebote|angebots|dienste|services|angebotenen services|angebotenen dienste)',
      '(serviceoptimierung|websiteoptimierung|webseitenoptimierung|angebotsoptimierung)',
      // "um Ihnen einen besseren Service zu bieten": improvement with no object named (grundsteuer, #14, 2026-12-07).
      '(einen|ein) (besseren|besseres) (service|angebot|nutzererlebnis)',
      '(website|webseite|angebot|onlineangebot|dienst|dienste|service|plattform|app|nutzerfreundlichkeit) (zu verbessern|zu optimieren|weiterzuentwickeln|zu verbessern und zu optimieren)',
      '(website|webseite|angebot|onlineangebot|dienst|dienste|service|plattform|app|nutzerfreundlichkeit) (stetig|laufend|kontinuierlich|ständig) (zu verbessern|zu optimieren|weiterzuentwickeln)',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Offener Zweck: „zur Verbesserung unserer Dienste“ sagt nicht, was mit den Daten geschieht.',
    explanation: '„Verbesserung“ deckt von Fehlerbehebung bis zum Training von KI-Modellen fast alles ab. Welche Daten wie ausgewertet werden, bleibt offen.',
    question: 'Welche Verbesserungen meinen Sie konkret, welche meiner Daten werten Sie dafür aus, und nutzen Sie sie auch zum Trainieren von Modellen?',
    legalHook: DSGVO_ART_5_1_B,
  },
  {
    id: 'de-nutzererlebnis',
    patterns: [
      'nutzererlebnis(ses|)',
      'benutzererlebnis(ses|)',
      'nutzungserlebnis(ses|)',
      'einkaufserlebnis(ses|)',
      'nutzererfahrung',
      'benutzererfahrung',
      'ihre erfahrung',
      'deine erfahrung',
      'ihr erlebnis',
      'dein erlebnis',
      'bessere(n|) weberfahrung',
    ],
    category: 'open-purposes',
    severity: 'off',
    message: 'Offener Zweck: „Nutzererlebnis“ beschreibt keinen bestimmten Zweck.',
    explanation: 'Ein „besseres Nutzererlebnis“ kann Spracheinstellung, Personalisierung oder Werbung bedeuten. Der Zweck muss so festgelegt sein, dass Sie ihn prüfen können.',
    question: 'Was genau tun Sie mit meinen Daten, um mein Nutzererlebnis zu verbessern oder anzupassen, und welche Daten sind das?',
    legalHook: DSGVO_ART_5_1_B,
  },
  {
    id: 'de-personalisierung',
    patterns: [
      'personalisierung',
      'personalisiert(e|en|er|es|)',
      'personalisieren',
      'individuell zugeschnitten(e|en|er|es|)',
      'auf sie zugeschnitten(e|en|er|es|)',
      'auf dich zugeschnitten(e|en|er|es|)',
      'maßgeschneidert(e|en|er|es|)',
      'massgeschneidert(e|en|er|es|)',
      'spezifisch anzupassen',
      'individuell anzupassen',
    ],
    category: 'open-purposes',
    severity: 'off',
    message: 'Offener Zweck: „Personalisierung“ sagt nicht, was angepasst wird und auf welcher Grundlage.',
    explanation: 'Personalisierung setzt voraus, dass ein Profil über Sie gebildet wird. Die Erklärung sollte sagen, welche Daten einfließen und was damit angepasst wird.',
    question: 'Welche Inhalte oder Angebote personalisieren Sie, auf Grundlage welcher Daten über mich, und kann ich das abschalten?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    // The user's own experience as what the data is used to tailor, the German form of the English
    // personalise-experience (a warning there): "um Ihre Erfahrung spezifisch anzupassen", "dein
    // Nutzungserlebnis zu personalisieren". The bare nouns stay with de-nutzererlebnis and the bare verbs with
    // de-personalisierung (both off: mostly specific on the development set).
    id: 'de-erfahrung-anpassen',
    patterns: [
      '(ihre|deine) (erfahrung|nutzererfahrung|benutzererfahrung) (spezifisch|individuell|persönlich) (anzupassen|anpassen|zu personalisieren|personalisieren|zu individualisieren|individualisieren)',
      '(ihre|deine) (erfahrung|nutzererfahrung|benutzererfahrung) (anzupassen|anpassen|zu personalisieren|personalisieren|zu individualisieren|individualisieren)',
      '(ihr|dein) (erlebnis|nutzererlebnis|nutzungserlebnis|benutzererlebnis) (spezifisch|individuell|persönlich) (anzupassen|anpassen|zu personalisieren|personalisieren|zu individualisieren|individualisieren)',
      '(ihr|dein) (erlebnis|nutzererlebnis|nutzungserlebnis|benutzererlebnis) (anzupassen|anpassen|zu personalisieren|personalisieren|zu individualisieren|individualisieren)',
      '(ihre|deine) (erfahrung|nutzererfahrung|benutzererfahrung) (auf sie|auf dich) zuzuschneiden',
      '(ihr|dein) (erlebnis|nutzererlebnis|nutzungserlebnis|benutzererlebnis) (auf sie|auf dich) zuzuschneiden',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Offener Zweck: „Ihre Erfahrung anzupassen“ sagt nicht, was angepasst wird und auf welcher Grundlage.',
    explanation: 'Ihre „Erfahrung anzupassen“ setzt voraus, dass aus Ihren Daten ein Bild von Ihnen entsteht. Die Erklärung sollte sagen, welche Daten einfließen und was damit angepasst wird.',
    question: 'Was genau passen Sie an meiner Nutzung an, auf Grundlage welcher Daten über mich, und kann ich das abschalten?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-interessenbasiert',
    patterns: [
      'interessenbasiert(e|en|er|es|)',
      'interessensbasiert(e|en|er|es|)',
      'interessenbezogen(e|en|er|es|)',
      'nutzungsbasierte(n|) werbung',
      'zielgerichtete(n|) werbung',
      'gezielte(n|) werbung',
      'relevante(n|) werbung',
      'relevantere(n|) werbung',
      'werbung auf anderen (websites|webseiten|plattformen)',
      'retargeting',
      'remarketing',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Offener Zweck: „interessenbasierte Werbung“ verschweigt, welches Profil dahinter steht.',
    explanation: 'Interessenbasierte oder „relevante“ Werbung beruht auf einem Profil Ihres Verhaltens, oft über viele Websites hinweg. Wer das Profil bildet und womit, bleibt offen.',
    question: 'Welche Daten nutzen Sie, um meine Interessen zu bestimmen, wer bildet dieses Profil, und auf welchen Websites wird mir danach Werbung gezeigt?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-sicherheitszwecke',
    patterns: [
      'sicherheitszweck(e|en)',
      'aus sicherheitsgründen',
      'zwecke(n|) der sicherheit',
      'zur gewährleistung der sicherheit',
      'zur betrugsprävention',
      'zur missbrauchsverhinderung',
      'missbrauchs und betrugsprävention',
    ],
    category: 'open-purposes',
    severity: 'information',
    message: 'Offener Zweck: „aus Sicherheitsgründen“ sagt nicht, welche Daten wie lange dafür dienen.',
    explanation: 'Sicherheit ist ein legitimer Zweck, rechtfertigt aber nicht jede Speicherung. Die Erklärung sollte sagen, welche Daten wie lange dafür verarbeitet werden.',
    question: 'Welche Daten verarbeiten Sie aus Sicherheitsgründen, wie lange, und wer hat Zugriff darauf?',
    legalHook: DSGVO_ART_5_1_B,
  },
  {
    id: 'de-attraktiver-gestalten',
    patterns: [
      'attraktiver und effizienter',
      '(attraktiver|effizienter|nutzerfreundlicher|benutzerfreundlicher|bedarfsgerechter|bedarfsgerecht|ansprechender|interessanter) (zu gestalten|gestalten|zu machen|machen)',
      'bedarfsgerechte(n|) gestaltung',
      'nutzerfreundlicher und effektiver',
      'bedarfsgerecht',
      // Generator wording: "im Interesse einer ansprechenden Darstellung unserer Online-Angebote" (embedded maps, fonts,
      // videos), and "unser Angebot nutzerfreundlicher, effektiver und sicherer zu machen" (cookies), whose comma the
      // pattern above cannot cross. Missed on the German development set (serlo, #14, 2026-12-07).
      'ansprechende(n|) darstellung',
      '(angebot|angebote|onlineangebot|website|webseite) (nutzerfreundlicher|benutzerfreundlicher)',
    ],
    category: 'open-purposes',
    severity: 'information',
    message: 'Offener Zweck: „attraktiver gestalten“ ist kein festgelegter Zweck.',
    explanation: 'Ein Angebot „attraktiver“ oder „bedarfsgerecht“ zu gestalten, beschreibt ein Ziel, nicht die Verarbeitung. Welche Daten wofür genutzt werden, bleibt offen.',
    question: 'Welche Verarbeitung meiner Daten steckt genau hinter „attraktiver gestalten“, und welche Daten nutzen Sie dafür?',
    legalHook: DSGVO_ART_5_1_B,
  },
  {
    id: 'de-funktionalitaet',
    patterns: ['funktionalität bestimmter', '(verbesserung|optimierung) der funktionalität', 'aus gründen der funktionalität', 'funktionalität (zu verbessern|verbessern)'],
    category: 'open-purposes',
    severity: 'information',
    message: 'Offener Zweck: „Funktionalität bestimmter Produkte“ sagt nicht, welche Funktionen welche Daten brauchen.',
    explanation: '„Funktionalität“ ist ein sehr weiter Zweck. Die Erklärung sollte die Funktionen und die Daten nennen, die sie brauchen.',
    question: 'Welche Funktionen welcher Produkte sind gemeint, und welche meiner Daten braucht jede davon?',
    legalHook: DSGVO_ART_5_1_B,
  },
  {
    id: 'de-forschungszwecke',
    patterns: [
      'forschungszweck(e|en)',
      'forschungs und entwicklungszweck(e|en)',
      'zwecke(n|) der forschung',
      'produktentwicklung',
      'entwicklung neuer (produkte|dienste|funktionen|angebote)',
      'training (von|unserer) (modellen|ki modellen|algorithmen)',
      'ki training',
    ],
    category: 'open-purposes',
    severity: 'off',
    message: 'Offener Zweck: „Forschungszwecke“ sagt nicht, welche Forschung mit welchen Daten.',
    explanation: 'Forschung und Produktentwicklung können vom anonymen Test bis zum Training von KI-Modellen mit Ihren Inhalten reichen.',
    question: 'Welche Forschung oder Entwicklung betreiben Sie mit meinen Daten, werden sie dafür anonymisiert, und trainieren Sie damit Modelle?',
    legalHook: DSGVO_ART_5_1_B,
  },
  {
    id: 'de-profilbildung',
    patterns: ['profilbildung', 'nutzungsprofil(e|en|)', 'nutzerprofil(e|en|)', 'pseudonyme(n|) nutzungsprofil(e|en|)', 'interessenprofil(e|en|)', 'werbeprofil(e|en|)'],
    category: 'open-purposes',
    severity: 'information',
    message: 'Offener Zweck: „Nutzungsprofile“ sagt nicht, was im Profil steht und wofür es dient.',
    explanation: 'Ein Nutzungsprofil fasst Ihr Verhalten zusammen. Die Erklärung sollte sagen, was es enthält, wer es nutzt und wie lange es besteht.',
    question: 'Welche Profile bilden Sie über mich, was enthalten sie, wer nutzt sie, und wie lange bestehen sie?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-zwecke-wie',
    patterns: [
      'zu zwecken wie',
      'für zwecke wie',
      'zwecke wie (zum beispiel|z. b.|z.b.|etwa)',
      'unter anderem zu',
      'unter anderem für',
      'u. a. zu',
      'u.a. zu',
      'unter anderem zur',
      'unter anderem zum',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Offener Zweck: „zu Zwecken wie“ nennt nur Beispiele für die Zwecke.',
    explanation: 'Wer Zwecke nur beispielhaft nennt, lässt die vollständige Liste offen. Die DSGVO verlangt, dass die Zwecke festgelegt sind.',
    question: 'Welche Zwecke sind es vollständig, nicht nur beispielhaft?',
    legalHook: DSGVO_ART_5_1_B,
  },
  {
    id: 'de-kommunikationszwecke',
    patterns: ['kommunikationszweck(e|en)', 'informationszweck(e|en)', 'zwecke(n|) der kommunikation', 'zwecke(n|) der kundenbindung', 'kundenbindung', 'kundenpflege'],
    category: 'open-purposes',
    severity: 'off',
    message: 'Offener Zweck: „Kommunikationszwecke“ sagt nicht, welche Nachrichten Sie erhalten.',
    explanation: '„Kommunikation“ oder „Kundenbindung“ kann die Antwort auf Ihre Frage sein oder regelmäßige Werbung.',
    question: 'Welche Nachrichten schicken Sie mir auf dieser Grundlage, wie oft, und wie bestelle ich sie ab?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-reichweite-messen',
    patterns: [
      'effektivität unserer (werbekampagnen|kampagnen|marketingkampagnen|werbung)',
      'erfolg(s|) unserer (werbekampagnen|kampagnen|marketingmaßnahmen|werbemaßnahmen)',
      'wirksamkeit unserer (werbekampagnen|kampagnen|werbung)',
      'kampagnenmessung',
      'konversionsmessung',
      'conversion tracking',
    ],
    category: 'open-purposes',
    severity: 'off',
    message: 'Offener Zweck: „Effektivität unserer Werbekampagnen“ verschweigt, wie Ihr Verhalten dafür verfolgt wird.',
    explanation: 'Die Messung von Werbeerfolg verbindet oft Daten über Websites und Geräte hinweg. Welche Daten und welche Anbieter beteiligt sind, bleibt offen.',
    question: 'Wie messen Sie den Erfolg Ihrer Kampagnen, welche Daten über mich fließen ein, und welche Anbieter sind beteiligt?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-tracking',
    patterns: ['tracking', 'nachverfolgung', 'webtracking', 'web tracking', 'geräteübergreifend(e|en|es|)', 'geräteübergreifendes tracking', 'cross device'],
    category: 'open-purposes',
    severity: 'information',
    message: 'Offener Zweck: „Tracking“ sagt nicht, was verfolgt wird und wozu.',
    explanation: '„Tracking“ kann eine Sitzungszählung oder die Verfolgung über Websites und Geräte hinweg sein.',
    question: 'Was genau verfolgen Sie, über welche Websites oder Geräte, und wozu?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-bonitaet',
    patterns: ['bonitätsprüfung(en|)', 'bonitätsauskunft', 'bonitätsauskünfte', 'scoring', 'scorewert(e|en|)', 'kreditwürdigkeit', 'betrugsprüfung(en|)'],
    category: 'open-purposes',
    severity: 'information',
    message: 'Offener Zweck: „Bonitätsprüfung“ sagt nicht, wann und bei wem sie stattfindet.',
    explanation: 'Eine Bonitätsprüfung oder ein Scoring kann über Vertragsabschlüsse entscheiden. Die Erklärung sollte Anlass, Auskunftei und verwendete Daten nennen.',
    question: 'Wann prüfen Sie meine Bonität, bei welcher Auskunftei, mit welchen Daten, und wie wirkt sich das Ergebnis aus?',
    legalHook: DSGVO_ART_13_1_C,
  },
];

export const UI: UiTable = {
  'de-marketingzwecke': {
    en: {
      message: 'Open purpose: “zu Marketingzwecken” (for marketing purposes) does not say which marketing with which data.',
      explanation: 'Marketing purposes range from the company’s own newsletter to profiling and third-party advertising; which data are used for what stays open.',
    },
    fr: {
      message: 'Finalité ouverte : “zu Marketingzwecken” (à des fins de marketing) ne dit pas quel marketing avec quelles données.',
      explanation: 'Les fins de marketing vont de la lettre d’information au profilage et à la publicité chez des tiers ; on ignore quelles données servent à quoi.',
    },
  },
  'de-analysezwecke': {
    en: {
      message: 'Open purpose: “zu Analysezwecken” (for analysis purposes) does not say what is analysed.',
      explanation: 'Analysis can be an anonymous visitor count or a user profile; the policy should say what is evaluated and why.',
    },
    fr: {
      message: 'Finalité ouverte : “zu Analysezwecken” (à des fins d’analyse) ne dit pas ce qui est analysé.',
      explanation: 'Une analyse peut être une statistique anonyme ou un profil d’utilisateur ; la politique devrait dire ce qui est évalué et pourquoi.',
    },
  },
  'de-geschaeftszwecke': {
    en: {
      message: 'Open purpose: “für geschäftliche Zwecke” (for business purposes) can mean almost anything.',
      explanation: 'Business, internal or administrative purposes cover nearly everything a company does; a purpose must be specified and explicit.',
    },
    fr: {
      message: 'Finalité ouverte : “für geschäftliche Zwecke” (à des fins commerciales) peut tout vouloir dire.',
      explanation: 'Les fins commerciales, internes ou administratives couvrent presque toute l’activité d’une entreprise ; une finalité doit être déterminée et explicite.',
    },
  },
  'de-andere-zwecke': {
    en: {
      message: 'Open purpose: “andere Zwecke” (other purposes) leaves the purposes open.',
      explanation: '“Other” or “similar” purposes add an open-ended group to those named, so data may be used for purposes you know nothing of.',
    },
    fr: {
      message: 'Finalité ouverte : “andere Zwecke” (autres finalités) laisse les finalités ouvertes.',
      explanation: 'Des finalités « autres » ou « similaires » ajoutent un groupe ouvert aux finalités nommées.',
    },
  },
  'de-verbesserung': {
    en: {
      message: 'Open purpose: “zur Verbesserung unserer Dienste” (to improve our services) does not say what happens to the data.',
      explanation: '“Improvement” covers almost anything from bug fixing to training AI models; which data are evaluated and how stays open.',
    },
    fr: {
      message: 'Finalité ouverte : “zur Verbesserung unserer Dienste” (pour améliorer nos services) ne dit pas ce qu’il advient des données.',
      explanation: '« Amélioration » couvre presque tout, de la correction d’erreurs à l’entraînement de modèles d’IA.',
    },
  },
  'de-nutzererlebnis': {
    en: {
      message: 'Open purpose: “Nutzererlebnis” (user experience) names no particular purpose.',
      explanation: 'A “better user experience” may mean language settings, personalisation or advertising; a purpose must be specific enough to check.',
    },
    fr: {
      message: 'Finalité ouverte : “Nutzererlebnis” (expérience utilisateur) ne désigne aucune finalité précise.',
      explanation: 'Une « meilleure expérience » peut désigner des préférences de langue, de la personnalisation ou de la publicité.',
    },
  },
  'de-erfahrung-anpassen': {
    en: {
      message: 'Open purpose: “Ihre Erfahrung anzupassen” (to tailor your experience) does not say what is tailored or on what basis.',
      explanation: 'Tailoring “your experience” means building a picture of you from your data; the policy should say which data go into it and what is changed.',
    },
    fr: {
      message: 'Finalité ouverte : “Ihre Erfahrung anzupassen” (adapter votre expérience) ne dit pas ce qui est adapté ni sur quelle base.',
      explanation: 'Adapter « votre expérience » suppose de se faire une image de vous à partir de vos données ; la politique devrait dire lesquelles et ce qui change.',
    },
  },
  'de-personalisierung': {
    en: {
      message: 'Open purpose: “Personalisierung” (personalisation) does not say what is tailored, or on what basis.',
      explanation: 'Personalisation requires a profile of you; the policy should say which data feed it and what is tailored.',
    },
    fr: {
      message: 'Finalité ouverte : “Personalisierung” (personnalisation) ne dit pas ce qui est adapté, ni sur quelle base.',
      explanation: 'La personnalisation suppose un profil ; la politique devrait dire quelles données l’alimentent et ce qui est adapté.',
    },
  },
  'de-interessenbasiert': {
    en: {
      message: 'Open purpose: “interessenbasierte Werbung” (interest-based advertising) hides which profile lies behind it.',
      explanation: 'Interest-based or “relevant” advertising rests on a profile of your behaviour, often across many websites; who builds it and from what stays open.',
    },
    fr: {
      message: 'Finalité ouverte : “interessenbasierte Werbung” (publicité ciblée) tait le profil qui la sous-tend.',
      explanation: 'La publicité ciblée repose sur un profil de votre comportement, souvent sur de nombreux sites ; qui le construit reste ouvert.',
    },
  },
  'de-sicherheitszwecke': {
    en: {
      message: 'Open purpose: “aus Sicherheitsgründen” (for security reasons) does not say which data serve it, or for how long.',
      explanation: 'Security is a legitimate purpose but does not justify any storage; the policy should say which data and for how long.',
    },
    fr: {
      message: 'Finalité ouverte : “aus Sicherheitsgründen” (pour des raisons de sécurité) ne dit pas quelles données, ni combien de temps.',
      explanation: 'La sécurité est une finalité légitime mais ne justifie pas toute conservation.',
    },
  },
  'de-attraktiver-gestalten': {
    en: {
      message: 'Open purpose: “attraktiver gestalten” (make more attractive) is not a specified purpose.',
      explanation: 'Making an offer “more attractive” or “needs-based” describes a goal, not the processing; which data serve what stays open.',
    },
    fr: {
      message: 'Finalité ouverte : “attraktiver gestalten” (rendre plus attrayant) n’est pas une finalité déterminée.',
      explanation: 'Rendre une offre « plus attrayante » décrit un objectif, pas le traitement.',
    },
  },
  'de-funktionalitaet': {
    en: {
      message: 'Open purpose: “Funktionalität bestimmter Produkte” (functionality of certain products) does not say which features need which data.',
      explanation: '“Functionality” is a very broad purpose; the policy should name the features and the data they need.',
    },
    fr: {
      message: 'Finalité ouverte : “Funktionalität bestimmter Produkte” (fonctionnalité de certains produits) ne dit pas quelles fonctions exigent quelles données.',
      explanation: '« Fonctionnalité » est une finalité très large ; la politique devrait nommer les fonctions et les données nécessaires.',
    },
  },
  'de-forschungszwecke': {
    en: {
      message: 'Open purpose: “Forschungszwecke” (research purposes) does not say which research with which data.',
      explanation: 'Research and product development can range from anonymous tests to training AI models on your content.',
    },
    fr: {
      message: 'Finalité ouverte : “Forschungszwecke” (fins de recherche) ne dit pas quelle recherche avec quelles données.',
      explanation: 'Recherche et développement vont du test anonyme à l’entraînement de modèles d’IA sur vos contenus.',
    },
  },
  'de-profilbildung': {
    en: {
      message: 'Open purpose: “Nutzungsprofile” (usage profiles) does not say what the profile holds or what it is for.',
      explanation: 'A usage profile summarises your behaviour; the policy should say what it contains, who uses it and how long it lasts.',
    },
    fr: {
      message: 'Finalité ouverte : “Nutzungsprofile” (profils d’utilisation) ne dit pas ce que contient le profil ni à quoi il sert.',
      explanation: 'Un profil d’utilisation résume votre comportement ; la politique devrait dire ce qu’il contient et qui l’utilise.',
    },
  },
  'de-zwecke-wie': {
    en: {
      message: 'Open purpose: “zu Zwecken wie” (for purposes such as) only gives examples of the purposes.',
      explanation: 'Naming purposes only by example leaves the full list open; the GDPR requires purposes to be specified.',
    },
    fr: {
      message: 'Finalité ouverte : “zu Zwecken wie” (à des fins telles que) ne donne que des exemples de finalités.',
      explanation: 'Des finalités données à titre d’exemple laissent la liste ouverte ; le RGPD exige des finalités déterminées.',
    },
  },
  'de-kommunikationszwecke': {
    en: {
      message: 'Open purpose: “Kommunikationszwecke” (communication purposes) does not say which messages you will receive.',
      explanation: '“Communication” or “customer retention” may be the answer to your question or regular advertising.',
    },
    fr: {
      message: 'Finalité ouverte : “Kommunikationszwecke” (fins de communication) ne dit pas quels messages vous recevrez.',
      explanation: '« Communication » ou « fidélisation » peut être une réponse à votre question ou de la publicité régulière.',
    },
  },
  'de-reichweite-messen': {
    en: {
      message: 'Open purpose: “Effektivität unserer Werbekampagnen” (effectiveness of our ad campaigns) hides how your behaviour is tracked for it.',
      explanation: 'Measuring advertising success often links data across websites and devices; which data and which providers stays open.',
    },
    fr: {
      message: 'Finalité ouverte : “Effektivität unserer Werbekampagnen” (efficacité de nos campagnes) tait comment votre comportement est suivi.',
      explanation: 'Mesurer l’efficacité publicitaire relie souvent des données entre sites et appareils.',
    },
  },
  'de-tracking': {
    en: { message: 'Open purpose: “Tracking” (tracking) does not say what is tracked, or why.', explanation: '“Tracking” can be a session count or following you across websites and devices.' },
    fr: {
      message: 'Finalité ouverte : “Tracking” (pistage) ne dit pas ce qui est suivi, ni pourquoi.',
      explanation: '« Pistage » peut être un comptage de sessions ou un suivi entre sites et appareils.',
    },
  },
  'de-bonitaet': {
    en: {
      message: 'Open purpose: “Bonitätsprüfung” (credit check) does not say when, or with whom, it happens.',
      explanation: 'A credit check or scoring can decide whether you get a contract; the policy should name occasion, agency and data used.',
    },
    fr: {
      message: 'Finalité ouverte : “Bonitätsprüfung” (vérification de solvabilité) ne dit ni quand ni auprès de qui.',
      explanation: 'Une vérification de solvabilité peut décider d’un contrat ; la politique devrait nommer le motif, l’agence et les données.',
    },
  },
};
