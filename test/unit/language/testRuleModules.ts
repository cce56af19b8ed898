// Small German and French rule modules for the language plumbing's tests (the same three rules each
// as the placeholders the shipped catalogues replace), installed with replaceRuleModuleForTests so
// the tests do not depend on what the shipped catalogues hold.
import type { LanguageContextTables } from '../../../src/core/vague/context/languageContext';
import type { Rule } from '../../../src/core/vague/ruleSchema';
import { replaceRuleModuleForTests, type RuleModule } from '../../../src/core/vague/ruleModules';

const DE_CATALOGUE: readonly Rule[] = [
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

const DE_UI_TEXT: RuleModule['UI_TEXT'] = {
  'de-dritte': {
    en: {
      message: 'Unnamed recipients: “Dritte” (third parties) does not say who receives the data.',
      explanation: '“Dritte” can be any company; without names or categories no one knows where the data goes.',
    },
    fr: {
      message: 'Destinataires non nommés : “Dritte” (des tiers) ne dit pas qui reçoit les données.',
      explanation: '« Dritte » peut désigner n’importe quelle entreprise ; sans noms ni catégories, personne ne sait où vont les données.',
    },
  },
  'de-berechtigte-interessen': {
    en: {
      message: 'Vague legal basis: “berechtigte Interessen” (legitimate interests) without naming the interest.',
      explanation: 'A company relying on legitimate interests has to say which interest it pursues.',
    },
    fr: { message: 'Base juridique vague : “berechtigte Interessen” (intérêts légitimes) sans nommer l’intérêt.', explanation: 'Qui invoque l’intérêt légitime doit dire lequel.' },
  },
  'de-gegebenenfalls': {
    en: { message: 'Hedge: “gegebenenfalls” (where applicable) leaves open when it happens.', explanation: '“Gegebenenfalls” does not say under which circumstances the processing takes place.' },
    fr: { message: 'Réserve : “gegebenenfalls” (le cas échéant) laisse ouvert quand cela arrive.', explanation: '« Gegebenenfalls » ne dit pas dans quelles circonstances le traitement a lieu.' },
  },
};

const DE_CONTEXT: LanguageContextTables = {
  clauseBreak: /(?:(?<!\p{L})(?:aber|jedoch|sondern|außer|es sei denn|wenn|falls|sofern|soweit)(?!\p{L})|[;:()\u2014]|\s[\u2013-]\s)/giu,
  trigger: /(?<!\p{L})(?:nicht|nie|niemals|kein(?:e|en|em|er|es)?|weder|ohne|nur|ausschließlich|lediglich)(?!\p{L})/iu,
  pseudoTrigger: /(?<!\p{L})(?:nicht nur|nicht ausschließlich|nicht abschließend|nur wenn|nur soweit)(?!\p{L})/giu,
  negatedPredicate: /^[ \t]*(?:[,)][ \t]*)?(?:erhalten|haben|bekommen)[ \t]+(?:keine?n?|niemals|nie)(?!\p{L})/iu,
  userActing: /(?<!\p{L})(?:Sie können|Sie haben das Recht|Ihr(?:e|em)? Rechte?|Recht auf)(?!\p{L})/iu,
  clarifier: /(?:nämlich|und zwar|d\.\s?h\.|das heißt|konkret)(?![\p{L}\p{N}])/iuy,
};

const FR_CATALOGUE: readonly Rule[] = [
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

const FR_UI_TEXT: RuleModule['UI_TEXT'] = {
  'fr-tiers': {
    en: {
      message: 'Unnamed recipients: “des tiers” (third parties) does not say who receives the data.',
      explanation: '“Des tiers” can be any company; without names or categories no one knows where the data goes.',
    },
    de: {
      message: 'Ungenannte Empfänger: “des tiers” (Dritte) sagt nicht, wer die Daten erhält.',
      explanation: '„Des tiers“ kann jedes Unternehmen sein; ohne Namen oder Kategorien weiß niemand, wohin die Daten gehen.',
    },
  },
  'fr-interet-legitime': {
    en: {
      message: 'Vague legal basis: “intérêt légitime” (legitimate interest) without naming the interest.',
      explanation: 'A company relying on legitimate interests has to say which interest it pursues.',
    },
    de: {
      message: 'Unbestimmte Rechtsgrundlage: “intérêt légitime” (berechtigtes Interesse) ohne das Interesse zu nennen.',
      explanation: 'Wer sich auf berechtigte Interessen stützt, muss sagen, welches Interesse verfolgt wird.',
    },
  },
  'fr-le-cas-echeant': {
    en: { message: 'Hedge: “le cas échéant” (where applicable) leaves open when it happens.', explanation: '“Le cas échéant” does not say under which circumstances the processing takes place.' },
    de: { message: 'Vorbehalt: “le cas échéant” (gegebenenfalls) lässt offen, wann es geschieht.', explanation: '„Le cas échéant“ sagt nicht, unter welchen Umständen die Verarbeitung stattfindet.' },
  },
};

const FR_CONTEXT: LanguageContextTables = {
  clauseBreak: /(?:(?<!\p{L})(?:mais|cependant|toutefois|sauf|à moins que|si|lorsque|quand)(?!\p{L})|[;:()\u2014]|\s[\u2013-]\s)/giu,
  trigger: /(?<!\p{L})(?:ne|n['’](?=\p{L})|pas|jamais|aucun(?:e|s|es)?|ni|sans|uniquement|seulement|exclusivement)(?!\p{L})/iu,
  pseudoTrigger: /(?<!\p{L})(?:non seulement|pas seulement|sans s['’]y limiter|pas limitée? à|non limitativement)(?!\p{L})/giu,
  negatedPredicate: /^[ \t]*(?:[,)][ \t]*)?(?:n['’](?:ont|auront|a)|ne (?:peuvent|pourront|reçoivent|recevront))(?!\p{L})/iu,
  userActing: /(?<!\p{L})(?:vous pouvez|vous avez le droit|votre droit|vos droits|droit d['’]accès|droit d['’]opposition)(?!\p{L})/iu,
  clarifier: /(?:à savoir|c['’]est-à-dire|en l['’]occurrence)(?![\p{L}\p{N}])/iuy,
};

export const TEST_GERMAN: RuleModule = { CATALOGUE: DE_CATALOGUE, UI_TEXT: DE_UI_TEXT, CONTEXT: DE_CONTEXT };
export const TEST_FRENCH: RuleModule = { CATALOGUE: FR_CATALOGUE, UI_TEXT: FR_UI_TEXT, CONTEXT: FR_CONTEXT };

/** Installs the test modules for a describe block (mocha hooks). */
export function useTestRuleModules(): void {
  before(() => {
    replaceRuleModuleForTests('de', TEST_GERMAN);
    replaceRuleModuleForTests('fr', TEST_FRENCH);
  });
  after(() => {
    replaceRuleModuleForTests('de', undefined);
    replaceRuleModuleForTests('fr', undefined);
  });
}
