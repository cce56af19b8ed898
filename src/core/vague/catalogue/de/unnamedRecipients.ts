// Ungenannte Empfänger: Formulierungen, nach denen Daten „irgendwohin“ gehen, ohne dass gesagt wird, an wen.
import type { Rule } from '../../ruleSchema';
import { DSGVO_ART_13_1_E } from './legalHooks';
import type { UiTable } from './uiText';

/** Ordinal "dritte" ("der dritte Absatz", "zum dritten Mal") and third countries are not recipients. */
const ORDINAL_AFTER =
  '^[\\s-]*(?:Absatz|Abs\\.|Abschnitt|Kapitel|Satz|Punkt|Tag|Tage|Tages|Mal|Monat|Monats|Woche|Jahr|Jahres|Quartal|Stufe|Schritt|Version|Fassung|Generation|Welle|Land|Länder|Ländern|Landes|Staat|Staaten|Staates)(?![\\p{L}])';
const ORDINAL_BEFORE = '(?<![\\p{L}])(?:zum|am|im|jede[nmrs]?|der|die|das|ein|eine[nmrs]?)\\s+$';
/**
 * A recipient named right after the term: a list after a colon ("Zahlungsanbieter: Stripe, PayPal"),
 * a domain-like name ("unser Partner Sentry.io") or a company form ("der Dienstleister KDO Service
 * GmbH"). Filters run case-insensitively, so capitalisation cannot mark a name here.
 */
const NAMED_AFTER = '^\\s*:\\s*[\\p{L}\\p{N}]|^\\s+[\\p{L}\\p{N}-]+(?:\\.[a-z]{2,6}(?![\\p{L}])|(?:\\s+[\\p{L}\\p{N}-]+)?\\s+(?:GmbH|SE|Inc|Ltd|LLC|SAS|S\\.A\\.|B\\.V\\.|e\\.\\s?V\\.)(?![\\p{L}]))';
/** The GDPR's own definition of a term ("„Dritte“ ist eine natürliche oder juristische Person"). */
const DEFINED_AFTER = '^["“”„\\s/\\p{L}]{0,12}\\s+ist\\s+(?:eine|jede)(?![\\p{L}])';

/** Third parties as attackers, not recipients: "Zugriff durch Dritte", "Schutz vor Dritten". */
const SECURITY_BEFORE =
  '(?<![\\p{L}])(?:Zugriffs?|Zugangs?|Einsicht|Kenntnisnahme|Missbrauch|Angriff(?:e|en)?|Schutz|geschützt|sicher)\\s+(?:durch|von|vor|seitens|gegen(?:über)?)\\s+(?:unbefugte[nmrs]?\\s+|unberechtigte[nmrs]?\\s+)?$';

