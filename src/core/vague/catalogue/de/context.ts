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
 * "nicht mehr als", "nicht zuletzt", "nicht mehr benötigen" (no longer needed: a time, not a denial of what
 * follows: "sobald wir sie nicht mehr benötigen, es sei denn, wir sind zur Einhaltung gesetzlicher
 * Aufbewahrungsfristen verpflichtet").
 */
const PSEUDO_TRIGGER = new RegExp(
  word(
    'nicht nur|nicht bloß|nicht bloss|nicht allein|nicht (?:darauf |hierauf )?beschränkt(?: auf)?|nicht abschließend|nicht abschliessend|nicht ausschließlich|nicht ausschliesslich|nicht unbedingt|nicht immer|nicht alle|nicht zuletzt|nicht mehr als|nicht später als|nicht länger als|unter anderem|nur (?:wenn|soweit|sofern|falls|dann|solange|insoweit)|ob oder nicht|wenn nicht|ohne Ihre Einwilligung|ohne deine Einwilligung|nicht (?:mehr|länger) (?:benötigt|benötigen|erforderlich|notwendig|nötig|gebraucht)',
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
  `^[ \\t]*(?:kein|keine|keinen|keinem|keiner|keines|nicht|niemals|nie)${NOT_LETTER_AFTER}|^[ \\t]*(?:[,)][ \\t]*)?(?:erhalten|erhält|haben|hat|bekommen|bekommt|können|kann|dürfen|darf|werden|wird|sollen|soll|erfolgt|erfolgen|findet|finden|geschieht|geschehen)(?:[ \\t]+[\\p{L}-]{1,20}){0,3}?[ \\t]+(?:kein|keine|keinen|keinem|keiner|keines|nicht|niemals|nie)${NOT_LETTER_AFTER}`,
  'iu',
);

/**
 * The user acting or a user's right: "Sie können …", "Sie haben das Recht …", "Ihr Recht auf …",
 * "können Sie", "die betroffene Person kann", a right named ("Recht auf Löschung", "Widerspruchsrecht").
 * Case-sensitive for "Sie" (you) against "sie" (they); "du" and "Du" both.
 */
const USER_ACTING = new RegExp(
  [
    // "haben"/"hast" right after a participle is the perfect tense ("Wenn Du diese aktiviert hast"), not a right the user has.
    `${NOT_LETTER_BEFORE}(?:Sie|du|Du)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:können|kannst|(?<!\\s(?!nicht\\s)\\p{Ll}+(?:t|en)\\s)(?:haben|hast)|dürfen|darfst|sind berechtigt|bist berechtigt|entscheiden|entscheidest|wählen|wählst|widersprechen|widersprichst)${NOT_LETTER_AFTER}`,
    `${NOT_LETTER_BEFORE}(?:können|kannst|dürfen|darfst|haben|hast)\\s+(?:Sie|du|Du)${NOT_LETTER_AFTER}`,
    `${NOT_LETTER_BEFORE}(?:Ihr|Dein|dein|Ihre|Deine|deine)\\s+(?:[\\p{L}-]+\\s+)?(?:Recht|Rechte|Betroffenenrechte|Datenschutzrechte|Widerspruchsrecht|Widerrufsrecht)${NOT_LETTER_AFTER}`,
    `${NOT_LETTER_BEFORE}[Rr]echt(?:s|es)?\\s+auf\\s+(?:Auskunft|Berichtigung|Löschung|Vergessenwerden|Einschränkung|Datenübertragbarkeit|Widerspruch|Beschwerde|Widerruf)`,
    `${NOT_LETTER_BEFORE}(?:Widerspruchsrecht|Widerrufsrecht|Auskunftsrecht|Beschwerderecht|Betroffenenrechte|Datenschutzrechte)${NOT_LETTER_AFTER}`,
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

/**
 * The GDPR's own words, quoted or paraphrased (Art. 4 definitions, Art. 6, Art. 15-22 in rights
 * sections), and definitions ("Personenbezogene Daten sind z. B. …"): "die betroffene Person", "der Verantwortliche", "identifizierbare natürliche Person",
 * "nach dem Unionsrecht oder dem Recht der Mitgliedstaaten". A policy
 * describing itself says "wir"; judged on the development set, phrases in such sentences name a
 * concept of the law, not what the organisation does.
 */
const STATUTE = new RegExp(
  [
    `${NOT_LETTER_BEFORE}(?:die|der|den|einer|eine)\\s+betroffenen?\\s+Person${NOT_LETTER_AFTER}`,
    `${NOT_LETTER_BEFORE}(?:der|dem|des|den)\\s+Verantwortlichen?${NOT_LETTER_AFTER}`,
    `${NOT_LETTER_BEFORE}(?:identifizierte|identifizierbare|natürliche)n?\\s+(?:oder\\s+juristische\\s+)?Person${NOT_LETTER_AFTER}`,
    `${NOT_LETTER_BEFORE}(?:Unionsrecht|Recht\\s+der\\s+Mitgliedstaaten|Recht\\s+der\\s+Union)${NOT_LETTER_AFTER}`,
    `${NOT_LETTER_BEFORE}Rechts?\\s+auf\\s+freie\\s+Meinungsäußerung${NOT_LETTER_AFTER}`,
    `^[\\s>*_#-]*(?:Personenbezogene|Persönliche)\\s+Daten\\s+(?:sind|bezeichnet|bezeichnen|meint|umfassen)${NOT_LETTER_AFTER}`,
    `${NOT_LETTER_BEFORE}auf\\s+sonstige\\s+Weise\\s+verarbeitet${NOT_LETTER_AFTER}`,
    // Art. 6(1)(f) paraphrased ("überwiegen die Interessen, Grundrechte und Grundfreiheiten des Betroffenen"), and the
    // generator template's statement of each basis ("…, dient Art. 6 Abs. 1 lit. c DSGVO als Rechtsgrundlage").
    `${NOT_LETTER_BEFORE}Grundrechte\\s+und\\s+Grundfreiheiten${NOT_LETTER_AFTER}`,
    `${NOT_LETTER_BEFORE}dient\\s+Art\\.?\\s*6\\s+Abs\\.?\\s*1\\s+(?:S\\.\\s*1\\s+)?lit\\.?\\s*[a-f]\\)?\\s+(?:DSGVO|DS-GVO)\\s+als\\s+Rechtsgrundlage${NOT_LETTER_AFTER}`,
    // A glossary's definitions: "Vom „Tracking“ spricht man, wenn …", "Die Reichweitenmessung (auch als Web Analytics bezeichnet) dient …".
    `${NOT_LETTER_BEFORE}(?:spricht|versteht|bezeichnet)\\s+man${NOT_LETTER_AFTER}`,
    `\\(auch\\s+als\\s+[^()\\s][^()\\n]{0,39}[^()\\s]\\s+bezeichnet\\)`,
  ].join('|'),
  'u',
);

/**
 * The phrase stands in a clause about the user's own action: "Wenn Sie anderen Personen … in den
 * gesetzlich vorgesehenen Situationen ein Zertifikat vorzeigen". Tested at the end of the sentence
 * before the phrase; a comma or other clause mark after "Wenn Sie" ends that clause ("Wenn Sie uns
 * schreiben, geben wir … an Dienstleister weiter" keeps "Dienstleister").
 */
const USER_CLAUSE = new RegExp(`${NOT_LETTER_BEFORE}(?:[Ww]enn|[Ff]alls|[Ss]ofern|[Ss]obald|[Nn]achdem|[Ii]ndem)\\s+(?:Sie|du|Du)${NOT_LETTER_AFTER}[^,;:.!?()\\n]*$`, 'u');

/**
 * The user is the subject of the clause the phrase opens (German puts the verb second, then the
 * subject): "Bei Bedarf kontaktieren Sie uns gern", "Grundsätzlich haben Sie …". Case-sensitive
 * "Sie" (you), not "sie" (they).
 */
const USER_FRONTED = new RegExp(`^[ \\t]*(?:,[ \\t]*)?\\p{Ll}{3,}[ \\t]+(?:Sie|du|Du)${NOT_LETTER_AFTER}`, 'u');

/** Data the user chooses to give: "weitere Informationen, die Sie angeben", "alle weiteren Daten, die du in deiner E-Mail angibst". */
const USER_GIVES = new RegExp(
  `^[ \\t]*,[ \\t]*(?:die|welche)[ \\t]+(?:Sie|du|Du)[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,5}?(?:angeben|angibst|mitteilen|mitteilst|eingeben|eingibst|bereitstellen|bereitstellst|übermitteln|übermittelst|hochladen|hochlädst|preisgeben|preisgibst|teilen|teilst|senden|sendest|schicken|schickst|zur\\s+Verfügung\\s+stellen|zur\\s+Verfügung\\s+stellst)${NOT_LETTER_AFTER}`,
  'u',
);

/**
 * A line below a data phrase that lists the data, as German policies set out each processing:
 * "- Betroffene Daten: Anzeigename/Pseudonym, …", "Konkret sind dies …:", "Folgende Daten …".
 * Multiline: the line may start anywhere in the text below the phrase (its section only).
 */
const DATA_LIST_FOLLOWS =
  /^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:Betroffene Daten|Verarbeitete Daten|Erhobene Daten|Gespeicherte Daten|Art der Daten|Datenkategorien|Kategorien (?:der |von )?(?:personenbezogenen )?Daten|Konkret (?:sind|handelt) (?:dies|es sich)|Folgende Daten)(?![\p{L}])/mu;

/**
 * Someone other than the company as the hedge's subject, at the end of the sentence before it:
 * "Sie erhalten evtl. E-Mails", "weil Ihre Anmerkungen evtl. öffentlich zugänglich sind", "wo Ihre
 * personenbezogenen Daten möglicherweise kompromittiert wurden", "Dritte können …". A possibility
 * about the user, the user's data as such, or another party is not the company keeping its options open.
 */
const OTHER_SUBJECT = new RegExp(
  `(?:^\\s*|[,;:(]\\s*|${NOT_LETTER_BEFORE}(?:weil|dass|da|wo|wie|ob|sind|werden|wird|ist)\\s+)(?:Sie\\s+\\p{Ll}+|du\\s+\\p{Ll}+|(?:Ihre?|Deine?|deine?)(?:\\s+[\\p{L}-]+){1,2}(?:\\s+und)?|(?:Dritte|Drittanbieter|Partner|Nutzer|Nutzerinnen|Besucher|Andere|andere)(?:\\s+\\p{Ll}+)?)\\s+$`,
  'u',
);

/**
 * A name in apposition right after a singular recipient with a possessive: "unser Partner Mullvad
 * führt …", "unserem Dienstleister Hetzner". German capitalises every noun, so the word must not be
 * one a recipient commonly takes as object ("unserem Partner Daten übermitteln", "Zugriff", "Ihre").
 * Tested on the text after the phrase; the possessive on the text before it.
 */
const NAME_AFTER_SINGULAR =
  /^[ \t]+(?:[„"“](?=\p{Lu}))?(?:(?!(?:Daten|Informationen|Angaben|Cookies|Inhalte|Zugriff|Zugang|Einblick|Einsicht|Kenntnis|Auskunft|Ihre?[nmrs]?|Deine?[nmrs]?|Sie|Dir|Dich|Ihnen|Uns)(?![\p{L}]))(?![\p{L}]*(?:daten|informationen|angaben)(?![\p{L}]))\p{Lu}[\p{L}\p{N}&.-]*[\p{L}\p{N}]|[a-z0-9][a-z0-9-]*\.(?:io|com|de|org|net|eu))[“”"]?(?=[ \t]*(?:[,.;:)]|[ \t]\p{Ll}|$))/u;
const POSSESSIVE_SINGULAR_BEFORE = /(?<![\p{L}])(?:unser|unserem|unseren|unseres|Unser|Unserem|Unseren|Unseres)[ \t]+$/u;
/**
 * An article (and up to three words) before a singular recipient whose name follows: "den Open Source
 * Webanalysedienst Matomo", "zu dem Werbenetzwerk „DoubleClick“ von Google" (first lint of batch-6/7b).
 */
const ARTICLE_SINGULAR_BEFORE = /(?<![\p{L}])(?:den|dem|der|einen|einem|eines)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}$/u;

/**
 * The legitimate interest stated right after the phrase, as German policies set out each processing:
 * "Rechtsgrundlage: … unser berechtigtes Interesse, gemäß Art. 6(1)(f) DSGVO. **Berechtigtes
 * Interesse:** Unser Interesse ist …", or "Unser berechtigtes Interesse liegt in …" in a later sentence.
 */
const INTEREST_STATED =
  /(?:(?:^|\n)[ \t>]*(?:[-*+][ \t]+)?|[.!?][ \t])(?:\*\*|__)?Berechtigte[sn]?[ \t]+Interesse[ns]?(?:\*\*|__)?[ \t]*:|(?<![\p{L}])(?:[Uu]nser|[Dd]as)[ \t]+(?:berechtigtes[ \t]+)?Interesse[ \t]+(?:liegt|besteht|ist)(?![\p{L}])/u;

/** The company acting in the sentence: under a rights heading, "falls wir der Ansicht sind" is still its own discretion. */
const COMPANY_ACTING = /(?<![\p{L}])(?:wir|Wir|uns)(?![\p{L}])/u;

/** The heading of a section on the user's rights: "Deine Rechte", "Recht auf Auskunft", "Widerspruchsrecht", "Betroffenenrechte". */
const RIGHTS_HEADING =
  /(?<![\p{L}])(?:Ihre Rechte|Deine Rechte|Rechte der betroffenen|Rechte als betroffene|Recht auf|Betroffenenrechte|Widerspruchsrecht|Widerrufsrecht|Auskunftsrecht|Beschwerderecht)(?![\p{L}])/u;

/**
 * The rest of the clause cites, in parentheses, the national provision its rule follows: "grundsätzlich
 * solange gesetzliche Aufbewahrungspflichten vorliegen (vgl. dazu insb. § 147 Abs. 3 AO)". No sentence or
 * clause mark before the parenthesis; the provision's "§" within it.
 */
const PROVISION_CITED_AFTER = /^[^.;:!?\n]{0,120}?\((?:[^()\n]{0,30}?)§\s?\d/u;

/**
 * A legitimate interest that points back to the interest or purposes the text has just named: "Dies
 * stellt ein berechtigtes Interesse im Sinne von Art. 6 Abs. 1 lit. f DSGVO dar" after "Die Nutzung
 * von YouTube erfolgt im Interesse einer ansprechenden Darstellung …", "In diesen Zwecken liegt auch
 * unser berechtigtes Interesse", "wobei unser berechtigtes Interesse in den vorgenannten Zwecken liegt".
 * "Die Rechtsgrundlage … ist damit ein berechtigtes Interesse": "damit" points back at the purposes the sentence
 * before names (MetaGer, first lint of batch-9, 2026-12-07). Tested on the sentence (first lint of batch-7b, 2026-12-07).
 */
const INTEREST_REFERS_BACK =
  /^[\s>*_-]*(?:Dies|Das|Hierin|Darin)\s+(?:stellt|liegt|besteht|begründet)(?![\p{L}])|(?<![\p{L}])(?:[Ii]n|[Aa]us)\s+(?:diesen|den\s+(?:oben\s+|zuvor\s+)?genannten|den\s+vorgenannten|vorgenannten)\s+Zwecken(?![\p{L}])|(?<![\p{L}])(?:ist|sind)\s+(?:damit|somit|folglich)\s+(?:ein|unser|das|unsere|die)\s+berechtigte/u;

/**
 * The period a vague retention leaves open, given in its section right after it, in the words of the
 * common German generator template: "Die Daten werden gelöscht, sobald sie für die Erreichung des
 * Zweckes ihrer Erhebung nicht mehr erforderlich sind. Im Falle … ist dies der Fall, wenn die jeweilige
 * Sitzung beendet ist" / "… ist dies nach spätestens 7 Tagen der Fall".
 */
const PERIOD_GIVEN_AFTER = /(?<![\p{L}])ist\s+dies\s+(?:[^.\n]{0,60}?\s)?der\s+Fall(?![\p{L}])|(?<![\p{L}])nach\s+(?:spätestens\s+)?\d+\s+(?:Tagen|Wochen|Monaten|Jahren)(?![\p{L}])/u;

/**
 * A processing named as the sentence's subject ("Eine Auswertung der Daten zu Marketingzwecken …",
 * "Eine Speicherung dieser Daten zusammen mit anderen personenbezogenen Daten …") and denied by the
 * sentence's last words ("… findet in diesem Zusammenhang nicht statt", "… erfolgt nicht").
 */
const DENIED_PROCESSING_SUBJECT =
  /^[\s>*_-]*(?:Eine|Die|Der)\s+(?:Speicherung|Auswertung|Weitergabe|Übermittlung|Verarbeitung|Nutzung|Verwendung|Zusammenführung|Verknüpfung|Offenlegung|Analyse)(?![\p{L}])/u;
const DENYING_PREDICATE_AT_END = /(?<![\p{L}])(?:findet|finden|erfolgt|erfolgen)(?:\s+[\p{L}-]{1,20}){0,4}?\s+nicht(?:\s+statt)?(?:\s*[.!])?\s*$/u;

export const CONTEXT: LanguageContextTables = {
  clauseBreak: CLAUSE_BREAK,
  trigger: TRIGGER,
  pseudoTrigger: PSEUDO_TRIGGER,
  negatedPredicate: NEGATED_PREDICATE,
  userActing: USER_ACTING,
  clarifier: CLARIFIER,
  statute: STATUTE,
  userClause: USER_CLAUSE,
  userFronted: USER_FRONTED,
  userGives: USER_GIVES,
  dataListFollows: DATA_LIST_FOLLOWS,
  otherSubject: OTHER_SUBJECT,
  rightsHeading: RIGHTS_HEADING,
  companyActing: COMPANY_ACTING,
  nameAfterSingular: NAME_AFTER_SINGULAR,
  possessiveSingularBefore: POSSESSIVE_SINGULAR_BEFORE,
  articleSingularBefore: ARTICLE_SINGULAR_BEFORE,
  interestStated: INTEREST_STATED,
  provisionCitedAfter: PROVISION_CITED_AFTER,
  interestRefersBack: INTEREST_REFERS_BACK,
  periodGivenAfter: PERIOD_GIVEN_AFTER,
  deniedProcessingSubject: DENIED_PROCESSING_SUBJECT,
  denyingPredicateAtEnd: DENYING_PREDICATE_AT_END,
};
