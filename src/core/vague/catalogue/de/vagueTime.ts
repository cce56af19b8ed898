// Unbestimmte Zeit, Speicherdauer und Bedingungen: „solange erforderlich“, „zeitnah“, „regelmäßig“.
import type { Rule } from '../../ruleSchema';
import { DSGVO_ART_5_1_E, DSGVO_ART_13_1_C, DSGVO_ART_13_2_A } from './legalHooks';
import type { UiTable } from './uiText';

export const RULES: Rule[] = [
  {
    id: 'de-solange-erforderlich',
    patterns: [
      '(solange|so lange) (dies|es|das|sie) (erforderlich|notwendig|nötig) ist',
      '(solange|so lange) (dies|es|das|sie) (erforderlich|notwendig|nötig) sind',
      '(solange|so lange|so lang) wie (erforderlich|notwendig|nötig)',
      '(solange|so lange) (erforderlich|notwendig|nötig)',
      '(so lange|so lang|solange) wie für',
      '(solange|so lange) wie (dies|es) (erforderlich|notwendig|nötig)',
      '(solange|so lange) wir (sie|diese|die daten) (benötigen|brauchen)',
      // "so lange aufbewahrt, wie es notwendig ist": the verb and comma split "so lange" from its measure (#14).
      'wie (es|dies) (erforderlich|notwendig|nötig) ist',
    ],
    category: 'vague-time',
    severity: 'warning',
    message: 'Unbestimmte Speicherdauer: „solange dies erforderlich ist“ nennt keine Frist.',
    explanation: '„Solange erforderlich“ überlässt die Speicherdauer dem Unternehmen. Die DSGVO verlangt die Dauer oder wenigstens die Kriterien, nach denen sie festgelegt wird.',
    question: 'Wie lange speichern Sie meine Daten genau, oder nach welchen Kriterien legen Sie die Dauer fest?',
    legalHook: DSGVO_ART_13_2_A,
  },
  {
    id: 'de-nicht-mehr-erforderlich',
    patterns: ['nicht mehr (erforderlich|notwendig|benötigt|benötigen|gebraucht|brauchen|nötig)', 'nicht länger (erforderlich|notwendig|benötigt|benötigen|gebraucht|brauchen|nötig)'],
    category: 'vague-time',
    severity: 'information',
    message: 'Unbestimmte Speicherdauer: „nicht mehr erforderlich“ sagt nicht, wann das ist.',
    explanation: 'Wann Daten „nicht mehr erforderlich“ sind, entscheidet das Unternehmen. Ohne Frist oder Kriterium können Sie nicht prüfen, ob gelöscht wird.',
    question: 'Nach welcher Frist oder welchem Ereignis löschen Sie meine Daten konkret?',
    legalHook: DSGVO_ART_13_2_A,
    notFollowedBy: '^[^.;\\n]{0,12}?(?:innerhalb|binnen|spätestens|nach|von)\\s+(?:von\\s+)?(?:\\d+|einem|einer|zwei|drei|sechs|zwölf)\\s+(?:Tag|Woche|Monat|Jahr|Stunde)',
    // Off at first (2/5): two false ones quoted Art. 17/18 (now lowered as quoted law), one gave the period
    // right after ("…, innerhalb von 30 Tagen"), which notFollowedBy now skips: 2/2 on the development set (#14).
  },
  {
    id: 'de-zweckwegfall',
    patterns: [
      'wegfall des (zwecks|zweckes|speicherzwecks)',
      'zweckfortfall',
      'zweckerfüllung',
      'erreichung des (zwecks|zweckes)',
      'erreichen des (zwecks|zweckes)',
      '(sobald|wenn) der zweck (entfällt|erfüllt ist|erreicht ist|weggefallen ist)',
      'zweck der speicherung entfällt',
      // "bis der Zweck für die Datenverarbeitung entfällt" (a miss at the first lint of batch-7b).
      'bis der zweck (der|für die) (speicherung|verarbeitung|datenverarbeitung) entfällt',
      'entfällt der (zweck|speicherzweck)',
    ],
    category: 'vague-time',
    severity: 'warning',
    message: 'Unbestimmte Speicherdauer: „Wegfall des Zwecks“ nennt keine Frist.',
    explanation: 'Wann ein Zweck „entfällt“, bestimmt das Unternehmen. Eine Frist oder ein prüfbares Ereignis fehlt.',
    question: 'Wann genau entfällt der Zweck, und wie viele Tage danach löschen Sie meine Daten?',
    legalHook: DSGVO_ART_13_2_A,
  },
  {
    id: 'de-angemessene-frist',
    patterns: ['angemessene(n|r|) (frist|zeitraum|zeitraums|zeit|dauer)', 'angemessener zeit', 'innerhalb einer angemessenen (frist|zeit)'],
    category: 'vague-time',
    severity: 'warning',
    message: 'Unbestimmte Zeit: „angemessene Frist“ sagt nicht, wie lange.',
    explanation: 'Was „angemessen“ ist, legt hier das Unternehmen fest. Eine Zahl fehlt.',
    question: 'Wie lang ist diese Frist in Tagen oder Monaten?',
    legalHook: DSGVO_ART_13_2_A,
  },
  {
    id: 'de-zeitnah',
    patterns: ['zeitnah', 'so schnell wie möglich', 'schnellstmöglich', 'baldmöglichst', 'so bald wie möglich', 'sobald wie möglich', 'möglichst schnell', 'umgehend', 'in kürze', 'alsbald'],
    category: 'vague-time',
    severity: 'off',
    message: 'Unbestimmte Zeit: „zeitnah“ nennt keine Frist.',
    explanation: '„Zeitnah“ oder „so schnell wie möglich“ verspricht Eile, ohne sich festzulegen.',
    question: 'Innerhalb wie vieler Tage geschieht das?',
    legalHook: DSGVO_ART_13_2_A,
  },
  {
    id: 'de-regelmaessig',
    patterns: ['regelmäßig', 'regelmässig', 'in regelmäßigen abständen', 'in regelmässigen abständen', 'periodisch', 'turnusmäßig'],
    category: 'vague-time',
    severity: 'off',
    message: 'Unbestimmte Zeit: „regelmäßig“ sagt nicht, wie oft.',
    explanation: '„Regelmäßig“ kann täglich oder jährlich heißen.',
    question: 'Wie oft genau geschieht das?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-von-zeit-zu-zeit',
    patterns: ['von zeit zu zeit', 'gelegentlich', 'hin und wieder', 'ab und zu', 'bisweilen', 'mitunter'],
    category: 'vague-time',
    severity: 'warning',
    message: 'Unbestimmte Zeit: „von Zeit zu Zeit“ sagt nicht, wann und wie oft.',
    explanation: 'Was „gelegentlich“ oder „von Zeit zu Zeit“ geschieht, geschieht ohne angekündigten Anlass. Sie erfahren nicht, wann Ihre Daten betroffen sind.',
    question: 'Wann und wie oft geschieht das, und werde ich vorher informiert?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-kurzzeitig',
    patterns: [
      'kurzzeitig',
      'kurzfristig',
      'vorübergehend',
      'für kurze zeit',
      'für einen kurzen zeitraum',
      'für kurzen zeitraum',
      'für einen begrenzten zeitraum',
      'für begrenzten zeitraum',
      'zeitweise',
      'temporär',
      'zwischenzeitlich',
    ],
    category: 'vague-time',
    severity: 'off',
    message: 'Unbestimmte Speicherdauer: „vorübergehend“ nennt keine Frist.',
    explanation: '„Vorübergehend“ oder „kurzzeitig“ kann Sekunden oder Monate bedeuten. Prüfen Sie, ob die Dauer an anderer Stelle genannt ist.',
    question: 'Wie lange genau werden die Daten dabei gespeichert?',
    legalHook: DSGVO_ART_13_2_A,
  },
  {
    id: 'de-laenger',
    patterns: [
      '(für|über) einen längeren zeitraum',
      '(für|über) längeren zeitraum',
      'längere zeit',
      'länger (gespeichert|aufbewahrt|gespeichert werden|aufbewahrt werden)',
      'darüber hinaus (gespeichert|aufbewahrt)',
      // "Eine darüber hinausgehende Speicherung ist möglich" (marked twice at the first lint of batch-7a and 7b).
      '(darüber hinausgehende|darüberhinausgehende) (speicherung|aufbewahrung)',
    ],
    category: 'vague-time',
    severity: 'warning',
    message: 'Unbestimmte Speicherdauer: „längere Zeit“ sagt nicht, wie lange.',
    explanation: '„Länger“ ist ein Vergleich ohne Maß. Die Erklärung sollte die Dauer oder das Kriterium nennen.',
    question: 'Wie lange genau, und aus welchem Grund länger?',
    legalHook: DSGVO_ART_13_2_A,
  },
  {
    id: 'de-unbestimmt',
    patterns: ['bis auf weiteres', 'auf unbestimmte zeit', 'zu einem späteren zeitpunkt', 'unbefristet', 'auf unbegrenzte zeit'],
    category: 'vague-time',
    severity: 'warning',
    message: 'Unbestimmte Speicherdauer: „bis auf weiteres“ legt kein Ende fest.',
    explanation: 'Eine Speicherung „bis auf Weiteres“ oder „auf unbestimmte Zeit“ hat kein erkennbares Ende.',
    question: 'Wann genau endet die Speicherung, und wann werden meine Daten gelöscht?',
    legalHook: DSGVO_ART_5_1_E,
  },
  {
    id: 'de-zukuenftig',
    patterns: ['in zukunft', 'in der zukunft', 'zukünftig', 'künftig'],
    category: 'vague-time',
    severity: 'off',
    message: 'Unbestimmte Zeit: „in Zukunft“ lässt offen, wann und was.',
    explanation: 'Angekündigte künftige Verarbeitungen ohne Zeitpunkt lassen sich nicht prüfen.',
    question: 'Was genau planen Sie, und werde ich vorher informiert?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-uebliche-fristen',
    patterns: [
      '(üblichen|gängigen|branchenüblichen|handelsüblichen) (fristen|zeiträume|zeiträumen|speicherfristen|löschfristen)',
      'übliche(n|) (frist|speicherdauer|löschfrist)',
      'standardmäßigen löschfristen',
    ],
    category: 'vague-time',
    severity: 'warning',
    message: 'Unbestimmte Speicherdauer: „üblichen Fristen“ nennt keine Frist.',
    explanation: 'Was „üblich“ ist, steht nirgends. Die Dauer oder ihr Kriterium muss angegeben sein.',
    question: 'Welche Frist gilt genau, in Tagen oder Monaten?',
    legalHook: DSGVO_ART_13_2_A,
  },
  {
    id: 'de-einzelfall',
    patterns: [
      'nach prüfung des einzelfalls',
      'einzelfallprüfung',
      'je nach einzelfall',
      'je nach fall',
      'von fall zu fall',
      'fallweise',
      'je nach situation',
      'je nach nutzung',
      'je nach nutzungssituation',
      'je nach funktionsumfang',
    ],
    category: 'vague-time',
    severity: 'information',
    message: 'Unbestimmte Bedingung: „je nach Einzelfall“ sagt nicht, wovon es abhängt.',
    explanation: 'Hängt die Verarbeitung „vom Einzelfall“ ab, fehlen die Kriterien, nach denen entschieden wird.',
    question: 'Nach welchen Kriterien wird im Einzelfall entschieden, und wie erfahre ich das Ergebnis?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-dauer-der-speicherung-unbestimmt',
    patterns: ['für die dauer (der|unserer|ihrer) (geschäftsbeziehung|geschäftsbeziehungen|kundenbeziehung|vertragsbeziehung)', 'für die dauer des bestehens', 'darüber hinaus nur'],
    category: 'vague-time',
    severity: 'off',
    message: 'Unbestimmte Speicherdauer: „für die Dauer der Geschäftsbeziehung“ lässt das Ende offen.',
    explanation: 'Wann eine „Geschäftsbeziehung“ endet, ist oft unklar, etwa bei Konten ohne Kündigung.',
    question: 'Wann gilt die Geschäftsbeziehung als beendet, und wann löschen Sie danach?',
    legalHook: DSGVO_ART_13_2_A,
  },
  {
    id: 'de-speicherdauer-variiert',
    patterns: ['unterschiedlich lange', 'unterschiedlich lang', 'speicherdauer variiert', 'je nach art der daten', 'je nach datenart', 'je nach kategorie', 'variiert je nach'],
    category: 'vague-time',
    severity: 'warning',
    message: 'Unbestimmte Speicherdauer: „unterschiedlich lange“ nennt keine Fristen.',
    explanation: 'Wenn die Dauer „je nach Art der Daten“ variiert, sollte die Erklärung die Dauer je Art nennen.',
    question: 'Wie lange speichern Sie welche Art meiner Daten?',
    legalHook: DSGVO_ART_13_2_A,
  },
];

