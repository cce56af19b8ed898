// Whether the sentence makes an unnamed recipient a recipient of the company's data. "Partners",
// "third parties" or "government agencies" are vague when data goes to them ("we share … with
// partners", "our vendors have access to …"); judged on real policies they are not worth a squiggle
// where the sentence names them for another reason: "requests from law enforcement", "links to the
// websites of our partner networks", "users can sign into multiple government agencies", "users from
// other countries". The test is positive: the phrase stays only where a data flow to it is stated.
import { testCaseless, caseless } from '../../text/asciiCaseless';
import { asciiTwinned } from '../../text/asciiTwinned';

/** Letters, digits and the marks inside words ("third-party", "Workable’s"). */
const WORD = String.raw`[\p{L}\p{N}’'&/-]+`;

/** Words that end a list of recipients: "to receive requests from …" is not "to" a recipient. */
const NOT_IN_A_RECIPIENT_LIST = String.raw`(?!(?:from|by|if|when|where|that|which|who|whom|we|you|they)\b)`;

/**
 * A verb that hands data over, then "to" or "with" and the recipient (or a list it stands in):
 * "share … with trusted service providers (such as payment processors", "disclose … to government
 * authorities or other third parties", "accessible to … our fiscal sponsor".
 */
const HANDED_TO_BEFORE = caseless(
  new RegExp(
    String.raw`\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing|ures?)|transfer(?:s|red|ring)?|transmi(?:ts?|tted|tting|ssions?)|sales?|provision|provid(?:e|es|ed|ing)|g(?:ive|ives|iving|iven|ave)|sen(?:d|ds|ding|t)|sell(?:s|ing)?|sold|pass(?:es|ed|ing)?|mak(?:e|es|ing) available|made available|grant(?:s|ed|ing)?|forward(?:s|ed|ing)?|hand(?:s|ed|ing)? (?:over|on)|releas(?:e|es|ed|ing)|rent(?:s|ed|ing)?|leas(?:e|es|ed|ing)|report(?:s|ed|ing)?|expos(?:e|es|ed|ing)|entrust(?:s|ed|ing)?|outsourc(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|furnish(?:es|ed|ing)?|communicat(?:e|es|ed|ing)|reveal(?:s|ed|ing)?|accessible|available|exchang(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|upload(?:s|ed|ing)?|sync(?:s|ed|ing)?)\b[^.;:!?]{0,120}?\b(?:to|with|among|amongst|between)\s+(?:${NOT_IN_A_RECIPIENT_LIST}[^.;:!?\s]+\s+){0,14}$`,
    'iu',
  ),
);

/**
 * The company engages or allows the recipient: "we use third party suppliers", "working closely with
 * third parties", "permit selected third parties to…", "passive processing by our vendors".
 */
const ENGAGED_BEFORE = asciiTwinned(
  () =>
    new RegExp(
      String.raw`\b(?:us(?:e|es|ed|ing)|engag\w*|employ\w*|hir(?:e|es|ed|ing)|rel(?:y|ies|ied|ying) (?:on|upon)|work(?:s|ed|ing)? (?:closely |together )?with|partner(?:s|ed|ing)? with|commission\w*|contract(?:s|ed|ing)? with|appoint\w*|utili[sz]\w*|allow\w*|permit\w*|authori[sz]\w*|enabl\w*|instruct\w*|outsourc\w*|(?:process|stor|access|collect|us|shar|disclos|transmit|receiv|view|handl|host|analy[sz]|record|track|maintain)(?:ed|d) by|(?:kept|held) by|through|via|by means of)\s+(?:${WORD}\s+){0,4}$`,
      'iu',
    ),
);

/** A list item or sentence that opens with "To" and the recipient, under a sharing lead: "* To an expert, consultant, or contractor of …". */
const OPENS_WITH_TO = asciiTwinned(() => new RegExp(String.raw`^[\s>]*(?:[-*+]\s+|\d+[.)]\s+)?To\s+(?:${WORD},?\s+(?:(?:and|or)\s+)?){0,5}$`, 'u'));

