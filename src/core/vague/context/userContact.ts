// "This is needed to send the messages to the communication partner": in a messaging app the
// partner is the person the user writes to, whom the user picks, not a company the provider shares
// data with (judged so on real policies). Lowered like the other recipients the user chooses.
import { caseless } from '../../text/asciiCaseless';

/** The word right before "partner" makes it the user's correspondent: "communication partner", "chat partner". */
const CORRESPONDENT_BEFORE = caseless(/\b(?:communication|chat|conversation|messaging|call)[ -]$/iu);
const PARTNER = caseless(/^partners?$/iu);

/** `before`: the sentence up to the phrase; `matched`: the phrase. */
export function isUsersCorrespondent(before: string, matched: string): boolean {
  return PARTNER.test(matched) && CORRESPONDENT_BEFORE.test(before.slice(-20));
}