export const RULES: Rule[] = [
  {
    // The bare word: in German policies mostly the GDPR's definitions, attackers ("Zugriff durch Dritte"),
    // the user showing something to others, or recipients listed later (0/3 on the development set).
    // Disclosure "an Dritte" / "mit Dritten" has a rule of its own (de-an-dritte).
    id: 'de-dritte',
    patterns: ['dritte', 'dritten', 'dritter', 'dritte personen', 'dritten personen', 'dritte stellen', 'dritten stellen'],
    category: 'unnamed-recipients',
    severity: 'off',
    message: 'Ungenannte Empfänger: „Dritte“ sagt nicht, wer die Daten erhält.',
    explanation: '„Dritte“ umfasst jede Stelle außer Ihnen und dem Unternehmen. Ohne Namen oder genaue Kategorien können Sie nicht erkennen, wer Ihre Daten hat und an wen Sie sich wenden können.',
    question: 'An welche Dritten geben Sie meine Daten weiter, mit Namen, und zu welchem Zweck erhält jeder von ihnen die Daten?',
    legalHook: DSGVO_ART_13_1_E,
    notFollowedBy: `${ORDINAL_AFTER}|${DEFINED_AFTER}`,
    notPrecededBy: `${ORDINAL_BEFORE}|${SECURITY_BEFORE}`,
  },
  {
    id: 'de-an-dritte',
    patterns: ['an dritte', 'an dritten', 'mit dritten', 'dritten zugänglich', 'an andere dritte', 'an sonstige dritte', 'durch dritte'],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Ungenannte Empfänger: „an Dritte“ sagt nicht, wer die Daten erhält.',
    explanation: '„An Dritte“ weitergegeben heißt: an jemanden außer Ihnen und dem Unternehmen. Ohne Namen oder genaue Kategorien wissen Sie nicht, wer Ihre Daten hat.',
    question: 'An welche Dritten geben Sie meine Daten weiter, mit Namen, und zu welchem Zweck erhält jeder von ihnen die Daten?',
    legalHook: DSGVO_ART_13_1_E,
    notFollowedBy: ORDINAL_AFTER,
    // "Zugriff durch Dritte": attackers, not recipients (the match starts at "durch").
    notPrecededBy: `${SECURITY_BEFORE}|(?<![\\p{L}])(?:Zugriffs?|Zugangs?|Einsicht|Kenntnisnahme|Missbrauch|Angriff(?:e|en)?|Manipulation(?:en)?)\\s+$`,
  },
  {
    id: 'de-drittanbieter',
    patterns: [
      'drittanbieter(n|s|)',
      'drittanbieterdienst(e|en|es|)',
      'fremdanbieter(n|s|)',
      'drittunternehmen',
      'drittfirma',
      'drittfirmen',
      'drittpartei(en|)',
      'dritte parteien',
      'dritten parteien',
      'drittdienst(e|en|es|)',
      'drittdienstleister(n|s|)',
    ],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Ungenannte Empfänger: „Drittanbieter“ nennt die Unternehmen nicht.',
    explanation: 'Ein „Drittanbieter“ kann jedes fremde Unternehmen sein, vom Hoster bis zum Werbenetzwerk. Die Erklärung sollte die Anbieter nennen und sagen, welche Daten jeder erhält.',
    question: 'Welche Drittanbieter erhalten meine Daten, mit Namen und Sitz, und welche Daten erhält jeder von ihnen?',
    legalHook: DSGVO_ART_13_1_E,
  },
  {
    id: 'de-dienste-dritter',
    patterns: [
      '(dienste|diensten|dienstleistungen|tools|werkzeuge|technologien|technologie|anwendungen|software|plugins|funktionen|inhalte|inhalten|angebote|angeboten|cookies|skripte|komponenten) dritter',
      '(dienste|diensten|tools|werkzeuge|technologien|technologie|anwendungen|software|plugins|inhalte|inhalten|cookies|skripte|komponenten) von (dritten|drittanbietern)',
      '(analysefunktionen|web analysefunktionen|analysedienste|analysetools|trackingdienste) dritter',
    ],
    category: 'unnamed-recipients',
    severity: 'off',
    message: 'Ungenannte Empfänger: „Dienste Dritter“ sagt nicht, wessen Dienste eingebunden sind.',
    explanation: 'Eingebundene Dienste, Werkzeuge oder Inhalte Dritter erhalten in der Regel Daten der Besucher, mindestens die IP-Adresse. Ohne Namen bleibt offen, wer sie erhält.',
    question: 'Welche Dienste oder Werkzeuge Dritter binden Sie ein, von welchen Anbietern, und welche Daten erhalten diese dabei?',
    legalHook: DSGVO_ART_13_1_E,
  },
  {
    id: 'de-partner',
    patterns: ['partner', 'partnern', 'partners'],
    category: 'unnamed-recipients',
    severity: 'information',
    message: 'Ungenannte Empfänger: „Partner“ sagt nicht, welche Unternehmen die Daten erhalten.',
    explanation: '„Partner“ beschreibt eine Geschäftsbeziehung, keinen Empfänger. Gemeint sein können Werbetreibende, Wiederverkäufer oder Datenhändler; die Erklärung sagt nicht, wer.',
    question: 'Welche Partner erhalten meine Daten, mit Namen, welche Art von Partner ist jeder und was tut er mit den Daten?',
    legalHook: DSGVO_ART_13_1_E,
    // "Ihr Partner" (Lebenspartner) and a named partner ("unser Partner Mullvad") are not unnamed recipients.
    notPrecededBy: '(?<![\\p{L}])(?:Ihr|Ihre[nmrs]?|dein|deine[nmrs]?|sein|seine[nmrs]?|ihr|ihre[nmrs]?)\\s+$',
    notFollowedBy: NAMED_AFTER,
  },
  {
    id: 'de-ausgewaehlte-partner',
    patterns: [
      '(ausgewählte|ausgewählten|sorgfältig ausgewählte|sorgfältig ausgewählten|vertrauenswürdige|vertrauenswürdigen|vertrauensvolle|vertrauensvollen|seriöse|seriösen) (partner|partnern|partnerunternehmen|dienstleister|dienstleistern|anbieter|anbietern|drittanbieter|drittanbietern|dritte|dritten|unternehmen)',
    ],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Ungenannte Empfänger: „ausgewählte Partner“ beruhigt, ohne jemanden zu nennen.',
    explanation: 'Adjektive wie „ausgewählt“ oder „vertrauenswürdig“ geben die Meinung des Unternehmens über die Empfänger wieder, nicht ihre Namen. Die Auswahl lässt sich so nicht prüfen.',
    question: 'Wer sind diese ausgewählten Partner, mit Namen, und nach welchen Kriterien wurden sie ausgewählt?',
    legalHook: DSGVO_ART_13_1_E,
  },
  {
    id: 'de-werbepartner',
    patterns: [
      'werbepartner(n|s|)',
      'marketingpartner(n|s|)',
      'anzeigenpartner(n|s|)',
      'medienpartner(n|s|)',
      'werbenetzwerk(e|en|s|)',
      'werbetreibende(n|)',
      'werbekunden',
      'affiliate partner(n|)',
      'affiliatepartner(n|)',
    ],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Ungenannte Empfänger: „Werbepartner“ nennt die Werbeunternehmen nicht.',
    explanation: 'Werbe- und Marketingpartner sind oft Werbenetzwerke, Börsen und Messdienste, die Daten weitergeben. Ohne Namen können Sie keinem von ihnen widersprechen.',
    question: 'Welche Werbe- oder Marketingpartner erhalten meine Daten, mit Namen, und geben sie diese weiter?',
    legalHook: DSGVO_ART_13_1_E,
  },
  {
    id: 'de-geschaeftspartner',
    patterns: [
      'geschäftspartner(n|s|)',
      'kooperationspartner(n|s|)',
      'vertriebspartner(n|s|)',
      'technologiepartner(n|s|)',
      'vertragspartner(n|s|)',
      'servicepartner(n|s|)',
      'dienstleistungspartner(n|s|)',
    ],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Ungenannte Empfänger: „Geschäftspartner“ sagt nicht, wer die Daten erhält.',
    explanation: 'Ein Geschäfts- oder Kooperationspartner kann fast jedes Unternehmen sein, mit dem die Firma zu tun hat. Die Bezeichnung nennt weder Namen noch Rolle.',
    question: 'Welche Geschäfts- oder Kooperationspartner erhalten meine Daten, mit Namen, und was dürfen sie damit tun?',
    legalHook: DSGVO_ART_13_1_E,
  },
  {
    id: 'de-partnerunternehmen',
    patterns: ['partnerunternehmen(s|)', 'partnerfirma', 'partnerfirmen', 'partnerorganisation(en|)', 'partnerseite(n|)', 'partnerdienst(e|en|)'],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Ungenannte Empfänger: „Partnerunternehmen“ nennt die Unternehmen nicht.',
    explanation: '„Partnerunternehmen“ lässt offen, um welche Unternehmen es sich handelt und was sie mit den Daten tun.',
    question: 'Welche Partnerunternehmen erhalten meine Daten, mit Namen und Sitz, und zu welchem Zweck?',
    legalHook: DSGVO_ART_13_1_E,
  },
  {
    id: 'de-verbundene-unternehmen',
    patterns: [
      'verbundene(n|) unternehmen',
      'verbundene(n|) gesellschaften',
      'mit uns verbundene(n|) unternehmen',
      'verbundene(n|) konzernunternehmen',
      'unternehmen unserer gruppe',
      'gesellschaften unserer gruppe',
      'unternehmen unseres konzerns',
    ],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Ungenannte Empfänger: „verbundene Unternehmen“ sagt nicht, welche Gesellschaften die Daten erhalten.',
    explanation: 'Konzerne haben oft Hunderte verbundener Gesellschaften in vielen Ländern. Die Angabe sagt nicht, welche davon Ihre Daten erhalten und wo sie sitzen.',
    question: 'Welche verbundenen Unternehmen erhalten meine Daten, mit Firmennamen und Land, und was tut jedes damit?',
    legalHook: DSGVO_ART_13_1_E,
  },
  {
    id: 'de-konzern',
    patterns: [
      'konzernunternehmen(s|)',
      'konzerngesellschaft(en|)',
      'konzernweit',
      'innerhalb (des|unseres) konzerns',
      'innerhalb (der|unserer) unternehmensgruppe',
      'gruppengesellschaft(en|)',
      'gruppenunternehmen',
      'tochtergesellschaft(en|)',
      'tochterunternehmen',
      'schwestergesellschaft(en|)',
      'mutterkonzern(s|)',
      'muttergesellschaft',
    ],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Ungenannte Empfänger: „Konzernunternehmen“ nennt die Gesellschaften nicht.',
    explanation: 'Auch innerhalb eines Konzerns ist jede Gesellschaft ein eigener Empfänger. Die Erklärung sollte sagen, welche Gesellschaften die Daten erhalten und in welchen Ländern sie sitzen.',
    question: 'Welche Gesellschaften des Konzerns erhalten meine Daten, mit Namen und Land, und wofür?',
    legalHook: DSGVO_ART_13_1_E,
    // A named subsidiary ("deren Tochterunternehmen GitHub BV") is named.
    notFollowedBy: '^\\s+[\\p{Lu}][\\p{L}]+\\s+(?:BV|B\\.V\\.|GmbH|AG|Ltd|Inc|SAS|S\\.A\\.|LLC|SE|S\\.à)',
  },
  {
    id: 'de-dienstleister',
    patterns: ['dienstleister', 'dienstleistern', 'dienstleisters', 'serviceanbieter(n|s|)', 'serviceprovider(n|s|)', 'service provider(n|s|)'],
    category: 'unnamed-recipients',
    severity: 'off',
    message: 'Ungenannte Empfänger: „Dienstleister“ sagt nicht, welche Firmen die Daten verarbeiten.',
    explanation: 'Dienstleister verarbeiten Ihre Daten oft im Auftrag, aber es bleiben eigene Empfänger. Ohne Namen oder genaue Kategorie wissen Sie nicht, wer Ihre Daten hat.',
    question: 'Welche Dienstleister verarbeiten meine Daten, mit Namen, und welche Aufgabe und welche Daten hat jeder?',
    legalHook: DSGVO_ART_13_1_E,
    notFollowedBy: NAMED_AFTER,
  },
  {
    id: 'de-externe-dienstleister',
    patterns: [
      '(externe|externen|externer) (dienstleister|dienstleistern|anbieter|anbietern|partner|partnern|stellen|unternehmen|firmen|dienste|diensten|auftragnehmer|auftragnehmern)',
      '(beauftragte|beauftragten) (dienstleister|dienstleistern|unternehmen|firmen)',
    ],
    category: 'unnamed-recipients',
    severity: 'information',
    message: 'Ungenannte Empfänger: „externe Dienstleister“ nennt die Firmen nicht.',
    explanation: '„Externe Dienstleister“ sagt nur, dass Daten das Haus verlassen, nicht wohin. Die Erklärung sollte die Dienstleister oder wenigstens genaue Kategorien nennen.',
    question: 'Welche externen Dienstleister erhalten meine Daten, mit Namen, und was tun sie damit?',
    legalHook: DSGVO_ART_13_1_E,
    notFollowedBy: NAMED_AFTER,
  },
  {
    id: 'de-technische-dienstleister',
    patterns: [
      '(technische|technischen|technischer) (dienstleister|dienstleistern|anbieter|anbietern|partner|partnern)',
      'it dienstleister(n|s|)',
      'itdienstleister(n|s|)',
      'hosting anbieter(n|s|)',
      'hostinganbieter(n|s|)',
      'hosting dienstleister(n|s|)',
      'hostingdienstleister(n|s|)',
      'hoster(n|s|)',
      'cloud anbieter(n|s|)',
      'cloudanbieter(n|s|)',
      'cloud dienste(n|)',
      'clouddienste(n|)',
    ],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Ungenannte Empfänger: „IT-Dienstleister“ sagt nicht, welcher Anbieter die Daten hält.',
    explanation: 'Hosting- und Cloud-Anbieter speichern oft sämtliche Daten eines Dienstes. Name und Sitz entscheiden darüber, welches Recht gilt und ob Daten die EU verlassen.',
    question: 'Welche Hosting-, Cloud- oder IT-Dienstleister speichern oder verarbeiten meine Daten, mit Namen und Standort der Server?',
    legalHook: DSGVO_ART_13_1_E,
  },
  {
    id: 'de-analysedienste',
    patterns: [
      'analysedienst(e|en|es|)',
      'analyse dienst(e|en|es|)',
      'webanalysedienst(e|en|es|)',
      'web analysedienst(e|en|es|)',
      'analysetool(s|)',
      'analyse tool(s|)',
      'analysewerkzeug(e|en|)',
      'analyseanbieter(n|s|)',
      'analysefunktionen',
      'web analysefunktionen',
      'trackingdienst(e|en|)',
      'tracking dienst(e|en|)',
      'trackingtool(s|)',
      'tracking tool(s|)',
      'metriken tool(s|)',
      'reichweitenmessung',
    ],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Ungenannte Empfänger: „Analysedienste“ nennt die Anbieter nicht.',
    explanation: 'Analyse- und Trackingdienste erhalten Nutzungsdaten, oft geräteübergreifend. Welcher Anbieter es ist, entscheidet darüber, was mit den Daten geschieht.',
    question: 'Welche Analyse- oder Trackingdienste setzen Sie ein, von welchen Anbietern, und welche Daten erhalten diese?',
    legalHook: DSGVO_ART_13_1_E,
  },
  {
    id: 'de-soziale-netzwerke',
    patterns: ['soziale(n|) netzwerk(e|en|)', 'sozialen medien', 'social media plattform(en|)', 'social media anbieter(n|s|)', 'social media dienst(e|en|)', 'social media netzwerk(e|en|)'],
    category: 'unnamed-recipients',
    severity: 'off',
    message: 'Ungenannte Empfänger: „soziale Netzwerke“ sagt nicht, welche Plattformen Daten erhalten.',
    explanation: 'Eingebundene soziale Netzwerke erhalten oft schon beim Seitenaufruf Daten. Die Erklärung sollte die Plattformen nennen.',
    question: 'Welche sozialen Netzwerke erhalten meine Daten, und ab wann: schon beim Aufruf der Seite oder erst, wenn ich klicke?',
    legalHook: DSGVO_ART_13_1_E,
  },
  {
    id: 'de-sonstige-empfaenger',
    patterns: [
      '(andere|anderen|sonstige|sonstigen|weitere|weiteren) empfänger(n|)',
      '(andere|anderen|sonstige|sonstigen|weitere|weiteren) stellen',
      '(andere|anderen|sonstige|sonstigen|weitere|weiteren) dritte(n|)',
      '(andere|anderen|sonstige|sonstigen) parteien',
      '(andere|anderen|sonstige|sonstigen|weitere|weiteren) unternehmen',
      '(andere|anderen|sonstige|sonstigen|weitere|weiteren) organisationen',
      'oder andere',
    ],
    category: 'unnamed-recipients',
    // Warning like the English other-parties: "oder andere", "sonstige Empfänger" leave every recipient open
    // (1/1 judged true on the development set, #14).
    severity: 'warning',
    message: 'Ungenannte Empfänger: „andere Empfänger“ lässt die Empfänger offen.',
    explanation: '„Andere“ oder „sonstige“ Empfänger fügen den genannten eine offene Gruppe hinzu. So kann an jeden weitergegeben werden, der nicht genannt ist.',
    question: 'Wer genau sind diese anderen Empfänger, und welche Daten erhält jeder von ihnen?',
    legalHook: DSGVO_ART_13_1_E,
    // "oder andere" only as a subject beside a named one ("Mozilla oder andere"), not "oder andere Daten".
    notFollowedBy: '^\\s+(?:Daten|Informationen|Angaben|Zwecke|Zwecken|Rechte|Technologien|Mittel|Dokumente|Inhalte)(?![\\p{L}])',
    // "Behörde, Einrichtung oder andere Stelle": the GDPR's own definitions, quoted.
    notPrecededBy: '(?:(?<![\\p{L}])Einrichtung\\s+$)|(?:(?:daten|informationen|angaben)\\s+von\\s+(?:[\\p{L}-]+\\s+){0,2}(?:und|oder)\\s+$)',
    // "Kontaktdaten von Unternehmen und anderen Organisationen": whose data, not who receives it.
  },
  {
    id: 'de-behoerden',
    patterns: [
      '(zuständige|zuständigen|staatliche|staatlichen|öffentliche|öffentlichen) (stellen|behörden|einrichtungen)',
      'strafverfolgungsbehörde(n|)',
      'ermittlungsbehörde(n|)',
      'sicherheitsbehörde(n|)',
      'aufsichtsbehörden und gerichte',
      'behörden und gerichte',
      'gerichte und behörden',
    ],
    category: 'unnamed-recipients',
    severity: 'information',
    message: 'Ungenannte Empfänger: „zuständige Behörden“ sagt nicht, welche Stellen Daten erhalten und wann.',
    explanation: 'Die Weitergabe an Behörden braucht eine Rechtsgrundlage und einen Anlass. „Zuständige Stellen“ nennt weder die Behörde noch die Pflicht, auf der die Weitergabe beruht.',
    question: 'An welche Behörden geben Sie meine Daten weiter, auf welcher Rechtsgrundlage, und informieren Sie mich darüber?',
    legalHook: DSGVO_ART_13_1_E,
  },
  {
    id: 'de-datenhaendler',
    patterns: ['datenhändler(n|s|)', 'datenbroker(n|s|)', 'adresshändler(n|s|)', 'auskunfteien', 'wirtschaftsauskunfteien', 'inkassounternehmen', 'inkassodienstleister(n|)'],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Ungenannte Empfänger: „Auskunfteien“ nennt die Unternehmen nicht.',
    explanation: 'Auskunfteien, Daten- und Adresshändler verarbeiten Daten zu eigenen Zwecken weiter. Welche es sind, bestimmt, wo Sie Auskunft verlangen müssen.',
    question: 'Welche Auskunfteien oder Datenhändler erhalten meine Daten, mit Namen, und zu welchem Zweck?',
    legalHook: DSGVO_ART_13_1_E,
  },
  {
    id: 'de-erwerber',
    patterns: [
      '(potenzielle|potenziellen|potentielle|potentiellen|mögliche|möglichen) (käufer|käufern|erwerber|erwerbern|investoren|investor)',
      'rechtsnachfolger(n|s|)',
      'erwerber(n|s|)',
      'im (fall|falle) (einer|eines) (fusion|übernahme|umstrukturierung|unternehmensverkaufs|verkaufs)',
    ],
    category: 'unnamed-recipients',
    severity: 'information',
    message: 'Ungenannte Empfänger: „Erwerber“ lässt offen, wer die Daten bei einem Verkauf erhält.',
    explanation: 'Bei Fusionen oder Verkäufen gehen Daten an Unternehmen, die heute niemand kennt. Die Erklärung sollte sagen, ob und wie Sie vorher informiert werden.',
    question: 'Werde ich informiert, bevor meine Daten bei einem Verkauf oder einer Fusion an einen Erwerber gehen, und kann ich dem widersprechen?',
    legalHook: DSGVO_ART_13_1_E,
  },
  {
    id: 'de-berater',
    patterns: ['(unsere|unseren|externe|externen) berater(n|)', 'berater und prüfer', 'rechtsberater(n|)', 'wirtschaftsprüfer(n|)', 'steuerberater(n|)'],
    category: 'unnamed-recipients',
    severity: 'information',
    message: 'Ungenannte Empfänger: „Berater“ sagt nicht, welche Kanzlei oder Firma Daten erhält.',
    explanation: 'Berufsgeheimnisträger wie Anwälte oder Prüfer sind eigene Empfänger. Eine Kategorie kann genügen, sollte aber sagen, welche Daten sie erhalten.',
    question: 'Welche Berater oder Prüfer erhalten meine Daten, und welche Daten erhalten sie?',
    legalHook: DSGVO_ART_13_1_E,
  },
  {
    id: 'de-unterauftragnehmer',
    patterns: [
      'subunternehmer(n|s|)',
      'unterauftragnehmer(n|s|)',
      'unterauftragsverarbeiter(n|s|)',
      'sub auftragsverarbeiter(n|s|)',
      'subauftragsverarbeiter(n|s|)',
      'weitere auftragsverarbeiter(n|)',
    ],
    category: 'unnamed-recipients',
    severity: 'information',
    message: 'Ungenannte Empfänger: „Subunternehmer“ nennt die weiteren Verarbeiter nicht.',
    explanation: 'Unterauftragnehmer sind Empfänger zweiter Reihe: Ihre Daten gehen über den Dienstleister weiter. Eine Liste mit Namen macht das nachprüfbar.',
    question: 'Welche Subunternehmer oder Unterauftragsverarbeiter erhalten meine Daten, mit Namen, und wo ist die Liste?',
    legalHook: DSGVO_ART_13_1_E,
  },
  {
    id: 'de-auftragsverarbeiter',
    patterns: ['auftragsverarbeiter(n|s|)', 'auftragsdatenverarbeiter(n|s|)'],
    category: 'unnamed-recipients',
    severity: 'off',
    message: 'Ungenannte Empfänger: „Auftragsverarbeiter“ sagt nicht, welche Firmen im Auftrag verarbeiten.',
    explanation: 'Auch Auftragsverarbeiter erhalten Ihre Daten. Sind sie nicht genannt, bleibt offen, wer die Daten tatsächlich speichert und verarbeitet.',
    question: 'Welche Auftragsverarbeiter setzen Sie ein, mit Namen und Sitz, und welche Daten verarbeitet jeder?',
    legalHook: DSGVO_ART_13_1_E,
    notFollowedBy: `${NAMED_AFTER}|${DEFINED_AFTER}`,
  },
  {
    id: 'de-zahlungsdienstleister',
    patterns: [
      '(externe|externen|externer) zahlungsanbieter(n|s|)',
      'zahlungsdienstleister(n|s|)',
      'zahlungsanbieter(n|s|)',
      'zahlungsdienste(n|)',
      'versanddienstleister(n|s|)',
      'logistikdienstleister(n|s|)',
      'logistikpartner(n|s|)',
      'versandpartner(n|s|)',
      'kreditinstitute(n|)',
    ],
    category: 'unnamed-recipients',
    severity: 'off',
    message: 'Ungenannte Empfänger: „Zahlungsdienstleister“ nennt den Anbieter nicht.',
    explanation: 'Zahlungs- und Versanddienstleister erhalten Name, Anschrift oder Kontodaten. Meist sind es wenige bekannte Firmen, die sich leicht nennen lassen.',
    question: 'Welche Zahlungs- oder Versanddienstleister erhalten meine Daten, mit Namen, und welche Daten?',
    legalHook: DSGVO_ART_13_1_E,
    notFollowedBy: NAMED_AFTER,
  },
  {
    id: 'de-plattformbetreiber',
    patterns: ['(jeweiligen|jeweilige) anbieter(n|s|)', '(jeweiligen|jeweilige) (plattform|plattformen|betreiber|betreibern|dienst|dienste|netzwerk|netzwerke)', 'plattformbetreiber(n|s|)'],
    category: 'unnamed-recipients',
    severity: 'off',
    message: 'Ungenannte Empfänger: „jeweiligen Anbieter“ sagt nicht, welcher Anbieter gemeint ist.',
    explanation: '„Der jeweilige Anbieter“ verweist auf eine Liste, die oft fehlt. Ohne Namen bleibt offen, wer Daten erhält.',
    question: 'Welche Anbieter sind mit „dem jeweiligen Anbieter“ gemeint, mit Namen?',
    legalHook: DSGVO_ART_13_1_E,
  },
  {
    id: 'de-andere-nutzer',
    patterns: [
      '(andere|anderen) (nutzer|nutzern|nutzerinnen|benutzer|benutzern|mitglieder|mitgliedern|teilnehmer|teilnehmern|teilnehmende|teilnehmenden)',
      'alle internetbenutzer',
      'allen internetbenutzern',
      'der öffentlichkeit',
    ],
    category: 'unnamed-recipients',
    severity: 'off',
    message: 'Ungenannte Empfänger: „andere Nutzer“ sagt nicht, wer die Daten sehen kann.',
    explanation: 'Was anderen Nutzern oder der Öffentlichkeit gezeigt wird, kann von jedem weiterverwendet werden. Die Erklärung sollte sagen, welche Daten sichtbar sind.',
    question: 'Welche meiner Daten sehen andere Nutzer oder die Öffentlichkeit, und kann ich das einschränken?',
    legalHook: DSGVO_ART_13_1_E,
  },
  {
    id: 'de-lieferanten',
    patterns: ['lieferanten', 'zulieferer(n|)', '(unsere|unseren) anbieter(n|)', 'vertragspartnern und dienstleistern'],
    category: 'unnamed-recipients',
    severity: 'information',
    message: 'Ungenannte Empfänger: „Lieferanten“ nennt die Unternehmen nicht.',
    explanation: 'Lieferanten und Anbieter eines Unternehmens sind Empfänger, sobald sie Daten erhalten. Welche es sind, bleibt offen.',
    question: 'Welche Lieferanten oder Anbieter erhalten meine Daten, mit Namen?',
    legalHook: DSGVO_ART_13_1_E,
  },
  {
    id: 'de-empfaengerkategorien',
    patterns: ['kategorien von empfängern', 'empfängerkategorien', 'kategorien der empfänger'],
    category: 'unnamed-recipients',
    severity: 'off',
    message: 'Ungenannte Empfänger: „Kategorien von Empfängern“ nennt nur Kategorien.',
    explanation: 'Kategorien statt Namen sind nur zulässig, wenn sie genau genug sind. Prüfen Sie, ob sie angegeben werden.',
    question: 'Welche Empfänger gehören zu diesen Kategorien, mit Namen?',
    legalHook: DSGVO_ART_13_1_E,
  },
  {
    id: 'de-drittlaender',
    patterns: [
      'drittland',
      'drittländer(n|)',
      'drittlandes',
      'drittstaat(en|es|)',
      '(länder|ländern|staaten) außerhalb (der eu|der europäischen union|des ewr|des europäischen wirtschaftsraums)',
      'außerhalb (der eu|der europäischen union|des ewr|des europäischen wirtschaftsraums)',
      '(weltweit|global) verteilte(n|) (server|knoten|rechenzentren)',
    ],
    category: 'unnamed-recipients',
    severity: 'off',
    message: 'Ungenannte Empfänger: „Drittländer“ sagt nicht, in welche Länder die Daten gehen.',
    explanation: 'Ob in einem Drittland ein angemessenes Schutzniveau besteht, hängt vom Land ab. Die Erklärung sollte die Länder und die Garantien nennen.',
    question: 'In welche Länder außerhalb der EU übermitteln Sie meine Daten, an wen, und auf welcher Grundlage?',
  },
];

