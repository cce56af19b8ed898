// Sentences about what the user can do: "you may object at any time", "you can opt out", "your
// right to erasure … unless our legitimate interests outweigh yours". A hedge about the user's
// own choices is not the company keeping its options open.
import type { LanguageContextTables } from './languageContext';
import { judgeListLead } from './listLead';
import { caselessFor, foldsAsAscii, caseless } from '../../text/asciiCaseless';

/** The user as the grammatical subject right before a hedge or right ("you may", "users can"). */
const USER_SUBJECT = caseless(
  /\b(?:you|users?|visitors?|customers?|members?|data subjects?|individuals?|parents?|the user)\s+(?:\w+\s+){0,2}?(?:may|can|could|might|have|has|are entitled|is entitled|will be able|are able|retain|reserve)\b(?!\s+be\s+(?:required|asked|requested|prompted)\b)/iu,
);
/** Naming a right of the user's. */
const USER_RIGHT_STATED = caseless(/\b(?:you|users?|data subjects?|the (?:person|individual) concerned)\s+(?:\w+\s+){0,2}?(?:have|has|retain|retains)\s+(?:the|a|an absolute)\s+right\b/iu);
/** The user asking the company to act on a right: "if you ask us to delete information which we … have legitimate interests to keep". */
const USER_REQUEST = caseless(
  /\b(?:if|when|where|once)\s+you\s+(?:ask|request|instruct|tell|require)\s+us\s+to\s+(?:delete|erase|remove|access|correct|rectify|restrict|stop|port|transfer|update)\b/iu,
);
const USER_RIGHT = caseless(
  /\b(?:your|the user[’']?s?|data subjects?[’']?)\s+(?:\w+\s+){0,2}?rights?\b|\brights?\s+(?:that|which)\s+(?:may\s+|might\s+|also\s+|can\s+)?apply\s+to\s+you\b|\bright (?:to|of) (?:access|object|erasure|be forgotten|rectif|restrict|data portability|portability|withdraw|opt|lodge|complain|delet|correct|know|limit)/iu,
);

/**
 * The user acting, in words other than a subject before a modal: a passive agent ("may be
 * terminated by the person concerned"), advice to the user ("we encourage you to … periodically"),
 * or a participant's own choice ("participants may choose to…").
 */
const USER_ACTING = caseless(
  /\bby (?:you|the (?:person|user|data subject|individual)(?: concerned)?|users|participants|subscribers)\b|\b(?:encourage|invite|advise|recommend|ask)s?\s+(?:you|users|visitors)\s+to\b(?!\s+(?:\w+\s+(?:in\s+)?and\s+)?(?:provide|give|submit|enter|share|supply|send|upload|disclose|fill)\b)|\b(?:participants?|subscribers?|applicants?|the person concerned)\s+(?:\w+\s+){0,2}?(?:may|can|could|choose|have|has)\b/iu,
);
/** The phrase opens a condition on the user's own action: "if at any time you no longer agree". */
const USER_CONDITION_AFTER = caseless(/^\s+you\b/iu);
/** The phrase is a condition of a main clause about what the user does: "If necessary, you can show the result". */
const USER_MAIN_CLAUSE_AFTER = caseless(/^\s*[,\u2013\u2014]\s*you\s+(?:can|may|should|must|need|have to|present|show)\b/iu);
/** Advice to the user as the sentence's subject: "You should show family certificates only when necessary". */
const USER_ADVISED = caseless(/^\W*(?:you|users?)\s+(?:should|must|need to|have to|are (?:advised|asked|required) to)\b/iu);

/**
 * Words without which USER_RIGHT and USER_RIGHT_STATED (both need "right"), or USER_REQUEST (needs
 * "us"), cannot match: one quick scan rules out most sentences, about four times faster than the
 * three patterns.
 */
const RIGHT_WORD = caseless(/right/iu);
const US_WORD = caseless(/\bus\b/iu);

/** The English checks that read the whole sentence, not the words around the phrase: one answer for every finding in it. */
export function isSentenceAboutUserRights(sentence: string): boolean {
  const caseless = (pattern: RegExp) => caselessFor(pattern, sentence).test(sentence);
  return (caseless(RIGHT_WORD) && (caseless(USER_RIGHT) || caseless(USER_RIGHT_STATED))) || (caseless(US_WORD) && caseless(USER_REQUEST));
}

/**
 * `tables`: the block's language's words (German, French), whose userActing is tested on the
 * whole sentence; without them, the English checks above. `sentenceAnswer`: isSentenceAboutUserRights
 * of `sentence`, when the caller remembers it for the sentence. The checks are independent, so the
 * cheap ones (anchored, or remembered) run first.
 */
export function isAboutUserRights(sentenceBefore: string, sentence: string, after = '', tables?: LanguageContextTables, sentenceAnswer?: boolean): boolean {
  if (tables) {
    if (tables.userActingNeeds && foldsAsAscii(sentence) && !tables.userActingNeeds.test(sentence)) return false;
    tables.userActing.lastIndex = 0;
    return tables.userActing.test(sentence);
  }
  return (
    (sentenceAnswer ?? isSentenceAboutUserRights(sentence)) ||
    USER_MAIN_CLAUSE_AFTER.test(after) ||
    USER_ADVISED.test(sentenceBefore) ||
    (USER_CONDITION_AFTER.test(after) && /\b(?:if|when|whenever|should)\s+$/iu.test(sentenceBefore)) ||
    caselessFor(USER_SUBJECT, sentenceBefore).test(sentenceBefore) ||
    caselessFor(USER_ACTING, sentenceBefore).test(sentenceBefore)
  );
}

/** A list item or sentence that names a right: "* Right to object to processing … for direct marketing purposes". */
const NAMES_A_RIGHT = caseless(/^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\*\*|__)?(?:the\s+|your\s+)?right\s+(?:to|of)\b/iu);

/** Whether the sentence is the name of one of the English user's rights: every phrase in it describes the right, not a practice. */
export function namesARight(sentence: string): boolean {
  return NAMES_A_RIGHT.test(sentence);
}

/**
 * A list's lead-in that gives the user's options: "You have the right to request:", "You can also:",
 * "You may ask us to:". Its items ("- ask that the processing … is restricted in certain
 * circumstances") describe what the user can do, as a sentence with the user as subject would.
 */
const RIGHTS_LEAD = caseless(/^[ \t>]*(?:you|users?)\s+(?:\w+\s+){0,2}?(?:can|may|could|have|has|are entitled|are able)\b[^\n]*:[ \t]*$/iu);

/** `sentenceStart`: where the finding's sentence starts (a list item's sentence starts at its line). */
export function isUnderRightsListLead(text: string, sentenceStart: number): boolean {
  return judgeListLead(text, sentenceStart, 'rights-list-lead', (line) => RIGHTS_LEAD.test(line) || USER_RIGHT_STATED.test(line));
}
