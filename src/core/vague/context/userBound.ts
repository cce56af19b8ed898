// Hedges bounded by the user: the use happens only with the user's permission ("we will ask your
// permission first"), or the possibility is tied to something the user does ("If you contact us,
// we may keep a record of that correspondence"). Judged on real policies, such a hedge says when
// it applies; the recipients or data it names keep their own rules.
import { caselessFor, caseless } from '../../text/asciiCaseless';

/** The sentence makes the use depend on the user's permission or consent. */
const PERMISSION_NEEDED = caseless(
  /\b(?:with|after obtaining|upon receiving|subject to) your (?:prior |express |explicit |separate |specific )?(?:permission|consent|authori[sz]ation)\b|\bwe (?:will|would|shall) (?:first )?(?:ask|seek|obtain|request|get) (?:for )?your (?:prior |express |explicit |separate |specific )?(?:permission|consent)\b|\bonly (?:if|when|after) you (?:have )?(?:consent|agree|opt in|allow|authori[sz]e)/iu,
);

/**
 * The sentence opens with the user's action and the hedge is the main clause's, right after the
 * company as subject: "If you contact us, we may keep…", "When you sign up, we may also send…".
 * A clause break (";", ":") between the two, or any other subject, does not count; nor does merely
 * using or visiting the service ("When you use our services, we may share…"), which bounds nothing.
 */
const USER_ACTION_THEN_WE = caseless(
  /^\W*(?:if|when|whenever|once|after|where) you\b(?!\s+(?:use|visit|access|browse|interact|navigate|are using|continue)\b)[^;:\n]*?,\s*we\s+(?:also\s+|then\s+)?$/iu,
);

/**
 * Consent as one item of an enumeration of cases: "… in some circumstances, including: (1) with your
 * consent; (2) to a service provider …; (4) when we have a good faith belief …". It bounds its own
 * item, not the others (judged on the development set, 2026-12-07).
 */
const CONSENT_ITEM =
  /(?:\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\)|(?:^|[\s;:,])\d{1,2}[.)])\s*(?:with|upon|subject to) your (?:prior |express |explicit )?(?:permission|consent|authori[sz]ation)\s*[;,]/giu;

export function needsUserPermission(sentence: string): boolean {
  const pattern = caselessFor(PERMISSION_NEEDED, sentence);
  if (!pattern.test(sentence)) return false;
  if (!/[;,]/.test(sentence)) return true;
  const rest = sentence.replace(CONSENT_ITEM, ' ');
  return rest === sentence || caselessFor(PERMISSION_NEEDED, rest).test(rest);
}

/** `sentenceBefore`: the sentence from its start up to the hedge. */
export function isTriggeredByUser(sentenceBefore: string): boolean {
  return USER_ACTION_THEN_WE.test(sentenceBefore);
}