export const UI: UiTable = {
  'de-dritte': {
    en: {
      message: 'Unnamed recipients: “Dritte” (third parties) does not say who receives the data.',
      explanation: '“Dritte” covers every organisation other than you and the company. Without names or precise categories you cannot tell who holds your data or whom to ask.',
    },
    fr: {
      message: 'Destinataires non nommés : “Dritte” (des tiers) ne dit pas qui reçoit les données.',
      explanation: '« Dritte » désigne tout organisme autre que vous et l’entreprise. Sans noms ni catégories précises, vous ne savez pas qui détient vos données.',
    },
  },
  'de-an-dritte': {
    en: {
      message: 'Unnamed recipients: “an Dritte” (to third parties) does not say who receives the data.',
      explanation: 'Passed “to third parties” means to anyone other than you and the company; without names or precise categories you do not know who holds your data.',
    },
    fr: {
      message: 'Destinataires non nommés : “an Dritte” (à des tiers) ne dit pas qui reçoit les données.',
      explanation: 'Transmis « à des tiers » signifie à quiconque hors vous et l’entreprise ; sans noms ni catégories précises, vous ignorez qui détient vos données.',
    },
  },
  'de-drittanbieter': {
    en: {
      message: 'Unnamed recipients: “Drittanbieter” (third-party providers) does not name the companies.',
      explanation: 'A third-party provider can be any outside company, from a host to an ad network. The policy should name them and say which data each receives.',
    },
    fr: {
      message: 'Destinataires non nommés : “Drittanbieter” (prestataires tiers) ne nomme pas les entreprises.',
      explanation: 'Un prestataire tiers peut être n’importe quelle entreprise extérieure, de l’hébergeur à la régie publicitaire. La politique devrait les nommer.',
    },
  },
  'de-dienste-dritter': {
    en: {
      message: 'Unnamed recipients: “Dienste Dritter” (third-party services) does not say whose services are embedded.',
      explanation: 'Embedded third-party services, tools or content usually receive visitors’ data, at least the IP address. Without names it stays open who receives it.',
    },
    fr: {
      message: 'Destinataires non nommés : “Dienste Dritter” (services de tiers) ne dit pas de qui sont les services intégrés.',
      explanation: 'Les services, outils ou contenus de tiers intégrés reçoivent en général des données des visiteurs, au moins l’adresse IP.',
    },
  },
  'de-partner': {
    en: {
      message: 'Unnamed recipients: “Partner” (partners) does not say which companies receive the data.',
      explanation: '“Partners” is a business relationship, not a recipient: advertisers, resellers or data brokers may be meant, and the policy does not say which.',
    },
    fr: {
      message: 'Destinataires non nommés : “Partner” (partenaires) ne dit pas quelles entreprises reçoivent les données.',
      explanation: '« Partenaires » décrit une relation commerciale, pas un destinataire : annonceurs, revendeurs ou courtiers en données, la politique ne dit pas lesquels.',
    },
  },
  'de-ausgewaehlte-partner': {
    en: {
      message: 'Unnamed recipients: “ausgewählte Partner” (selected partners) reassures without naming anyone.',
      explanation: 'Words such as “selected” or “trustworthy” give the company’s opinion of the recipients, not their names; the selection cannot be checked.',
    },
    fr: {
      message: 'Destinataires non nommés : “ausgewählte Partner” (partenaires sélectionnés) rassure sans nommer personne.',
      explanation: 'Des mots comme « sélectionnés » ou « de confiance » expriment l’avis de l’entreprise, pas l’identité des destinataires.',
    },
  },
  'de-werbepartner': {
    en: {
      message: 'Unnamed recipients: “Werbepartner” (advertising partners) does not name the ad companies.',
      explanation: 'Advertising and marketing partners are often ad networks, exchanges and measurement firms that pass data on. Without names you cannot object to any of them.',
    },
    fr: {
      message: 'Destinataires non nommés : “Werbepartner” (partenaires publicitaires) ne nomme pas les régies.',
      explanation: 'Les partenaires publicitaires sont souvent des régies, places de marché et services de mesure qui transmettent les données à leur tour.',
    },
  },
  'de-geschaeftspartner': {
    en: {
      message: 'Unnamed recipients: “Geschäftspartner” (business partners) does not say who receives the data.',
      explanation: 'A business or cooperation partner can be almost any company the firm deals with; the label gives neither names nor roles.',
    },
    fr: {
      message: 'Destinataires non nommés : “Geschäftspartner” (partenaires commerciaux) ne dit pas qui reçoit les données.',
      explanation: 'Un partenaire commercial peut être presque n’importe quelle entreprise ; l’expression ne donne ni noms ni rôles.',
    },
  },
  'de-partnerunternehmen': {
    en: {
      message: 'Unnamed recipients: “Partnerunternehmen” (partner companies) does not name the companies.',
      explanation: '“Partner companies” leaves open which companies they are and what they do with the data.',
    },
    fr: {
      message: 'Destinataires non nommés : “Partnerunternehmen” (entreprises partenaires) ne nomme pas les entreprises.',
      explanation: '« Entreprises partenaires » ne dit pas de quelles entreprises il s’agit ni ce qu’elles font des données.',
    },
  },
  'de-verbundene-unternehmen': {
    en: {
      message: 'Unnamed recipients: “verbundene Unternehmen” (affiliated companies) does not say which entities receive the data.',
      explanation: 'Groups can have hundreds of affiliated companies in many countries; the policy does not say which receive your data or where they are.',
    },
    fr: {
      message: 'Destinataires non nommés : “verbundene Unternehmen” (sociétés affiliées) ne dit pas quelles sociétés reçoivent les données.',
      explanation: 'Un groupe peut compter des centaines de sociétés affiliées dans de nombreux pays ; la politique ne dit pas lesquelles reçoivent vos données.',
    },
  },
  'de-konzern': {
    en: {
      message: 'Unnamed recipients: “Konzernunternehmen” (group companies) does not name the entities.',
      explanation: 'Within a group each company is a recipient of its own; the policy should say which ones receive the data and in which countries.',
    },
    fr: {
      message: 'Destinataires non nommés : “Konzernunternehmen” (sociétés du groupe) ne nomme pas les sociétés.',
      explanation: 'Au sein d’un groupe, chaque société est un destinataire distinct ; la politique devrait dire lesquelles et dans quels pays.',
    },
  },
  'de-dienstleister': {
    en: {
      message: 'Unnamed recipients: “Dienstleister” (service providers) does not say which firms process the data.',
      explanation: 'Service providers often process data on the company’s behalf, but they are still recipients. Without names you do not know who holds your data.',
    },
    fr: {
      message: 'Destinataires non nommés : “Dienstleister” (prestataires) ne dit pas quelles entreprises traitent les données.',
      explanation: 'Les prestataires traitent souvent les données pour le compte de l’entreprise, mais restent des destinataires.',
    },
  },
  'de-externe-dienstleister': {
    en: {
      message: 'Unnamed recipients: “externe Dienstleister” (external service providers) does not name the firms.',
      explanation: '“External service providers” only says that data leave the company, not where to.',
    },
    fr: {
      message: 'Destinataires non nommés : “externe Dienstleister” (prestataires externes) ne nomme pas les entreprises.',
      explanation: '« Prestataires externes » dit seulement que les données sortent de l’entreprise, pas où elles vont.',
    },
  },
  'de-technische-dienstleister': {
    en: {
      message: 'Unnamed recipients: “IT-Dienstleister” (IT or hosting providers) does not say which provider holds the data.',
      explanation: 'Hosting and cloud providers often store all of a service’s data; their name and location decide which law applies and whether data leave the EU.',
    },
    fr: {
      message: 'Destinataires non nommés : “IT-Dienstleister” (prestataires informatiques ou d’hébergement) ne dit pas quel prestataire détient les données.',
      explanation: 'Les hébergeurs et fournisseurs cloud stockent souvent toutes les données ; leur nom et leur siège déterminent le droit applicable.',
    },
  },
  'de-analysedienste': {
    en: {
      message: 'Unnamed recipients: “Analysedienste” (analytics services) does not name the providers.',
      explanation: 'Analytics and tracking services receive usage data, often across devices; which provider it is decides what happens to the data.',
    },
    fr: {
      message: 'Destinataires non nommés : “Analysedienste” (services d’analyse) ne nomme pas les fournisseurs.',
      explanation: 'Les services d’analyse et de pistage reçoivent des données d’usage, souvent sur plusieurs appareils.',
    },
  },
  'de-soziale-netzwerke': {
    en: {
      message: 'Unnamed recipients: “soziale Netzwerke” (social networks) does not say which platforms receive data.',
      explanation: 'Embedded social networks often receive data as soon as the page loads; the policy should name the platforms.',
    },
    fr: {
      message: 'Destinataires non nommés : “soziale Netzwerke” (réseaux sociaux) ne dit pas quelles plateformes reçoivent des données.',
      explanation: 'Les réseaux sociaux intégrés reçoivent souvent des données dès le chargement de la page ; la politique devrait les nommer.',
    },
  },
  'de-sonstige-empfaenger': {
    en: {
      message: 'Unnamed recipients: “andere Empfänger” (other recipients) leaves the recipients open.',
      explanation: '“Other” recipients add an open-ended group to those named, so data may go to anyone not listed.',
    },
    fr: {
      message: 'Destinataires non nommés : “andere Empfänger” (autres destinataires) laisse les destinataires ouverts.',
      explanation: 'D’« autres » destinataires ajoutent un groupe ouvert à ceux qui sont nommés : les données peuvent aller à n’importe qui.',
    },
  },
  'de-behoerden': {
    en: {
      message: 'Unnamed recipients: “zuständige Behörden” (competent authorities) does not say which bodies receive data, or when.',
      explanation: 'Disclosure to authorities needs a legal basis and an occasion; “competent bodies” names neither the authority nor the obligation.',
    },
    fr: {
      message: 'Destinataires non nommés : “zuständige Behörden” (autorités compétentes) ne dit pas quels organismes reçoivent des données, ni quand.',
      explanation: 'Une communication aux autorités exige une base légale et un motif ; « autorités compétentes » ne nomme ni l’autorité ni l’obligation.',
    },
  },
  'de-datenhaendler': {
    en: {
      message: 'Unnamed recipients: “Auskunfteien” (credit agencies, data brokers) does not name the companies.',
      explanation: 'Credit agencies and data or address brokers process data further for their own purposes; which ones decides where you must ask.',
    },
    fr: {
      message: 'Destinataires non nommés : “Auskunfteien” (agences de renseignement, courtiers en données) ne nomme pas les entreprises.',
      explanation: 'Les agences de crédit et courtiers en données réutilisent les données pour leurs propres fins.',
    },
  },
  'de-erwerber': {
    en: {
      message: 'Unnamed recipients: “Erwerber” (acquirers) leaves open who receives the data in a sale.',
      explanation: 'In mergers or sales, data go to companies nobody knows today; the policy should say whether and how you are told first.',
    },
    fr: {
      message: 'Destinataires non nommés : “Erwerber” (acquéreurs) laisse ouvert qui reçoit les données en cas de vente.',
      explanation: 'Lors d’une fusion ou d’une vente, les données vont à des entreprises inconnues aujourd’hui ; la politique devrait dire si vous serez prévenu.',
    },
  },
  'de-berater': {
    en: {
      message: 'Unnamed recipients: “Berater” (advisers) does not say which firm receives data.',
      explanation: 'Lawyers, auditors and tax advisers are recipients of their own; a category can suffice but should say which data they receive.',
    },
    fr: {
      message: 'Destinataires non nommés : “Berater” (conseillers) ne dit pas quel cabinet reçoit des données.',
      explanation: 'Avocats, auditeurs et conseillers fiscaux sont des destinataires à part entière ; la politique devrait dire quelles données ils reçoivent.',
    },
  },
  'de-unterauftragnehmer': {
    en: {
      message: 'Unnamed recipients: “Subunternehmer” (subcontractors) does not name the further processors.',
      explanation: 'Subcontractors are second-tier recipients: your data go on through the provider. A list with names makes this checkable.',
    },
    fr: {
      message: 'Destinataires non nommés : “Subunternehmer” (sous-traitants) ne nomme pas les sous-traitants ultérieurs.',
      explanation: 'Les sous-traitants ultérieurs reçoivent vos données par l’intermédiaire du prestataire ; une liste nominative permet de le vérifier.',
    },
  },
  'de-auftragsverarbeiter': {
    en: {
      message: 'Unnamed recipients: “Auftragsverarbeiter” (processors) does not say which firms process on the company’s behalf.',
      explanation: 'Processors receive your data too; if they are not named, it stays open who actually stores and processes it.',
    },
    fr: {
      message: 'Destinataires non nommés : “Auftragsverarbeiter” (sous-traitants) ne dit pas quelles entreprises traitent pour le compte de la société.',
      explanation: 'Les sous-traitants reçoivent aussi vos données ; sans noms, on ignore qui les stocke et les traite réellement.',
    },
  },
  'de-zahlungsdienstleister': {
    en: {
      message: 'Unnamed recipients: “Zahlungsdienstleister” (payment or delivery providers) does not name the provider.',
      explanation: 'Payment and delivery providers receive name, address or account data; they are usually a few known firms that are easy to name.',
    },
    fr: {
      message: 'Destinataires non nommés : “Zahlungsdienstleister” (prestataires de paiement ou de livraison) ne nomme pas le prestataire.',
      explanation: 'Les prestataires de paiement et de livraison reçoivent nom, adresse ou données bancaires ; ils sont faciles à nommer.',
    },
  },
  'de-plattformbetreiber': {
    en: {
      message: 'Unnamed recipients: “jeweiligen Anbieter” (the respective provider) does not say which provider is meant.',
      explanation: '“The respective provider” points to a list that is often missing; without names it stays open who receives data.',
    },
    fr: {
      message: 'Destinataires non nommés : “jeweiligen Anbieter” (le fournisseur concerné) ne dit pas de quel fournisseur il s’agit.',
      explanation: '« Le fournisseur concerné » renvoie à une liste souvent absente ; sans noms, on ignore qui reçoit les données.',
    },
  },
  'de-andere-nutzer': {
    en: {
      message: 'Unnamed recipients: “andere Nutzer” (other users) does not say who can see the data.',
      explanation: 'What is shown to other users or the public can be reused by anyone; the policy should say which data are visible.',
    },
    fr: {
      message: 'Destinataires non nommés : “andere Nutzer” (autres utilisateurs) ne dit pas qui peut voir les données.',
      explanation: 'Ce qui est montré aux autres utilisateurs ou au public peut être réutilisé par n’importe qui.',
    },
  },
  'de-lieferanten': {
    en: {
      message: 'Unnamed recipients: “Lieferanten” (suppliers) does not name the companies.',
      explanation: 'A company’s suppliers and vendors are recipients once they receive data; which ones stays open.',
    },
    fr: {
      message: 'Destinataires non nommés : “Lieferanten” (fournisseurs) ne nomme pas les entreprises.',
      explanation: 'Les fournisseurs deviennent destinataires dès qu’ils reçoivent des données.',
    },
  },
  'de-empfaengerkategorien': {
    en: {
      message: 'Unnamed recipients: “Kategorien von Empfängern” (categories of recipients) gives only categories.',
      explanation: 'Categories instead of names are only acceptable if precise enough; check whether they are given.',
    },
    fr: {
      message: 'Destinataires non nommés : “Kategorien von Empfängern” (catégories de destinataires) ne donne que des catégories.',
      explanation: 'Des catégories au lieu de noms ne suffisent que si elles sont assez précises.',
    },
  },
  'de-drittlaender': {
    en: {
      message: 'Unnamed recipients: “Drittländer” (third countries) does not say which countries the data go to.',
      explanation: 'Whether a third country offers adequate protection depends on the country; the policy should name the countries and the safeguards.',
    },
    fr: {
      message: 'Destinataires non nommés : “Drittländer” (pays tiers) ne dit pas vers quels pays vont les données.',
      explanation: 'Le niveau de protection d’un pays tiers dépend du pays ; la politique devrait nommer les pays et les garanties.',
    },
  },
};
