// Unbestimmte Daten: „bestimmte Daten“, „weitere Informationen“, „Nutzungsdaten“ sagen nicht, welche Daten.
import type { Rule } from '../../ruleSchema';
import { DSGVO_ART_14_1_D, DSGVO_ART_5_1_C } from './legalHooks';
import type { UiTable } from './uiText';

const DATA = '(daten|informationen|angaben)';
const PERSONAL = '(personenbezogene|personenbezogenen|persönliche|persönlichen)';
/** "Weitere Informationen finden Sie …": a pointer to more reading, not more data. */
const READING_AFTER =
  '^\\s*(?:finden|findest|erhalten|erhältst|entnehmen|entnimmst|dazu|darüber|hierzu|zu[mr]?|über|unter|siehe|auf|im|in|zur|zum|bietet|bieten|stehen|steht|gibt|lesen|liest)(?![\\p{L}])';

export const RULES: Rule[] = [
  {
    id: 'de-bestimmte-daten',
    patterns: [`(bestimmte|bestimmten|bestimmter|gewisse|gewissen|gewisser) ${PERSONAL} ${DATA}`, `(bestimmte|bestimmten|bestimmter|gewisse|gewissen|gewisser) ${DATA}`],
    category: 'unspecific-data',
    severity: 'information',
    message: 'Unbestimmte Daten: „bestimmte Daten“ sagt nicht, welche.',
    explanation: '„Bestimmte“ oder „gewisse“ Daten sind gerade nicht bestimmt. Welche Daten verarbeitet werden, bleibt offen.',
    question: 'Welche Daten genau sind das, vollständig aufgezählt?',
    legalHook: DSGVO_ART_14_1_D,
    // Off at first (2/5): two of the false ones had the data listed below ("- Betroffene Daten: …", "Konkret
    // sind dies"), now lowered as specific-example (context.ts DATA_LIST_FOLLOWS). Now 2/3 shown (#14).
  },
  {
    id: 'de-einige-daten',
    patterns: [
      `(einige|einigen|einiger|manche|manchen) ${PERSONAL} ${DATA}`,
      `(einige|einigen|einiger|manche|manchen) ${DATA}`,
      `(einige|einigen|manche|manchen) (dieser|der|ihrer|deiner) ${DATA}`,
      'für einige daten',
    ],
    category: 'unspecific-data',
    severity: 'warning',
    message: 'Unbestimmte Daten: „einige dieser Daten“ sagt nicht, welche.',
    explanation: '„Einige Daten“ lässt offen, welche Daten gemeint sind und welche nicht.',
    question: 'Welche dieser Daten genau, vollständig aufgezählt?',
    legalHook: DSGVO_ART_14_1_D,
    // Warning: 3/3 judged true on the development set once the data listed below ("- Betroffene Daten: …") lowers
    // the two that were resolved (README: a rule measured at least three times at 85% or more) (#14).
  },
  {
    id: 'de-weitere-daten',
    patterns: [
      `(weitere|weiteren|zusätzliche|zusätzlichen|sonstige|sonstigen|andere|anderen) ${PERSONAL} ${DATA}`,
      `(weitere|weiteren|zusätzliche|zusätzlichen|sonstige|sonstigen) ${DATA}`,
      `noch weitere ${DATA}`,
      `manchmal (noch|auch) weitere ${DATA}`,
    ],
    category: 'unspecific-data',
    severity: 'information',
    message: 'Unbestimmte Daten: „weitere Informationen“ sagt nicht, welche Daten noch dazukommen.',
    explanation: '„Weitere“ oder „zusätzliche“ Daten fügen den genannten eine offene Gruppe hinzu.',
    question: 'Welche weiteren Daten sind das, vollständig aufgezählt, und wofür brauchen Sie sie?',
    legalHook: DSGVO_ART_14_1_D,
    notFollowedBy: `(?:${READING_AFTER})|(?:^\\s+als(?![\\p{L}]))|(?:^\\s+enthalten\\s+(?:kann|können|könnte|könnten)(?![\\p{L}]))`,
    notPrecededBy: '(?<![\\p{L}])(?:Für|für|Mehr|mehr|Detaillierte|detaillierte|Nähere|nähere|Genauere|genauere)\\s+$',
    // Off at first (2/8): the false ones were data the user chooses to give (", die Sie angeben": now lowered
    // as user-chosen), quoted Art. 4 (lowered as quoted law) and "weitere Informationen als die … werden nicht
    // gespeichert" (a comparison: notFollowedBy "als"). Now 2/2 shown (#14).
    // "Absenderadresse / E-Mail-Inhalte, die ggf. weitere personenbezogene Daten enthalten können": what a field
    // the user fills may contain, not further data the company collects (both judged not vague).
  },
  {
    id: 'de-alle-daten',
    patterns: [`(sämtliche|alle|jegliche) ${PERSONAL} ${DATA}`, `(sämtliche|jegliche) ${DATA}`],
    category: 'unspecific-data',
    severity: 'off',
    message: 'Unbestimmte Daten: „sämtliche Daten“ sagt nicht, welche Daten das sind.',
    explanation: '„Sämtliche Daten“ umfasst alles, ohne es aufzuzählen.',
    question: 'Welche Daten umfasst das konkret?',
    legalHook: DSGVO_ART_5_1_C,
  },
  {
    id: 'de-grundlegende-daten',
    patterns: [`(grundlegende|grundlegenden|grundlegender) ${DATA}`, 'basisdaten', 'basisinformationen', `(allgemeine|allgemeinen) (nutzungsdaten|gerätedaten|geräteinformationen)`],
    category: 'unspecific-data',
    severity: 'warning',
    message: 'Unbestimmte Daten: „grundlegende Informationen“ sagt nicht, welche.',
    explanation: 'Was „grundlegend“ ist, bestimmt das Unternehmen. Die Daten sollten aufgezählt sein.',
    question: 'Welche grundlegenden Informationen sind das genau?',
    legalHook: DSGVO_ART_14_1_D,
  },
  {
    id: 'de-technische-daten',
    patterns: ['(technische|technischen) (daten|informationen|angaben|zugriffsdaten|nutzungsdaten|merkmale)', 'technisch (notwendige|notwendigen|erforderliche|erforderlichen) (daten|informationen)'],
    category: 'unspecific-data',
    severity: 'off',
    message: 'Unbestimmte Daten: „technische Daten“ sagt nicht, welche.',
    explanation: '„Technische Daten“ reicht von der Browserversion bis zu eindeutigen Gerätekennungen. Prüfen Sie, ob die Daten aufgezählt sind.',
    question: 'Welche technischen Daten erfassen Sie genau, und sind sie auf mich oder mein Gerät beziehbar?',
    legalHook: DSGVO_ART_14_1_D,
  },
  {
    id: 'de-geraeteinformationen',
    patterns: ['geräteinformationen', 'gerätedaten', 'geräteidentifikatoren', 'gerätekennung(en|)', 'geräte ids', 'geräte id', `${DATA} (über|zu) ihr(em|) gerät`],
    category: 'unspecific-data',
    severity: 'off',
    message: 'Unbestimmte Daten: „Geräteinformationen“ sagt nicht, welche Geräte-Daten erfasst werden.',
    explanation: 'Geräteinformationen können harmlos sein oder eine dauerhafte Kennung Ihres Geräts, die Sie über Dienste hinweg wiedererkennbar macht.',
    question: 'Welche Geräteinformationen erfassen Sie genau, und ist eine dauerhafte Gerätekennung dabei?',
    legalHook: DSGVO_ART_14_1_D,
  },
  {
    id: 'de-nutzungsdaten',
    patterns: ['nutzungsdaten', 'nutzungsinformationen', 'nutzungsverhalten(s|)', 'interaktionsdaten', 'verhaltensdaten', `${DATA} über (ihre|deine) (nutzung|interaktionen)`, `${DATA} zur nutzung`],
    category: 'unspecific-data',
    severity: 'off',
    message: 'Unbestimmte Daten: „Nutzungsdaten“ sagt nicht, welche Nutzung aufgezeichnet wird.',
    explanation: '„Nutzungsdaten“ kann ein Seitenaufruf sein oder jeder Klick. Welche Handlungen erfasst werden, bleibt offen.',
    question: 'Welche meiner Handlungen erfassen Sie als Nutzungsdaten, und wie lange bewahren Sie sie auf?',
    legalHook: DSGVO_ART_14_1_D,
  },
  {
    id: 'de-metadaten',
    patterns: ['metadaten', 'meta und kommunikationsdaten', 'kommunikationsdaten', 'verbindungsdaten', 'verkehrsdaten', 'protokolldaten', 'logdaten'],
    category: 'unspecific-data',
    severity: 'off',
    message: 'Unbestimmte Daten: „Metadaten“ sagt nicht, welche Daten über Ihre Kommunikation erfasst werden.',
    explanation: 'Metadaten zeigen, wer wann mit wem kommuniziert. Welche es sind, sollte aufgezählt sein.',
    question: 'Welche Metadaten erfassen Sie genau, und wie lange?',
    legalHook: DSGVO_ART_14_1_D,
  },
  {
    id: 'de-informationen-ueber-sie',
    patterns: [`${DATA} über (sie|dich|ihre person|deine person)`, `${DATA} zu (ihrer|deiner) person`, `${PERSONAL} ${DATA} über (sie|dich)`],
    category: 'unspecific-data',
    severity: 'off',
    message: 'Unbestimmte Daten: „Informationen über Sie“ sagt nicht, welche.',
    explanation: '„Informationen über Sie“ kann alles sein, was sich auf Sie bezieht. Die Daten sollten aufgezählt sein.',
    question: 'Welche Informationen über mich erhalten oder verarbeiten Sie genau?',
    legalHook: DSGVO_ART_14_1_D,
  },
  {
    id: 'de-andere-quellen',
    patterns: [
      '(aus|von) (anderen|sonstigen|weiteren|externen) quellen',
      '(aus|von) (öffentlich zugänglichen|öffentlichen|allgemein zugänglichen) quellen',
      `${DATA} (von|aus) dritten`,
      'drittquellen',
      `von (dritten|partnern|drittanbietern) (erhaltene|erhaltenen|erhalten)`,
    ],
    category: 'unspecific-data',
    severity: 'warning',
    message: 'Unbestimmte Daten: „aus anderen Quellen“ sagt nicht, woher die Daten stammen.',
    explanation: 'Stammen Daten nicht von Ihnen, muss das Unternehmen sagen, aus welcher Quelle. „Andere Quellen“ lässt das offen.',
    question: 'Aus welchen Quellen genau stammen meine Daten, und welche Daten haben Sie von dort erhalten?',
    legalHook: DSGVO_ART_14_1_D,
  },
  {
    id: 'de-kennungen',
    patterns: ['online kennung(en|)', 'onlinekennung(en|)', 'eindeutige(n|) kennung(en|)', 'werbekennung(en|)', 'werbe id(s|)', 'advertising id(s|)', 'kennungen', 'identifikatoren'],
    category: 'unspecific-data',
    severity: 'information',
    message: 'Unbestimmte Daten: „Kennungen“ sagt nicht, welche Kennungen und wie dauerhaft.',
    explanation: 'Kennungen machen Sie wiedererkennbar. Welche es sind und wie lange sie gelten, entscheidet über die Tragweite.',
    question: 'Welche Kennungen verwenden Sie genau, wie lange gelten sie, und an wen geben Sie sie weiter?',
    legalHook: DSGVO_ART_14_1_D,
  },
  {
    id: 'de-aggregierte-daten',
    patterns: [
      '(aggregierte|aggregierten|zusammengefasste|zusammengefassten) (daten|informationen|statistiken)',
      'aggregiert',
      'in aggregierter form',
      'statistische(n|) (daten|informationen|auswertungen)',
    ],
    category: 'unspecific-data',
    severity: 'off',
    message: 'Unbestimmte Daten: „aggregierte Daten“ sagt nicht, ob sie auf Sie beziehbar bleiben.',
    explanation: 'Aggregierte Daten können personenbezogen bleiben, wenn die Gruppen klein sind.',
    question: 'Wie aggregieren Sie die Daten, und können sie auf mich zurückgeführt werden?',
    legalHook: DSGVO_ART_14_1_D,
  },
  {
    id: 'de-inhalte-nutzer',
    patterns: ['von ihnen bereitgestellte(n|) inhalte', 'nutzerinhalte', 'inhaltsdaten'],
    category: 'unspecific-data',
    severity: 'off',
    message: 'Unbestimmte Daten: „Inhaltsdaten“ sagt nicht, welche Inhalte verarbeitet werden.',
    explanation: 'Inhalte können private Nachrichten, Bilder oder Dokumente sein.',
    question: 'Welche meiner Inhalte verarbeiten Sie, und wofür?',
    legalHook: DSGVO_ART_14_1_D,
  },
  {
    id: 'de-profildaten',
    patterns: ['profildaten', 'profilinformationen', 'profilangaben', 'kontoinformationen', 'kontodaten und einstellungen'],
    category: 'unspecific-data',
    severity: 'off',
    message: 'Unbestimmte Daten: „Profildaten“ sagt nicht, welche Angaben dazugehören.',
    explanation: 'Profil- oder Kontodaten können wenige Pflichtangaben oder ein umfangreiches Profil sein.',
    question: 'Welche Profil- oder Kontodaten speichern Sie genau?',
    legalHook: DSGVO_ART_14_1_D,
  },
];

