// The German words the context analysis needs (see ../../context/languageContext.ts): negation and
// limiting in the NegEx manner (trigger words before the phrase, pseudo-triggers that do not negate,
// clause breaks that end a negation's scope), a negated predicate after recipients, the user acting
// or a user's right, and words that resolve a term right after it.
// Word edges are written as letter lookarounds, not \b: under /u, \b knows only ASCII letters, so
// "\bausschließlich\b" would not end after "ß" and "\büber" would match inside "darüber".
import type { LanguageContextTables } from '../../context/languageContext';

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';
const word = (alternatives: string): string => `${NOT_LETTER_BEFORE}(?:${alternatives})${NOT_LETTER_AFTER}`;

/**
 * Conjunctions that turn the sentence ("aber", "jedoch", "sondern", "es sei denn", "außer") or open a
 * condition ("sofern", "wenn", "falls"), clause punctuation, a dash between spaces, and a new subject
 * after "und"/"oder" ("und wir geben …"). "Wir verkaufen keine Daten, geben sie aber an Partner
 * weiter" keeps "Partner".
 */
const CLAUSE_BREAK = new RegExp(
  `${word('aber|jedoch|sondern|allerdings|doch|außer|ausser|ausgenommen|es sei denn|sofern|soweit|wenn|falls|wobei|während|obwohl|obgleich|stattdessen|ansonsten|dennoch|trotzdem|hingegen|dagegen')}|[;:()\\u2014]|\\s[\\u2013-]\\s|${word('und|oder|sowie')}\\s+${word('wir|sie|Sie|er|es|diese|dieser|dieses|du|ihr|man|das Unternehmen')}`,
  'gu',
);

/** Negation and limiting triggers. "nicht", the forms of "kein", "nie", "weder", "ohne", and "nur", "ausschließlich", "lediglich". */
const TRIGGER = new RegExp(
  word('nicht|nichts|kein|keine|keinen|keinem|keiner|keines|niemals|nie|weder|ohne|nur|ausschließlich|ausschliesslich|lediglich|keinesfalls|keineswegs|niemandem|niemanden|niemand|nirgends'),
  'iu',
);

/**
 * Words that look like triggers but do not negate or limit the phrase: "nicht nur" (not only), "nicht
 * beschränkt auf" (not limited to), "unter anderem", "nicht abschließend", "nur wenn" (a condition),
 * "nicht mehr als", "nicht zuletzt".
 */
const PSEUDO_TRIGGER = new RegExp(
  word(
    'nicht nur|nicht bloß|nicht bloss|nicht allein|nicht (?:darauf |hierauf )?beschränkt(?: auf)?|nicht abschließend|nicht abschliessend|nicht ausschließlich|nicht ausschliesslich|nicht unbedingt|nicht immer|nicht alle|nicht zuletzt|nicht mehr als|nicht später als|nicht länger als|unter anderem|nur (?:wenn|soweit|sofern|falls|dann|solange|insoweit)|ob oder nicht|wenn nicht|ohne Ihre Einwilligung|ohne deine Einwilligung',
  ),
  'giu',
);

/**
 * A negated predicate right after recipients, as their subject: "Dritte erhalten keine Daten",
 * "Partner haben keinen Zugriff", "Dienstleister können nicht auf Ihre Daten zugreifen",
 * "Dritte werden Ihre Daten niemals erhalten", and in a subordinate clause, where the verb comes
 * last, the negation right after the subject: "…, dass Dritte keine Inhalte … extrahieren können".
 * Anchored at the phrase's end.
 */
const NEGATED_PREDICATE = new RegExp(
  `^[ \\t]*(?:kein|keine|keinen|keinem|keiner|keines|nicht|niemals|nie)${NOT_LETTER_AFTER}|^[ \\t]*(?:[,)][ \\t]*)?(?:erhalten|erhält|haben|hat|bekommen|bekommt|können|kann|dürfen|darf|werden|wird|sollen|soll)(?:[ \\t]+[\\p{L}-]{1,20}){0,3}?[ \\t]+(?:kein|keine|keinen|keinem|keiner|keines|nicht|niemals|nie)${NOT_LETTER_AFTER}`,
  'iu',
);

/**
 * The user acting or a user's right: "Sie können …", "Sie haben das Recht …", "Ihr Recht auf …",
 * "können Sie", "die betroffene Person kann", a right named ("Recht auf Löschung", "Widerspruchsrecht").
 * Case-sensitive for "Sie" (you) against "sie" (they); "du" and "Du" both.
 */
const USER_ACTING = new RegExp(
  [
    `${NOT_LETTER_BEFORE}(?:Sie|du|Du)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:können|kannst|haben|hast|dürfen|darfst|sind berechtigt|bist berechtigt|entscheiden|entscheidest|wählen|wählst|widersprechen|widersprichst)${NOT_LETTER_AFTER}`,
    `${NOT_LETTER_BEFORE}(?:können|kannst|dürfen|darfst|haben|hast)\\s+(?:Sie|du|Du)${NOT_LETTER_AFTER}`,
    `${NOT_LETTER_BEFORE}(?:Ihr|Dein|dein|Ihre|Deine|deine)\\s+(?:[\\p{L}-]+\\s+)?(?:Recht|Rechte|Betroffenenrechte|Datenschutzrechte|Widerspruchsrecht|Widerrufsrecht)${NOT_LETTER_AFTER}`,
    `${NOT_LETTER_BEFORE}[Rr]echt(?:s|es)?\\s+auf\\s+(?:Auskunft|Berichtigung|Löschung|Vergessenwerden|Einschränkung|Datenübertragbarkeit|Widerspruch|Beschwerde|Widerruf)`,
    `${NOT_LETTER_BEFORE}(?:Widerspruchsrecht|Widerrufsrecht|Auskunftsrecht|Beschwerderecht|Betroffenenrechte)${NOT_LETTER_AFTER}`,
    `${NOT_LETTER_BEFORE}betroffene(?:n)?\\s+Person\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:kann|hat|darf|legt|widerruft|verlangt)${NOT_LETTER_AFTER}`,
  ].join('|'),
  'u',
);

/** Spacing that may stand between the term and its clarification: within the paragraph only. */
const GAP = String.raw`(?:[ \t\u00a0>]|\r?\n(?![ \t>]*(?:\r?\n|$)))*`;
/** Words right after a term that name what it means: "Partner, nämlich …", "Dienstleister (und zwar …)", "d. h.", "folgende". */
const CLARIFIER = new RegExp(
  String.raw`${GAP}(?:[,(:\u2013\u2014-]${GAP})?(?:nämlich|namentlich|und zwar|d\.\s?h\.|das hei(?:ß|ss)t|im Einzelnen|wie folgt|folgende[nmrs]?|konkret|genauer gesagt|siehe)(?![\p{L}\p{N}])`,
  'iuy',
);

export const CONTEXT: LanguageContextTables = {
  clauseBreak: CLAUSE_BREAK,
  trigger: TRIGGER,
  pseudoTrigger: PSEUDO_TRIGGER,
  negatedPredicate: NEGATED_PREDICATE,
  userActing: USER_ACTING,
  clarifier: CLARIFIER,
};