export const UI: UiTable = {
  'de-solange-erforderlich': {
    en: {
      message: 'Vague retention: “solange dies erforderlich ist” (as long as necessary) names no period.',
      explanation: '“As long as necessary” leaves the retention period to the company; the GDPR requires the period or at least the criteria used to set it.',
    },
    fr: {
      message: 'Conservation vague : “solange dies erforderlich ist” (aussi longtemps que nécessaire) ne donne aucune durée.',
      explanation: '« Aussi longtemps que nécessaire » laisse la durée à l’entreprise ; le RGPD exige la durée ou ses critères.',
    },
  },
  'de-nicht-mehr-erforderlich': {
    en: {
      message: 'Vague retention: “nicht mehr erforderlich” (no longer necessary) does not say when that is.',
      explanation: 'The company decides when data are “no longer necessary”; without a period or criterion you cannot check deletion.',
    },
    fr: {
      message: 'Conservation vague : “nicht mehr erforderlich” (plus nécessaire) ne dit pas quand.',
      explanation: 'L’entreprise décide quand les données ne sont « plus nécessaires » ; sans délai ni critère, impossible de vérifier l’effacement.',
    },
  },
  'de-zweckwegfall': {
    en: {
      message: 'Vague retention: “Wegfall des Zwecks” (once the purpose lapses) names no period.',
      explanation: 'The company decides when a purpose “lapses”; a period or checkable event is missing.',
    },
    fr: {
      message: 'Conservation vague : “Wegfall des Zwecks” (disparition de la finalité) ne donne aucune durée.',
      explanation: 'L’entreprise décide quand la finalité « disparaît » ; aucun délai ni événement vérifiable.',
    },
  },
  'de-angemessene-frist': {
    en: { message: 'Vague time: “angemessene Frist” (a reasonable period) does not say how long.', explanation: 'What is “reasonable” is set here by the company; a number is missing.' },
    fr: {
      message: 'Délai vague : “angemessene Frist” (un délai raisonnable) ne dit pas combien de temps.',
      explanation: 'Ce qui est « raisonnable » est fixé par l’entreprise ; il manque un chiffre.',
    },
  },
  'de-zeitnah': {
    en: { message: 'Vague time: “zeitnah” (promptly) names no deadline.', explanation: '“Promptly” or “as soon as possible” promises speed without commitment.' },
    fr: { message: 'Délai vague : “zeitnah” (rapidement) ne fixe aucun délai.', explanation: '« Rapidement » ou « dès que possible » promet sans engager.' },
  },
  'de-regelmaessig': {
    en: { message: 'Vague time: “regelmäßig” (regularly) does not say how often.', explanation: '“Regularly” can mean daily or yearly.' },
    fr: { message: 'Délai vague : “regelmäßig” (régulièrement) ne dit pas à quelle fréquence.', explanation: '« Régulièrement » peut vouloir dire chaque jour ou chaque année.' },
  },
  'de-von-zeit-zu-zeit': {
    en: {
      message: 'Vague time: “von Zeit zu Zeit” (from time to time) does not say when or how often.',
      explanation: 'What happens “occasionally” happens without announced occasion; you do not learn when your data are affected.',
    },
    fr: { message: 'Délai vague : “von Zeit zu Zeit” (de temps en temps) ne dit ni quand ni à quelle fréquence.', explanation: 'Ce qui arrive « de temps en temps » arrive sans motif annoncé.' },
  },
  'de-kurzzeitig': {
    en: {
      message: 'Vague retention: “vorübergehend” (temporarily) names no period.',
      explanation: '“Temporarily” or “briefly” can mean seconds or months; check whether the period is given elsewhere.',
    },
    fr: { message: 'Conservation vague : “vorübergehend” (temporairement) ne donne aucune durée.', explanation: '« Temporairement » peut signifier des secondes ou des mois.' },
  },
  'de-laenger': {
    en: {
      message: 'Vague retention: “längere Zeit” (a longer time) does not say how long.',
      explanation: '“Longer” is a comparison without a measure; the policy should give the period or the criterion.',
    },
    fr: { message: 'Conservation vague : “längere Zeit” (plus longtemps) ne dit pas combien de temps.', explanation: '« Plus longtemps » est une comparaison sans mesure.' },
  },
  'de-unbestimmt': {
    en: { message: 'Vague retention: “bis auf weiteres” (until further notice) sets no end.', explanation: 'Storage “until further notice” or “indefinitely” has no visible end.' },
    fr: { message: 'Conservation vague : “bis auf weiteres” (jusqu’à nouvel ordre) ne fixe aucune fin.', explanation: 'Une conservation « jusqu’à nouvel ordre » n’a pas de fin visible.' },
  },
  'de-zukuenftig': {
    en: { message: 'Vague time: “in Zukunft” (in future) leaves open when and what.', explanation: 'Announced future processing without a date cannot be checked.' },
    fr: { message: 'Délai vague : “in Zukunft” (à l’avenir) laisse ouvert quand et quoi.', explanation: 'Un traitement futur annoncé sans date ne peut être vérifié.' },
  },
  'de-uebliche-fristen': {
    en: { message: 'Vague retention: “üblichen Fristen” (the usual periods) names no period.', explanation: 'What is “usual” is written nowhere; the period or its criterion must be given.' },
    fr: { message: 'Conservation vague : “üblichen Fristen” (les délais habituels) ne donne aucune durée.', explanation: 'Ce qui est « habituel » n’est écrit nulle part.' },
  },
  'de-einzelfall': {
    en: {
      message: 'Vague condition: “je nach Einzelfall” (case by case) does not say what it depends on.',
      explanation: 'If processing depends “on the individual case”, the criteria for deciding are missing.',
    },
    fr: { message: 'Condition vague : “je nach Einzelfall” (au cas par cas) ne dit pas de quoi cela dépend.', explanation: 'Si le traitement dépend « du cas », les critères de décision manquent.' },
  },
  'de-dauer-der-speicherung-unbestimmt': {
    en: {
      message: 'Vague retention: “für die Dauer der Geschäftsbeziehung” (for the duration of the business relationship) leaves the end open.',
      explanation: 'When a “business relationship” ends is often unclear, for example for accounts never closed.',
    },
    fr: {
      message: 'Conservation vague : “für die Dauer der Geschäftsbeziehung” (pendant la relation commerciale) laisse la fin ouverte.',
      explanation: 'La fin d’une « relation commerciale » est souvent floue.',
    },
  },
  'de-speicherdauer-variiert': {
    en: {
      message: 'Vague retention: “unterschiedlich lange” (for varying periods) names no periods.',
      explanation: 'If the period varies “by type of data”, the policy should give the period per type.',
    },
    fr: {
      message: 'Conservation vague : “unterschiedlich lange” (pendant des durées variables) ne donne aucune durée.',
      explanation: 'Si la durée varie selon le type de données, la politique devrait la donner par type.',
    },
  },
};