export const UI: UiTable = {
  'de-bestimmte-daten': {
    en: { message: 'Unspecific data: “bestimmte Daten” (certain data) does not say which.', explanation: '“Certain” data are precisely not specified; which data are processed stays open.' },
    fr: { message: 'Données imprécises : “bestimmte Daten” (certaines données) ne dit pas lesquelles.', explanation: 'Des données « certaines » ne sont justement pas précisées.' },
  },
  'de-einige-daten': {
    en: { message: 'Unspecific data: “einige dieser Daten” (some of these data) does not say which.', explanation: '“Some data” leaves open which data are meant and which are not.' },
    fr: { message: 'Données imprécises : “einige dieser Daten” (certaines de ces données) ne dit pas lesquelles.', explanation: '« Certaines données » laisse ouvert lesquelles sont visées.' },
  },
  'de-weitere-daten': {
    en: {
      message: 'Unspecific data: “weitere Informationen” (further information) does not say which data are added.',
      explanation: '“Further” or “additional” data add an open-ended group to those named.',
    },
    fr: {
      message: 'Données imprécises : “weitere Informationen” (autres informations) ne dit pas quelles données s’ajoutent.',
      explanation: 'Des données « supplémentaires » ajoutent un groupe ouvert à celles qui sont nommées.',
    },
  },
  'de-alle-daten': {
    en: { message: 'Unspecific data: “sämtliche Daten” (all data) does not say which data these are.', explanation: '“All data” covers everything without listing it.' },
    fr: { message: 'Données imprécises : “sämtliche Daten” (toutes les données) ne dit pas de quelles données il s’agit.', explanation: '« Toutes les données » couvre tout sans rien énumérer.' },
  },
  'de-grundlegende-daten': {
    en: { message: 'Unspecific data: “grundlegende Informationen” (basic information) does not say which.', explanation: 'What is “basic” is decided by the company; the data should be listed.' },
    fr: { message: 'Données imprécises : “grundlegende Informationen” (informations de base) ne dit pas lesquelles.', explanation: 'Ce qui est « de base » est décidé par l’entreprise.' },
  },
  'de-technische-daten': {
    en: {
      message: 'Unspecific data: “technische Daten” (technical data) does not say which.',
      explanation: '“Technical data” ranges from the browser version to unique device identifiers; check whether the data are listed.',
    },
    fr: {
      message: 'Données imprécises : “technische Daten” (données techniques) ne dit pas lesquelles.',
      explanation: '« Données techniques » va de la version du navigateur à des identifiants uniques.',
    },
  },
  'de-geraeteinformationen': {
    en: {
      message: 'Unspecific data: “Geräteinformationen” (device information) does not say which device data are collected.',
      explanation: 'Device information may be harmless or a persistent identifier that makes you recognisable across services.',
    },
    fr: {
      message: 'Données imprécises : “Geräteinformationen” (informations sur l’appareil) ne dit pas lesquelles.',
      explanation: 'Ces informations peuvent être anodines ou un identifiant persistant.',
    },
  },
  'de-nutzungsdaten': {
    en: {
      message: 'Unspecific data: “Nutzungsdaten” (usage data) does not say which use is recorded.',
      explanation: '“Usage data” may be a page view or every click; which actions are recorded stays open.',
    },
    fr: {
      message: 'Données imprécises : “Nutzungsdaten” (données d’utilisation) ne dit pas quel usage est enregistré.',
      explanation: '« Données d’utilisation » peut être une page vue ou chaque clic.',
    },
  },
  'de-metadaten': {
    en: {
      message: 'Unspecific data: “Metadaten” (metadata) does not say which data about your communication are recorded.',
      explanation: 'Metadata show who communicates with whom and when; they should be listed.',
    },
    fr: { message: 'Données imprécises : “Metadaten” (métadonnées) ne dit pas lesquelles.', explanation: 'Les métadonnées montrent qui communique avec qui et quand.' },
  },
  'de-informationen-ueber-sie': {
    en: {
      message: 'Unspecific data: “Informationen über Sie” (information about you) does not say which.',
      explanation: '“Information about you” can be anything relating to you; the data should be listed.',
    },
    fr: {
      message: 'Données imprécises : “Informationen über Sie” (informations vous concernant) ne dit pas lesquelles.',
      explanation: '« Informations vous concernant » peut désigner n’importe quoi.',
    },
  },
  'de-andere-quellen': {
    en: {
      message: 'Unspecific data: “aus anderen Quellen” (from other sources) does not say where the data come from.',
      explanation: 'Where data do not come from you, the company must say from which source; “other sources” leaves that open.',
    },
    fr: {
      message: 'Données imprécises : “aus anderen Quellen” (d’autres sources) ne dit pas d’où viennent les données.',
      explanation: 'Si les données ne viennent pas de vous, l’entreprise doit en indiquer la source.',
    },
  },
  'de-kennungen': {
    en: {
      message: 'Unspecific data: “Kennungen” (identifiers) does not say which identifiers, or how persistent.',
      explanation: 'Identifiers make you recognisable; which ones and how long they last decides their reach.',
    },
    fr: { message: 'Données imprécises : “Kennungen” (identifiants) ne dit pas lesquels ni pour combien de temps.', explanation: 'Les identifiants vous rendent reconnaissable.' },
  },
  'de-aggregierte-daten': {
    en: {
      message: 'Unspecific data: “aggregierte Daten” (aggregated data) does not say whether they stay linkable to you.',
      explanation: 'Aggregated data can remain personal when groups are small.',
    },
    fr: {
      message: 'Données imprécises : “aggregierte Daten” (données agrégées) ne dit pas si elles restent rattachables à vous.',
      explanation: 'Des données agrégées peuvent rester personnelles si les groupes sont petits.',
    },
  },
  'de-inhalte-nutzer': {
    en: { message: 'Unspecific data: “Inhaltsdaten” (content data) does not say which content is processed.', explanation: 'Content can be private messages, images or documents.' },
    fr: {
      message: 'Données imprécises : “Inhaltsdaten” (données de contenu) ne dit pas quels contenus sont traités.',
      explanation: 'Les contenus peuvent être des messages privés, images ou documents.',
    },
  },
  'de-profildaten': {
    en: {
      message: 'Unspecific data: “Profildaten” (profile data) does not say which details belong to it.',
      explanation: 'Profile or account data may be a few required fields or an extensive profile.',
    },
    fr: {
      message: 'Données imprécises : “Profildaten” (données de profil) ne dit pas quelles informations en font partie.',
      explanation: 'Les données de profil peuvent être quelques champs ou un profil détaillé.',
    },
  },
};
