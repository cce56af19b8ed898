// A warning that data can point to who the user is: "If you share these, someone may use them to
// figure out who you are", "That combination is often unique, and could be used to identify you",
// "Even a tiny amount of location data is enough to give a strong clue to someone's identity", "The
// risk of this varies depending on the type of data, but it is often surprisingly easy to identify
// people". Judged on real policies such a sentence explains a risk to the user and says nothing
// vague about what the company does; one that names the company ("we", "our") is not read as one.
import { testCaseless, caseless } from '../../text/asciiCaseless';

/** Being identified: "identify you", "figure out who you are", "a strong clue to someone's identity". */
const IDENTIFIED = caseless(
  /\b(?:(?:re-?)?identify (?:you|people|individuals|most individuals|someone|a person)|(?:figure out|find out|learn|tell|work out) who you are|(?:someone|a person)(?:’s|'s) identity)\b/iu,
);

/** The company as an actor in the sentence: "we", "our", or a name as a modal's subject ("Open Humans may use it to identify you"). */
const COMPANY = caseless(/\b(?:we|us|our|ours)\b/iu);
const NAMED_ACTOR = /\b(?!(?:That|This|These|Those|It|You|They|If|Someone|Anyone|People)\b)\p{Lu}[\p{L}\p{N}&-]+\s+(?:may|might|could|can|will|uses?|collects?|shares?)\b/u;

/** Words IDENTIFIED needs (none has an "s" or "k", which /iu folds otherwise): most sentences have none. */
const IDENTITY_WORD = /identif|identity|who you are/i;

/** `sentence`: the finding's sentence. */
export function isIdentificationRiskWarning(sentence: string): boolean {
  return IDENTITY_WORD.test(sentence) && testCaseless(IDENTIFIED, sentence) && !testCaseless(COMPANY, sentence) && !NAMED_ACTOR.test(sentence);
}