/** Words that start a phrase of their own, not the next item of a list of recipients. */
const NOT_A_LIST_WORD = String.raw`(?!(?:to|for|from|by|with|as|if|when|where|you|we|us|it|they|our|your)\b)`;
/** Verbs that make the recipient handle the data, right after it (or after the list it stands in, a relative pronoun and modals). */
const HANDLES_AFTER = asciiTwinned(
  () =>
    new RegExp(
      String.raw`^(?:[\s,]+(?:(?:and|or|&)\s+)?${NOT_A_LIST_WORD}${WORD}){0,8}?[\s,]+(?:(?:who|that|which)\s+)?(?:(?:may|might|can|could|will|would|shall|must|also|only|then|do|does|did|to)\s+)*(?:(?:process|access|collect|us(?=e|ing)|stor|handl|host|obtain|analy[sz]|view|hold|retain|keep|track|set|plac|read|record|provid|help|assist|support|perform|deliver|operat|run|manag|send|shar|disclos|transfer|sell|combin|match|link|contact|advertis|serv|receiv|see|get|show|display|target|profil|measur|identif|personali[sz]|recogni[sz]|monitor|log|infer|build|buy|purchas)(?:e|es|ed|d|s|ing|ting|y|ies|ied)?\b|ha(?:ve|s|d) access|gets? access|gain access|act(?:s|ing)? (?:on|for)|(?:be|are|is) (?:located|based))`,
      'iu',
    ),
);

/** The company gives data to them in a relative clause: "third parties with whom we share", "the partners we share data with". */
const WE_GIVE_AFTER = caseless(
  /^[\s,]*(?:(?:to|with) whom\b|(?:(?:that|whom|which)\s+)?we\s+(?:(?:may|might|can|could|will|would|also|only|do)\s+)*(?:share|disclose|transfer|send|provide|give|sell|pass|make available|transmit)\b)/iu,
);

/**
 * Where the company gets data about you, the source is left open as much as a recipient would be:
 * "we may receive information about you from partners", "information provided by third parties".
 * Requests, orders and links from them carry no data about you.
 */
const SOURCE_BEFORE = caseless(
  new RegExp(
    String.raw`(?:\b(?:receiv|obtain|collect|get|gets|got|acquir|buy|bought|purchas|gather|sourc|import|enrich|combin|supplement)\w*\b(?:(?!\b(?:requests?|orders?|demands?|subpoenas?|complaints?|inquir\w*|questions?|messages?|calls?|links?|notices?|letters?)\b)[^.;:!?]){0,80}?\bfrom|\b(?:provided|supplied|shared|sent|disclosed|transferred|made available)\s+(?:to us\s+)?by)\s+(?:${NOT_IN_A_RECIPIENT_LIST}[^.;:!?\s]+\s+){0,8}$`,
    'iu',
  ),
);

/** Something that sends data to the recipient, then the recipient: "cookies from third parties", "pixels of advertising partners". */
const TRACKER_BEFORE = caseless(/\b(?:cookies?|pixels?|tags?|scripts?|trackers?|SDKs?|plug-?ins?|widgets?|beacons?)\s+(?:from|of|set by|placed by|by)\s+(?:[^.;:!?\s]+\s+){0,3}$/iu);

/**
 * An item of an enumeration inside the sentence, "(2) to a service provider or partner", in a
 * sentence that opens by giving data away: "We may share your information … including: (1) with
 * your consent; (2) to a service provider …".
 */
const ENUMERATED_TO = caseless(/(?:^|[;:,]\s*)(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)|\d{1,2}\.)\s+(?:to|with)\s+(?:[^.;:!?\s]+\s+){0,5}$/iu);
// The company as subject: under /i a capitalised-name alternative would take any word ("Users share …").
const OPENS_BY_GIVING = caseless(
  /^[\s>*_]*(?:we|the company|our company)\s+(?:(?:may|might|can|will|also|only|do)\s+)*(?:shar(?:e|es)|disclos(?:e|es)|transfer(?:s)?|provid(?:e|es)|sell(?:s)?|pass(?:es)? on)\b/iu,
);

