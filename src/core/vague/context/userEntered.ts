// "Within the app, you can enter, manage, and edit various information"; "if you use the journal
// to note … and record certain details of the encounter": data the user types in themselves. The
// sentence says what the user does, not what the company collects on its own (judged so on real
// policies); the sentences about what the company does with it are checked on their own.
import { caseless } from '../../text/asciiCaseless';

/** A verb of the user's own input right before the phrase (after a list of such verbs). */
const INPUT_VERB_BEFORE = caseless(/\b(?:enter|record|note|edit|type|write|save|upload|input|add|fill in|store|keep|manage)\s+$/iu);
/** The clause before names the user and not the company after it. */
const USER_IN_CLAUSE = caseless(/\byou\b(?![^;]*\b(?:we|us|our)\b)[^;]*$/iu);

/** `before`: the sentence up to the phrase. */
export function isEnteredByUser(before: string): boolean {
  return INPUT_VERB_BEFORE.test(before) && USER_IN_CLAUSE.test(before);
}
