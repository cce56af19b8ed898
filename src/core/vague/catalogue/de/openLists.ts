// Offene Aufzählungen: „insbesondere“, „u. a.“, „usw.“ machen aus einer Liste ein Beispiel.
import type { Rule } from '../../ruleSchema';
import { DSGVO_ART_13_1_C, DSGVO_ART_14_1_D } from './legalHooks';
import type { UiTable } from './uiText';

export const RULES: Rule[] = [
  {
    id: 'de-insbesondere',
    patterns: ['insbesondere', 'insb.', 'insbes.'],
    category: 'open-lists',
    severity: 'off',
    message: 'Offene Aufzählung: „insbesondere“ nennt nur einen Teil.',
    explanation: '„Insbesondere“ leitet Beispiele ein; die vollständige Liste bleibt offen. Ob weitere Daten, Empfänger oder Zwecke dazugehören, erfahren Sie nicht.',
    question: 'Was gehört außer den genannten Beispielen noch dazu, vollständig aufgezählt?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-unter-anderem',
    patterns: ['unter anderem', 'unter anderen', 'u. a.', 'u.a.', 'u. a. m.', 'und anderes mehr', 'und andere mehr'],
    category: 'open-lists',
    severity: 'information',
    message: 'Offene Aufzählung: „unter anderem“ lässt offen, was noch dazugehört.',
    explanation: '„Unter anderem“ sagt ausdrücklich, dass die Liste nicht vollständig ist. Der Rest bleibt ungenannt.',
    question: 'Was gehört außer dem Genannten noch dazu, vollständig aufgezählt?',
    legalHook: DSGVO_ART_13_1_C,
    notFollowedBy: '^\\s+(?:die|eine)\\s+Möglichkeit(?![\\p{L}])',
    // "bieten Dir unter anderem die Möglichkeit zu spenden": features offered to the user, not a list of data or uses.
  },
  {
    id: 'de-zum-beispiel',
    patterns: ['zum beispiel', 'z. b.', 'z.b.', 'z b.', 'beispielsweise', 'bspw.', 'beispielhaft', 'exemplarisch'],
    category: 'open-lists',
    severity: 'off',
    message: 'Offene Aufzählung: „zum Beispiel“ nennt nur Beispiele.',
    explanation: 'Beispiele veranschaulichen, ersetzen aber nicht die vollständige Angabe. Prüfen Sie, ob die vollständige Liste an anderer Stelle steht.',
    question: 'Ist das die vollständige Liste, oder was gehört noch dazu?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-usw',
    patterns: ['usw.', 'u. s. w.', 'etc.', 'u. ä.', 'u.ä.', 'o. ä.', 'o.ä.', 'und ähnliche(s|n|)', 'oder ähnliche(s|n|)', 'und dergleichen', 'u. dgl.', 'und so weiter', 'und vieles mehr', 'und mehr'],
    category: 'open-lists',
    severity: 'information',
    message: 'Offene Aufzählung: „usw.“ lässt die Liste offen.',
    explanation: '„Usw.“, „etc.“ oder „o. Ä.“ am Ende einer Aufzählung heißt: Es kann noch mehr sein, und Sie erfahren nicht, was.',
    question: 'Was gehört hinter „usw.“ noch dazu, vollständig aufgezählt?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-nicht-abschliessend',
    patterns: [
      'nicht abschließend',
      'nicht abschliessend',
      'nicht abschließende(n|)',
      'nicht abschliessende(n|)',
      'nicht beschränkt auf',
      'aber nicht beschränkt auf',
      'ohne darauf beschränkt zu sein',
      'ohne sich darauf zu beschränken',
      'ohne (hierauf|darauf) beschränkt zu sein',
      'aber nicht ausschließlich',
      'jedoch nicht ausschließlich',
      'nicht ausschließlich',
    ],
    category: 'open-lists',
    severity: 'warning',
    message: 'Offene Aufzählung: „nicht abschließend“ erklärt die Liste selbst für unvollständig.',
    explanation: 'Eine ausdrücklich „nicht abschließende“ Liste gibt dem Unternehmen Raum für alles, was nicht genannt ist.',
    question: 'Welche weiteren Punkte, die nicht in der Liste stehen, gehören noch dazu?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-einschliesslich',
    patterns: ['einschließlich', 'einschliesslich', 'inklusive', 'darunter'],
    category: 'open-lists',
    severity: 'off',
    message: 'Offene Aufzählung: „einschließlich“ nennt nur einen Teil.',
    explanation: '„Einschließlich“ oder „darunter“ zählt auf, was jedenfalls dazugehört, nicht was sonst noch.',
    question: 'Was gehört außer dem Genannten noch dazu?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-und-andere',
    patterns: [
      '(und|oder|sowie) (andere|anderen|sonstige|sonstigen|weitere|weiteren) (plattformen|dienste|diensten|kanäle|kanälen|quellen|technologien|tools|websites|webseiten)',
      '(und|oder|sowie) (andere|anderen|sonstige|sonstigen|weitere|weiteren) (produkte|produkten|angebote|angeboten|geräte|geräten|medien|anwendungen|funktionen)',
    ],
    category: 'open-lists',
    severity: 'warning',
    message: 'Offene Aufzählung: „und andere Plattformen“ hängt eine offene Gruppe an.',
    explanation: 'Am Ende einer Aufzählung macht „und andere …“ die Liste offen. Was dazugehört, bleibt ungenannt.',
    question: 'Welche weiteren gehören dazu, vollständig aufgezählt?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-quellen-wie',
    patterns: [
      '(quellen|plattformen|dienste|diensten|anbieter|anbietern|drittanbieter|drittanbietern|partner|partnern|unternehmen|netzwerke|netzwerken|technologien|tools|werkzeuge|kanäle|kanälen) wie',
    ],
    category: 'open-lists',
    severity: 'information',
    message: 'Offene Aufzählung: „Quellen wie“ nennt nur Beispiele.',
    explanation: '„… wie X und Y“ nennt Beispiele einer Gruppe, deren übrige Mitglieder ungenannt bleiben.',
    question: 'Welche gehören außer den genannten Beispielen noch dazu?',
    legalHook: DSGVO_ART_13_1_C,
    // "wie folgt", "wie oben" and comparisons ("wie in Abschnitt 3") do not open a list.
    notFollowedBy: '^\\s+(?:folgt|oben|unten|beschrieben|in|im|bei|beim|zuvor|bereits|dargestellt|genannt|z\\.)(?![\\p{L}])',
  },
  {
    id: 'de-aehnliche-technologien',
    patterns: [
      '(ähnliche|ähnlichen|vergleichbare|vergleichbaren|verwandte|verwandten) (technologien|techniken|tools|werkzeuge|verfahren|mechanismen|dienste|diensten)',
      '(cookies|cookie) und (ähnliche|ähnlichen|vergleichbare|vergleichbaren|andere|anderen) (technologien|techniken|tools|werkzeuge|verfahren)',
    ],
    category: 'open-lists',
    severity: 'warning',
    message: 'Offene Aufzählung: „ähnliche Technologien“ sagt nicht, welche Techniken eingesetzt werden.',
    explanation: 'Hinter „ähnlichen Technologien“ können Zählpixel, Fingerprinting oder SDKs stehen. Welche es sind und was sie erfassen, bleibt offen.',
    question: 'Welche Technologien setzen Sie außer Cookies ein, und welche Daten erfassen sie?',
    legalHook: DSGVO_ART_14_1_D,
  },
  {
    id: 'de-vor-allem',
    patterns: ['vor allem', 'hauptsächlich', 'in erster linie', 'primär', 'vorwiegend', 'vornehmlich'],
    category: 'open-lists',
    severity: 'off',
    message: 'Offene Aufzählung: „vor allem“ deutet weitere, ungenannte Fälle an.',
    explanation: '„Vor allem“ oder „hauptsächlich“ nennt den Hauptfall und verschweigt die übrigen.',
    question: 'Welche weiteren Fälle gibt es außer dem Hauptfall?',
    legalHook: DSGVO_ART_13_1_C,
  },
  {
    id: 'de-daten-wie',
    patterns: ['(daten|informationen|angaben|datenarten|datenkategorien) wie (zum beispiel|z. b.|z.b.|etwa|beispielsweise)', '(daten|informationen|angaben) wie etwa'],
    category: 'open-lists',
    severity: 'off',
    // Off by default like every hint-level rule: hints are ≥ 50% precise or off (#12); ruleSeverity turns it on.
    message: 'Offene Aufzählung: „Daten wie zum Beispiel“ nennt nur Beispiele der Daten.',
    explanation: 'Beispiele von Daten zeigen, worum es ungefähr geht, nicht welche Daten vollständig verarbeitet werden.',
    question: 'Welche Daten sind es vollständig, nicht nur beispielhaft?',
    legalHook: DSGVO_ART_14_1_D,
  },
];

