// Eingeschränkte Aussagen: „können“, „gegebenenfalls“, „unter Umständen“ machen aus einer Auskunft eine Möglichkeit.
import type { Rule } from '../../ruleSchema';
import { DSGVO_ART_13_1_C, DSGVO_ART_13_1_E } from './legalHooks';
import type { UiTable } from './uiText';

const OBJECT = '(ihre|deine|diese|solche|ihre personenbezogenen|deine personenbezogenen|ihre persönlichen|personenbezogene|persönliche|die) (daten|informationen|angaben)';

export const RULES: Rule[] = [
  {
    id: 'de-koennen-weitergeben',
    patterns: [
      `(können|könnten|dürfen|kann|könnte) wir ${OBJECT}`,
      `wir (können|könnten|dürfen) ${OBJECT}`,
      '(können|könnten|kann|könnte) (an|mit) (dritte|dritten|partner|partnern|dienstleister|dienstleistern) (weitergegeben|geteilt|übermittelt|offengelegt)',
      '(weitergegeben|geteilt|übermittelt|offengelegt|weitergeleitet) werden (können|könnten)',
    ],
    category: 'hedged-modality',
    severity: 'warning',
    message: 'Eingeschränkte Aussage: „können wir Ihre Daten“ sagt nicht, ob und wann es geschieht.',
    explanation: '„Wir können Ihre Daten …“ beschreibt eine Möglichkeit, keine Praxis. Sie erfahren nicht, ob, wann und in welchem Umfang es tatsächlich geschieht.',
    question: 'Tun Sie das tatsächlich mit meinen Daten, in welchen Fällen, und an wen genau?',
    legalHook: DSGVO_ART_13_1_E,
  },
  {
    id: 'de-koennen-erheben',
    patterns: [
      '(kann|können|könnte|könnten) (mozilla|wir|das unternehmen|der anbieter) (ihre|deine) (ip adresse|daten|informationen|angaben)',
      '(kann|könnte) (mozilla|das unternehmen) (auch|zudem|außerdem|darüber hinaus) (ihre|deine) (ip adresse|daten|informationen|angaben)',
      '(können|könnten) wir (auch|zudem|außerdem|darüber hinaus) (ihre|deine) (ip adresse|daten|informationen|angaben)',
      '(kann|könnte) (mozilla|das unternehmen) (daten|informationen|angaben) (erheben|erfassen|erhalten|sammeln|speichern|nutzen|verwenden|verarbeiten)',
      '(können|könnten) wir (daten|informationen|angaben) (erheben|erfassen|erhalten|sammeln|speichern|nutzen|verwenden|verarbeiten)',
      '(kann|könnte) (mozilla|das unternehmen) (auch|zudem|außerdem) (daten|informationen|angaben) (erheben|erfassen|erhalten|sammeln|speichern|nutzen|verwenden)',
      '(können|könnten) wir (auch|zudem|außerdem) (daten|informationen|angaben) (erheben|erfassen|erhalten|sammeln|speichern|nutzen|verwenden)',
      '(erhoben|erfasst|gespeichert|genutzt|verwendet|verarbeitet|ausgewertet) werden (können|könnten|kann|könnte)',
    ],
    category: 'hedged-modality',
    severity: 'information',
    message: 'Eingeschränkte Aussage: „können erfasst werden“ lässt offen, ob die Daten tatsächlich erhoben werden.',
    explanation: 'Ob eine Verarbeitung stattfindet, ist keine Frage der Möglichkeit. Die Erklärung sollte sagen, welche Daten in welchen Fällen tatsächlich erhoben werden.',
    question: 'Erheben oder nutzen Sie diese Daten tatsächlich, und in welchen Fällen?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-gegebenenfalls',
    patterns: ['gegebenenfalls', 'ggf.', 'ggfs.', 'gegebenfalls'],
    category: 'hedged-modality',
    severity: 'off',
    message: 'Eingeschränkte Aussage: „gegebenenfalls“ sagt nicht, in welchen Fällen.',
    explanation: '„Gegebenenfalls“ knüpft eine Verarbeitung an Fälle, die nicht genannt werden. Sie können nicht erkennen, ob sie Sie betrifft.',
    question: 'In welchen Fällen genau trifft das zu, und trifft es auf mich zu?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-unter-umstaenden',
    patterns: ['unter umständen', 'u. u.', 'u.u.', 'unter bestimmten umständen', 'unter gewissen umständen', 'unter bestimmten voraussetzungen', 'in bestimmten situationen', 'in bestimmten fällen'],
    category: 'hedged-modality',
    severity: 'off',
    message: 'Eingeschränkte Aussage: „unter Umständen“ verschweigt die Umstände.',
    explanation: '„Unter Umständen“ oder „unter bestimmten Voraussetzungen“ knüpft die Verarbeitung an Bedingungen, die nicht genannt werden.',
    question: 'Unter welchen Umständen genau geschieht das, und wie erfahre ich, ob sie bei mir vorliegen?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-moeglicherweise',
    patterns: ['möglicherweise', 'eventuell', 'evtl.', 'womöglich', 'unter umständen auch', 'ggf. auch'],
    category: 'hedged-modality',
    severity: 'information',
    message: 'Eingeschränkte Aussage: „möglicherweise“ lässt offen, ob es geschieht.',
    explanation: '„Möglicherweise“ oder „eventuell“ macht aus einer Auskunft über die Verarbeitung eine Vermutung. Die Erklärung sollte sagen, was tatsächlich geschieht.',
    question: 'Geschieht das tatsächlich, und wenn ja, wann und mit welchen Daten?',
    legalHook: DSGVO_ART_13_1_C,
    // Off at first (6/14): the false ones were quoted Art. 4 (now lowered as quoted law) and possibilities about
    // the user or the user's data as subject ("Sie erhalten evtl. E-Mails", "weil Ihre Anmerkungen evtl. öffentlich
    // sind"), now lowered as other-subject (context.ts OTHER_SUBJECT). Now 6/9 shown (#14).
  },
  {
    id: 'de-vorbehalt',
    patterns: ['behalten uns vor', 'behalten uns das recht vor', 'behält sich vor', 'behält sich das recht vor', 'behalten wir uns vor', 'behalten wir uns das recht vor'],
    category: 'hedged-modality',
    severity: 'warning',
    message: 'Eingeschränkte Aussage: „behalten uns das Recht vor“ hält sich alles offen.',
    explanation: 'Ein Vorbehalt sichert dem Unternehmen ein Recht, ohne zu sagen, wann es davon Gebrauch macht. Für Sie bleibt offen, was künftig mit den Daten geschieht.',
    question: 'In welchen Fällen machen Sie von diesem Vorbehalt Gebrauch, und werde ich vorher informiert?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-wenn-moeglich',
    patterns: ['wenn möglich', 'soweit möglich', 'so weit wie möglich', 'so weit möglich', 'nach möglichkeit', 'sofern möglich', 'wo möglich', 'falls möglich'],
    category: 'hedged-modality',
    severity: 'information',
    message: 'Eingeschränkte Aussage: „soweit möglich“ macht aus einer Zusage ein Bemühen.',
    explanation: '„Soweit möglich“ oder „wir bemühen uns“ sagt nicht, was geschieht, wenn es nicht möglich ist, und wer das entscheidet.',
    question: 'Was geschieht, wenn es nicht möglich ist, und wer entscheidet das?',
    legalHook: DSGVO_ART_13_1_C,
    // Off at first (2/5): the three false ones stood under a heading on the user's rights (Art. 15 paraphrased,
    // a promise under "Widerspruchsrecht"), now lowered as user-rights (context.ts RIGHTS_HEADING). Now 2/3 shown (#14).
  },
  {
    id: 'de-kann-vorkommen',
    patterns: ['es kann vorkommen', 'kann es vorkommen', 'es kann sein', 'kann es sein', 'es ist möglich', 'es ist nicht ausgeschlossen', 'nicht ausgeschlossen werden', 'nicht auszuschließen'],
    category: 'hedged-modality',
    // Off like the English there-may-be: what "can happen" is mostly something the app does for the user
    // (0/1 judged true on the development set, #14). A setting can switch it on.
    severity: 'off',
    message: 'Eingeschränkte Aussage: „es kann vorkommen“ lässt offen, wie oft und wann.',
    explanation: 'Was „vorkommen kann“, kann selten oder ständig geschehen. Die Erklärung sollte die Fälle nennen.',
    question: 'In welchen Fällen und wie oft kommt das vor, und betrifft es meine Daten?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-ermessen',
    patterns: [
      'nach (unserem|eigenem|freiem|alleinigem|billigem) ermessen',
      'nach unserer (wahl|einschätzung)',
      '(falls|wenn|sofern|soweit) wir (der ansicht|der meinung|der auffassung) sind',
      '(falls|wenn|sofern|soweit) wir (dies|es) für (erforderlich|notwendig|angemessen|sinnvoll) halten',
      'wenn wir glauben',
      'wenn wir in gutem glauben',
    ],
    category: 'hedged-modality',
    severity: 'warning',
    message: 'Eingeschränkte Aussage: „nach unserem Ermessen“ überlässt die Entscheidung dem Unternehmen.',
    explanation: 'Hängt eine Verarbeitung vom Ermessen oder der Ansicht des Unternehmens ab, gibt es für Sie keinen erkennbaren Maßstab.',
    question: 'Nach welchen Kriterien entscheiden Sie darüber, und wie erfahre ich von der Entscheidung?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-grundsaetzlich',
    patterns: ['grundsätzlich', 'grundsaetzlich', 'im grundsatz', 'prinzipiell'],
    category: 'hedged-modality',
    severity: 'information',
    message: 'Eingeschränkte Aussage: „grundsätzlich“ deutet Ausnahmen an, ohne sie zu nennen.',
    explanation: 'Im juristischen Deutsch heißt „grundsätzlich“: in der Regel, mit Ausnahmen. Welche Ausnahmen das sind, verschweigt die Erklärung.',
    question: 'Welche Ausnahmen gibt es von diesem Grundsatz, und in welchen Fällen gelten sie?',
    legalHook: DSGVO_ART_13_1_C,
    notPrecededBy: '(?<![\\p{L}])richte[nt]?\\s+sich\\s+$',
    // "Unser Angebot richtet sich grundsätzlich an Personen ab 16": the audience, not a practice with data.
  },
  {
    id: 'de-in-der-regel',
    patterns: ['in der regel', 'in aller regel', 'i. d. r.', 'i.d.r.', 'im regelfall', 'normalerweise', 'üblicherweise', 'typischerweise', 'gewöhnlich'],
    category: 'hedged-modality',
    severity: 'off',
    message: 'Eingeschränkte Aussage: „in der Regel“ lässt die Ausnahmen offen.',
    explanation: '„In der Regel“ beschreibt den Normalfall und verschweigt die anderen Fälle. Für Sie bleibt offen, ob Ihre Daten zu den Ausnahmen gehören.',
    question: 'Welche Ausnahmen gibt es, und wann gehören meine Daten dazu?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-bei-bedarf',
    patterns: [
      'bei bedarf',
      'falls erforderlich',
      'falls notwendig',
      'falls nötig',
      'wenn nötig',
      'wenn erforderlich',
      'wenn notwendig',
      'sofern erforderlich',
      'sofern notwendig',
      'wo erforderlich',
      'wo nötig',
      'erforderlichenfalls',
      'notfalls',
    ],
    category: 'hedged-modality',
    severity: 'information',
    message: 'Eingeschränkte Aussage: „bei Bedarf“ sagt nicht, wer den Bedarf feststellt.',
    explanation: '„Bei Bedarf“ oder „falls erforderlich“ knüpft die Verarbeitung an einen Bedarf, den das Unternehmen selbst bestimmt.',
    question: 'Wann genau besteht dieser Bedarf, und wer stellt ihn fest?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-bemuehen',
    patterns: ['versuchen wir', 'wir versuchen', 'bemühen uns', 'bemühen wir uns', 'nach kräften', 'nach bestem wissen', 'nach bestem wissen und gewissen', 'wir streben an', 'streben wir an'],
    category: 'hedged-modality',
    severity: 'information',
    message: 'Eingeschränkte Aussage: „wir bemühen uns“ verspricht nur ein Bemühen.',
    explanation: 'Ein Bemühen ist keine Zusage. Die Erklärung sagt nicht, was geschieht, wenn es nicht gelingt.',
    question: 'Was genau sagen Sie verbindlich zu, und was geschieht, wenn es nicht gelingt?',
    legalHook: DSGVO_ART_13_1_C,
  },
];

