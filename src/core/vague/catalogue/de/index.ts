// PLACEHOLDER German rule module, three rules, for the language plumbing's tests (#14). The German
// catalogue (written in parallel) replaces this file whole: it exports the same three names with
// the same types (LanguageRuleModule<Rule>, context/languageContext.ts). Built as its own file,
// dist/catalogue/de.js, and loaded only when a document has German blocks (vague/ruleModules.ts).
import type { LanguageContextTables, LanguageRuleModule } from '../../context/languageContext';
import type { Rule } from '../../ruleSchema';

export const CATALOGUE: readonly Rule[] = [
  {
    id: 'de-dritte',
    patterns: ['dritte(n|)', 'drittanbieter(n|)'],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Ungenannte Empfänger: “Dritte” sagt nicht, wer die Daten erhält.',
    explanation: '„Dritte“ kann jedes Unternehmen sein; ohne Namen oder Kategorien weiß niemand, wohin die Daten gehen.',
    question: 'An welche Dritten geben Sie meine Daten weiter (Namen oder genaue Kategorien)?',
  },
  {
    id: 'de-berechtigte-interessen',
    patterns: ['berechtigte(n|s|) interesse(n|s|)'],
    category: 'vague-legal-basis',
    severity: 'warning',
    message: 'Unbestimmte Rechtsgrundlage: “berechtigte Interessen” ohne das Interesse zu nennen.',
    explanation: 'Wer sich auf berechtigte Interessen stützt, muss sagen, welches Interesse verfolgt wird.',
    question: 'Welches berechtigte Interesse verfolgen Sie konkret mit dieser Verarbeitung?',
  },
  {
    id: 'de-gegebenenfalls',
    patterns: ['gegebenenfalls', 'ggf'],
    category: 'hedged-modality',
    severity: 'information',
    message: 'Vorbehalt: “gegebenenfalls” lässt offen, wann es geschieht.',
    explanation: '„Gegebenenfalls“ sagt nicht, unter welchen Umständen die Verarbeitung stattfindet.',
    question: 'Unter welchen Umständen genau findet diese Verarbeitung statt?',
  },
];

export const UI_TEXT: LanguageRuleModule<Rule>['UI_TEXT'] = {
  'de-dritte': {
    en: { message: 'Unnamed recipients: “Dritte” (third parties) does not say who receives the data.', explanation: '“Dritte” can be any company; without names or categories no one knows where the data goes.' },
    fr: { message: 'Destinataires non nommés : “Dritte” (des tiers) ne dit pas qui reçoit les données.', explanation: '« Dritte » peut désigner n’importe quelle entreprise ; sans noms ni catégories, personne ne sait où vont les données.' },
  },
  'de-berechtigte-interessen': {
    en: { message: 'Vague legal basis: “berechtigte Interessen” (legitimate interests) without naming the interest.', explanation: 'A company relying on legitimate interests has to say which interest it pursues.' },
    fr: { message: 'Base juridique vague : “berechtigte Interessen” (intérêts légitimes) sans nommer l’intérêt.', explanation: 'Qui invoque l’intérêt légitime doit dire lequel.' },
  },
  'de-gegebenenfalls': {
    en: { message: 'Hedge: “gegebenenfalls” (where applicable) leaves open when it happens.', explanation: '“Gegebenenfalls” does not say under which circumstances the processing takes place.' },
    fr: { message: 'Réserve : “gegebenenfalls” (le cas échéant) laisse ouvert quand cela arrive.', explanation: '« Gegebenenfalls » ne dit pas dans quelles circonstances le traitement a lieu.' },
  },
};

export const CONTEXT: LanguageContextTables = {
  clauseBreak: /(?:(?<!\p{L})(?:aber|jedoch|sondern|außer|es sei denn|wenn|falls|sofern|soweit)(?!\p{L})|[;:()\u2014]|\s[\u2013-]\s)/giu,
  trigger: /(?<!\p{L})(?:nicht|nie|niemals|kein(?:e|en|em|er|es)?|weder|ohne|nur|ausschließlich|lediglich)(?!\p{L})/iu,
  pseudoTrigger: /(?<!\p{L})(?:nicht nur|nicht ausschließlich|nicht abschließend|nur wenn|nur soweit)(?!\p{L})/giu,
  negatedPredicate: /^[ \t]*(?:[,)][ \t]*)?(?:erhalten|haben|bekommen)[ \t]+(?:keine?n?|niemals|nie)(?!\p{L})/iu,
  userActing: /(?<!\p{L})(?:Sie können|Sie haben das Recht|Ihr(?:e|em)? Rechte?|Recht auf)(?!\p{L})/iu,
  clarifier: /(?:nämlich|und zwar|d\.\s?h\.|das heißt|konkret)(?![\p{L}\p{N}])/iuy,
};
