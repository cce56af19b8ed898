// "For legal reasons, a confirmation e-mail will be sent to the e-mail address entered"; "PostHog
// may occasionally send you an email to tell you about security …", "we reserve the right to
// contact you by other means": a vague time, legal ground or hedge for writing to the user, not for
// a use of data the user cannot see. Judged on real policies the
// reader learns what happens (a message arrives), so the phrase leaves nothing open about data.
import { caseless } from '../../text/asciiCaseless';

/** Right after the phrase, in its clause: the company sends the user a message. */
const SENDS_YOU_A_MESSAGE = caseless(
  /^[^.;:!?\n]{0,40}?\b(?:send(?:s|ing)? you\b|to (?:contact|reach|notify) you by\b|(?:an?|the) (?:confirmation |notification |verification )?(?:e-?mail|message|notification|letter|text message) (?:will|is|shall) (?:then )?(?:be )?sent\b)/iu,
);

/** `after`: the sentence after the phrase. */
export function isAboutMessageToUser(after: string): boolean {
  return SENDS_YOU_A_MESSAGE.test(after);
}
