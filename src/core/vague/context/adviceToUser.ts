// "Please delete family certificates when you no longer need them", "so please take care to keep
// personal information such as your contact details to the correct fields", "We encourage you to
// review the Privacy Policy whenever you access the Services or otherwise interact with us", "you
// can visit www.aboutcookies.org, which … on a wide variety of browsers": advice to the reader on
// what to do. Judged on real policies (issue #12, fp12l) the phrase then qualifies the user's own
// step, not what the company does with data. A sentence that also says what the company does
// ("we recommend that you review the policies of the partners we may share your data with") stays.
import { caseless } from '../../text/asciiCaseless';

/** Substrings one of the advice patterns needs: most sentences have none. */
const CHEAP_WORDS = ['lease', 'ncourage', 'ecommend', 'dvise', 'urge', 'uggest', 'visit'];

/**
 * The advice itself, before the phrase and carrying it: a polite imperative of the user's own step,
 * or the company urging the user. A clause with a subject of its own in between ("Please check this
 * page frequently as your continued use … will constitute your acceptance") is the company's again.
 */
const ADVICE_BEFORE = caseless(
  /(?:\b(?:please|kindly)\s+(?:(?:also|always|be\s+sure\s+to)\s+)?(?:delete|remove|take\s+care|review|check|keep|make\s+sure|ensure|be\s+(?:careful|aware)|do\s+not|don't|avoid|read|consult|visit|refer)\b|\bwe\s+(?:strongly\s+|would\s+)?(?:encourage|recommend|advise|urge|suggest)\s+(?:that\s+)?you\b|\byou\s+(?:can|may|could|should)\s+(?:also\s+)?visit\b)(?:(?!\b(?:as|because|since|but|while|whereas|and)\s+(?:your|the|we|our|this)\b)(?:[^.;!?]|\.(?=\S)))*$/iu,
);
/** How far before the phrase the advice may begin. */
const ADVICE_REACH = 200;
/** The company's own handling of data in the same sentence: then the advice does not carry it. */
const COMPANY_HANDLING = caseless(/\bwe\s+(?:(?:also|may|might|will|can|could|would)\s+)*(?:collect|use|share|disclose|process|retain|store|keep|transfer|sell|send|provide|receive|obtain)\w*\b/iu);

/** Whether the sentence may hold advice and says nothing of the company's own handling: asked once per sentence. */
export function mayBeAdviceToUser(sentence: string): boolean {
  return CHEAP_WORDS.some((word) => sentence.includes(word)) && !COMPANY_HANDLING.test(sentence);
}

/** `before`: the sentence up to the phrase (only asked when mayBeAdviceToUser holds). */
export function isInAdviceToUser(before: string): boolean {
  return ADVICE_BEFORE.test(before.slice(-ADVICE_REACH));
}
