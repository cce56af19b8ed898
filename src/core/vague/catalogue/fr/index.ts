// PLACEHOLDER French rule module, three rules, for the language plumbing's tests (#14). The French
// catalogue (written in parallel) replaces this file whole: it exports the same three names with
// the same types (LanguageRuleModule<Rule>, context/languageContext.ts). Built as its own file,
// dist/catalogue/fr.js, and loaded only when a document has French blocks (vague/ruleModules.ts).
import type { LanguageContextTables, LanguageRuleModule } from '../../context/languageContext';
import type { Rule } from '../../ruleSchema';

export const CATALOGUE: readonly Rule[] = [
  {
    id: 'fr-tiers',
    patterns: ['des tiers', 'tiers', 'nos partenaires'],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Destinataires non nommés : “des tiers” ne dit pas qui reçoit les données.',
    explanation: '« Des tiers » peut désigner n’importe quelle entreprise ; sans noms ni catégories, personne ne sait où vont les données.',
    question: 'À quels tiers communiquez-vous mes données (noms ou catégories précises) ?',
  },
  {
    id: 'fr-interet-legitime',
    patterns: ["(l'|)interet(s|) legitime(s|)", 'nos interets legitimes'],
    category: 'vague-legal-basis',
    severity: 'warning',
    message: 'Base juridique vague : “intérêt légitime” sans nommer l’intérêt poursuivi.',
    explanation: 'Qui invoque l’intérêt légitime doit dire quel intérêt il poursuit.',
    question: 'Quel intérêt légitime poursuivez-vous précisément avec ce traitement ?',
  },
  {
    id: 'fr-le-cas-echeant',
    patterns: ['le cas echeant'],
    category: 'hedged-modality',
    severity: 'information',
    message: 'Réserve : “le cas échéant” laisse ouvert quand cela arrive.',
    explanation: '« Le cas échéant » ne dit pas dans quelles circonstances le traitement a lieu.',
    question: 'Dans quelles circonstances précises ce traitement a-t-il lieu ?',
  },
];

export const UI_TEXT: LanguageRuleModule<Rule>['UI_TEXT'] = {
  'fr-tiers': {
    en: { message: 'Unnamed recipients: “des tiers” (third parties) does not say who receives the data.', explanation: '“Des tiers” can be any company; without names or categories no one knows where the data goes.' },
    de: { message: 'Ungenannte Empfänger: “des tiers” (Dritte) sagt nicht, wer die Daten erhält.', explanation: '„Des tiers“ kann jedes Unternehmen sein; ohne Namen oder Kategorien weiß niemand, wohin die Daten gehen.' },
  },
  'fr-interet-legitime': {
    en: { message: 'Vague legal basis: “intérêt légitime” (legitimate interest) without naming the interest.', explanation: 'A company relying on legitimate interests has to say which interest it pursues.' },
    de: { message: 'Unbestimmte Rechtsgrundlage: “intérêt légitime” (berechtigtes Interesse) ohne das Interesse zu nennen.', explanation: 'Wer sich auf berechtigte Interessen stützt, muss sagen, welches Interesse verfolgt wird.' },
  },
  'fr-le-cas-echeant': {
    en: { message: 'Hedge: “le cas échéant” (where applicable) leaves open when it happens.', explanation: '“Le cas échéant” does not say under which circumstances the processing takes place.' },
    de: { message: 'Vorbehalt: “le cas échéant” (gegebenenfalls) lässt offen, wann es geschieht.', explanation: '„Le cas échéant“ sagt nicht, unter welchen Umständen die Verarbeitung stattfindet.' },
  },
};

export const CONTEXT: LanguageContextTables = {
  clauseBreak: /(?:(?<!\p{L})(?:mais|cependant|toutefois|sauf|à moins que|si|lorsque|quand)(?!\p{L})|[;:()\u2014]|\s[\u2013-]\s)/giu,
  trigger: /(?<!\p{L})(?:ne|n['’](?=\p{L})|pas|jamais|aucun(?:e|s|es)?|ni|sans|uniquement|seulement|exclusivement)(?!\p{L})/iu,
  pseudoTrigger: /(?<!\p{L})(?:non seulement|pas seulement|sans s['’]y limiter|pas limitée? à|non limitativement)(?!\p{L})/giu,
  negatedPredicate: /^[ \t]*(?:[,)][ \t]*)?(?:n['’](?:ont|auront|a)|ne (?:peuvent|pourront|reçoivent|recevront))(?!\p{L})/iu,
  userActing: /(?<!\p{L})(?:vous pouvez|vous avez le droit|votre droit|vos droits|droit d['’]accès|droit d['’]opposition)(?!\p{L})/iu,
  clarifier: /(?:à savoir|c['’]est-à-dire|en l['’]occurrence)(?![\p{L}\p{N}])/iuy,
};