export const UI: UiTable = {
  'de-insbesondere': {
    en: { message: 'Open list: “insbesondere” (in particular) names only part of it.', explanation: '“In particular” introduces examples; the full list stays open.' },
    fr: { message: 'Liste ouverte : “insbesondere” (notamment) n’en nomme qu’une partie.', explanation: '« Notamment » introduit des exemples ; la liste complète reste ouverte.' },
  },
  'de-unter-anderem': {
    en: {
      message: 'Open list: “unter anderem” (among other things) leaves open what else belongs to it.',
      explanation: '“Among other things” says outright that the list is incomplete; the rest stays unnamed.',
    },
    fr: { message: 'Liste ouverte : “unter anderem” (entre autres) laisse ouvert ce qui en fait partie.', explanation: '« Entre autres » dit ouvertement que la liste est incomplète.' },
  },
  'de-zum-beispiel': {
    en: {
      message: 'Open list: “zum Beispiel” (for example) gives only examples.',
      explanation: 'Examples illustrate but do not replace the full information; check whether the full list is given elsewhere.',
    },
    fr: { message: 'Liste ouverte : “zum Beispiel” (par exemple) ne donne que des exemples.', explanation: 'Les exemples illustrent sans remplacer l’information complète.' },
  },
  'de-usw': {
    en: { message: 'Open list: “usw.” (etc.) leaves the list open.', explanation: '“Etc.” or “or similar” at the end of a list means there may be more, and you are not told what.' },
    fr: { message: 'Liste ouverte : “usw.” (etc.) laisse la liste ouverte.', explanation: '« Etc. » ou « ou similaire » en fin de liste signifie qu’il peut y avoir plus, sans dire quoi.' },
  },
  'de-nicht-abschliessend': {
    en: { message: 'Open list: “nicht abschließend” (non-exhaustive) declares the list incomplete.', explanation: 'An expressly non-exhaustive list leaves room for anything not named.' },
    fr: {
      message: 'Liste ouverte : “nicht abschließend” (non exhaustif) déclare la liste incomplète.',
      explanation: 'Une liste expressément non exhaustive laisse place à tout ce qui n’est pas nommé.',
    },
  },
  'de-einschliesslich': {
    en: { message: 'Open list: “einschließlich” (including) names only part of it.', explanation: '“Including” lists what belongs in any case, not what else does.' },
    fr: { message: 'Liste ouverte : “einschließlich” (y compris) n’en nomme qu’une partie.', explanation: '« Y compris » énumère ce qui en fait partie en tout cas, pas le reste.' },
  },
  'de-und-andere': {
    en: {
      message: 'Open list: “und andere Plattformen” (and other platforms) adds an open-ended group.',
      explanation: 'At the end of a list, “and other …” makes it open; what belongs to it stays unnamed.',
    },
    fr: { message: 'Liste ouverte : “und andere Plattformen” (et autres plateformes) ajoute un groupe ouvert.', explanation: 'En fin de liste, « et autres … » la rend ouverte.' },
  },
  'de-quellen-wie': {
    en: { message: 'Open list: “Quellen wie” (sources such as) gives only examples.', explanation: '“… such as X and Y” gives examples of a group whose other members stay unnamed.' },
    fr: {
      message: 'Liste ouverte : “Quellen wie” (sources telles que) ne donne que des exemples.',
      explanation: '« … tels que X et Y » donne des exemples d’un groupe dont les autres membres restent inconnus.',
    },
  },
  'de-aehnliche-technologien': {
    en: {
      message: 'Open list: “ähnliche Technologien” (similar technologies) does not say which techniques are used.',
      explanation: '“Similar technologies” can mean tracking pixels, fingerprinting or SDKs; which ones and what they record stays open.',
    },
    fr: {
      message: 'Liste ouverte : “ähnliche Technologien” (technologies similaires) ne dit pas quelles techniques sont utilisées.',
      explanation: '« Technologies similaires » peut désigner pixels, empreinte numérique ou SDK.',
    },
  },
  'de-vor-allem': {
    en: { message: 'Open list: “vor allem” (above all) hints at further, unnamed cases.', explanation: '“Above all” or “mainly” names the main case and is silent on the rest.' },
    fr: { message: 'Liste ouverte : “vor allem” (surtout) laisse entendre d’autres cas non nommés.', explanation: '« Surtout » ou « principalement » nomme le cas principal et tait les autres.' },
  },
  'de-daten-wie': {
    en: {
      message: 'Open list: “Daten wie zum Beispiel” (data such as) gives only examples of the data.',
      explanation: 'Examples of data show roughly what is meant, not which data are processed in full.',
    },
    fr: {
      message: 'Liste ouverte : “Daten wie zum Beispiel” (données telles que) ne donne que des exemples.',
      explanation: 'Des exemples de données ne disent pas lesquelles sont traitées en totalité.',
    },
  },
};
