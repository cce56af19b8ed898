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

/** Right before a vague time: the company sends (the user) … ("to send you occasional solicitations and newsletters"). */
const SEND_BEFORE = caseless(/\bsend(?:s|ing)?\s+(?:you\s+)?$/iu);
/** …and right after it, what is sent is a message. */
const MESSAGE_AFTER = caseless(/^[ \t]+(?:solicitations?|newsletters?|e-?mails?|messages?|reminders?|announcements?|updates?|notifications?)\b/iu);

/** "send you occasional newsletters": the vague time says how often the user is written to (issue #12, fp12l). */
export function isTimedMessageToUser(before: string, after: string): boolean {
  return SEND_BEFORE.test(before.slice(-20)) && MESSAGE_AFTER.test(after);
}