export const UI: UiTable = {
  'de-koennen-weitergeben': {
    en: {
      message: 'Hedged statement: “können wir Ihre Daten” (we may … your data) does not say whether or when it happens.',
      explanation: '“We may … your data” describes a possibility, not a practice; you do not learn whether, when or how far it actually happens.',
    },
    fr: {
      message: 'Formulation prudente : “können wir Ihre Daten” (nous pouvons … vos données) ne dit pas si ni quand cela arrive.',
      explanation: '« Nous pouvons … vos données » décrit une possibilité, pas une pratique.',
    },
  },
  'de-koennen-erheben': {
    en: {
      message: 'Hedged statement: “können erfasst werden” (may be collected) leaves open whether the data are actually collected.',
      explanation: 'Whether processing happens is not a matter of possibility; the policy should say which data are actually collected and when.',
    },
    fr: {
      message: 'Formulation prudente : “können erfasst werden” (peuvent être collectées) laisse ouvert si les données sont réellement collectées.',
      explanation: 'La politique devrait dire quelles données sont réellement collectées et dans quels cas.',
    },
  },
  'de-gegebenenfalls': {
    en: {
      message: 'Hedged statement: “gegebenenfalls” (where applicable) does not say in which cases.',
      explanation: '“Where applicable” ties processing to cases that are not named; you cannot tell whether it concerns you.',
    },
    fr: {
      message: 'Formulation prudente : “gegebenenfalls” (le cas échéant) ne dit pas dans quels cas.',
      explanation: '« Le cas échéant » lie le traitement à des cas non nommés ; vous ne savez pas s’il vous concerne.',
    },
  },
  'de-unter-umstaenden': {
    en: {
      message: 'Hedged statement: “unter Umständen” (under certain circumstances) hides the circumstances.',
      explanation: '“Under certain circumstances” or “under certain conditions” ties processing to conditions that are not named.',
    },
    fr: {
      message: 'Formulation prudente : “unter Umständen” (dans certaines circonstances) tait les circonstances.',
      explanation: '« Dans certaines circonstances » lie le traitement à des conditions non nommées.',
    },
  },
  'de-moeglicherweise': {
    en: {
      message: 'Hedged statement: “möglicherweise” (possibly) leaves open whether it happens.',
      explanation: '“Possibly” or “perhaps” turns information about processing into a guess; the policy should say what actually happens.',
    },
    fr: {
      message: 'Formulation prudente : “möglicherweise” (éventuellement) laisse ouvert si cela arrive.',
      explanation: '« Éventuellement » transforme une information sur le traitement en supposition.',
    },
  },
  'de-vorbehalt': {
    en: {
      message: 'Hedged statement: “behalten uns das Recht vor” (we reserve the right) keeps every option open.',
      explanation: 'A reservation secures a right for the company without saying when it will use it; what happens to your data later stays open.',
    },
    fr: {
      message: 'Formulation prudente : “behalten uns das Recht vor” (nous nous réservons le droit) garde toutes les options ouvertes.',
      explanation: 'Une réserve garantit un droit à l’entreprise sans dire quand elle en usera.',
    },
  },
  'de-wenn-moeglich': {
    en: {
      message: 'Hedged statement: “soweit möglich” (where possible) turns a commitment into an effort.',
      explanation: '“Where possible” or “we try” does not say what happens when it is not possible, or who decides.',
    },
    fr: {
      message: 'Formulation prudente : “soweit möglich” (dans la mesure du possible) transforme un engagement en simple effort.',
      explanation: '« Dans la mesure du possible » ne dit pas ce qui se passe quand ce n’est pas possible, ni qui en décide.',
    },
  },
  'de-kann-vorkommen': {
    en: {
      message: 'Hedged statement: “es kann vorkommen” (it may happen) leaves open how often and when.',
      explanation: 'What “may happen” may happen rarely or all the time; the policy should name the cases.',
    },
    fr: {
      message: 'Formulation prudente : “es kann vorkommen” (il peut arriver) laisse ouvert quand et à quelle fréquence.',
      explanation: 'Ce qui « peut arriver » peut être rare ou constant ; la politique devrait nommer les cas.',
    },
  },
  'de-ermessen': {
    en: {
      message: 'Hedged statement: “nach unserem Ermessen” (at our discretion) leaves the decision to the company.',
      explanation: 'If processing depends on the company’s discretion or opinion, there is no standard you can check.',
    },
    fr: {
      message: 'Formulation prudente : “nach unserem Ermessen” (à notre discrétion) laisse la décision à l’entreprise.',
      explanation: 'Si le traitement dépend de l’appréciation de l’entreprise, aucun critère vérifiable ne s’applique.',
    },
  },
  'de-grundsaetzlich': {
    en: {
      message: 'Hedged statement: “grundsätzlich” (as a rule) implies exceptions without naming them.',
      explanation: 'In German legal usage “grundsätzlich” means “as a rule, with exceptions”; the policy does not say which.',
    },
    fr: {
      message: 'Formulation prudente : “grundsätzlich” (en principe) sous-entend des exceptions sans les nommer.',
      explanation: 'En allemand juridique, « grundsätzlich » signifie « en règle générale, sauf exceptions » ; la politique ne dit pas lesquelles.',
    },
  },
  'de-in-der-regel': {
    en: {
      message: 'Hedged statement: “in der Regel” (as a rule) leaves the exceptions open.',
      explanation: '“As a rule” describes the normal case and says nothing of the others; you cannot tell whether your data are among the exceptions.',
    },
    fr: { message: 'Formulation prudente : “in der Regel” (en règle générale) laisse les exceptions ouvertes.', explanation: '« En règle générale » décrit le cas normal et tait les autres.' },
  },
  'de-bei-bedarf': {
    en: {
      message: 'Hedged statement: “bei Bedarf” (if needed) does not say who decides the need.',
      explanation: '“If needed” or “if necessary” ties processing to a need the company defines itself.',
    },
    fr: {
      message: 'Formulation prudente : “bei Bedarf” (si nécessaire) ne dit pas qui constate le besoin.',
      explanation: '« Si nécessaire » lie le traitement à un besoin que l’entreprise définit elle-même.',
    },
  },
  'de-bemuehen': {
    en: { message: 'Hedged statement: “wir bemühen uns” (we endeavour) promises only an effort.', explanation: 'An effort is not a commitment; the policy does not say what happens if it fails.' },
    fr: {
      message: 'Formulation prudente : “wir bemühen uns” (nous nous efforçons) ne promet qu’un effort.',
      explanation: 'Un effort n’est pas un engagement ; la politique ne dit pas ce qui se passe en cas d’échec.',
    },
  },
};