/** The recipient word is an adjective on something that sends data to it: "third party cookies", "third-party trackers". */
const TRACKER_AFTER = caseless(/^[\s-]*(?:cookies?|pixels?|tags?|scripts?|trackers?|tracking|SDKs?|plug-?ins?|widgets?|beacons?|analytics|advertising|ads)\b/iu);

/** A sentence that continues the one before it: "For example: … to assist another agency", "e.g." */
const CONTINUES_BEFORE = caseless(
  /^[\s>*-]*(?:for example|for instance|e\.g\.|in particular|such as|(?:this|these|they|those|examples|(?:these |those |such |the )?recipients)\s+(?:may\s+|can\s+|could\s+)?(?:also\s+)?(?:includes?|are|consist of|comprise))\b/iu,
);
/** A data flow in a sentence, without saying to whom: the sentence before "For example:". */
const FLOW_IN_SENTENCE = caseless(
  /\b(?:shar(?:e|es|ed|ing)|disclos\w*|transfer\w*|transmit\w*|pass(?:es|ed|ing)? on|sell|sold|provid\w* (?:it|them|(?:your|personal|this|the|such|certain) (?:data|information)))\b/iu,
);

export interface RecipientText {
  /** The sentence from its start up to the phrase. */
  before: string;
  /** The phrase. */
  matched: string;
  /** From the phrase's end to the sentence's end. */
  after: string;
  /** The sentence before this one (for "For example: …"), read only when needed. */
  previousSentence: () => string;
}

/** Whether the sentence states a data flow to (or handling by) the recipient phrase. */
export function isMadeARecipient(text: RecipientText): boolean {
  // A phrase that starts with its preposition ("with others") brings it along.
  const before = text.before + (/^(?:to|with)\s/iu.exec(text.matched)?.[0] ?? '');
  if (statesFlow(before, text.after)) return true;
  // An example in parentheses takes the role of the noun it explains: "working with third parties (including, for example, business partners, …)".
  const open = unclosedParenthesis(text.before);
  if (open !== -1 && statesFlow(text.before.slice(0, open), text.after.slice(text.after.indexOf(')') + 1))) return true;
  // The phrase itself may carry the verb's object: "third-party cookies" matched as "third-party".
  if (/\b(?:cookies?|trackers?)$/iu.test(text.matched)) return true;
  return CONTINUES_BEFORE.test(text.before + text.matched) && FLOW_IN_SENTENCE.test(text.previousSentence());
}

function statesFlow(before: string, after: string): boolean {
  if (testCaseless(HANDED_TO_BEFORE, before) || ENGAGED_BEFORE.test(before) || OPENS_WITH_TO.test(before) || testCaseless(SOURCE_BEFORE, before)) return true;
  if (testCaseless(TRACKER_BEFORE, before) || (testCaseless(ENUMERATED_TO, before) && testCaseless(OPENS_BY_GIVING, before))) return true;
  // A parenthesis right after the phrase explains it; the verb comes after it: "third parties (including …) may also use cookies".
  const afterAside = /^\s*\(/u.test(after) && after.includes(')') ? after.slice(after.indexOf(')') + 1) : after;
  return HANDLES_AFTER.test(afterAside) || testCaseless(WE_GIVE_AFTER, afterAside) || testCaseless(TRACKER_AFTER, after);
}

/** Where the last parenthesis still open at the end of `before` starts, or -1. */
function unclosedParenthesis(before: string): number {
  let depth = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    if (before[i] === ')') depth++;
    else if (before[i] === '(') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/**
 * Countries named for the people who live there, not as where data goes: "users from other
 * countries may have different expectations", "to all our users around the world".
 */
const PEOPLE_FROM_BEFORE = caseless(
  /\b(?:users?|visitors?|customers?|people|individuals|persons|residents?|citizens?|members|audiences?|communities)\s+(?:(?:from|in|of|across|throughout|all over|living in|based in)\s+)?(?:(?:many|several|all|some|various|different)\s+)?$/iu,
);

export function isAboutPeopleFromCountries(before: string): boolean {
  return testCaseless(PEOPLE_FROM_BEFORE, before);
}
