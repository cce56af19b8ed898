// The usual disclaimer about security: "Although we strive to protect your personal data, we cannot
// guarantee the security of your data while it is being transmitted". The effort is named only to say
// what cannot be promised: judged not worth questioning in three unrelated development policies
// (Bountysource and iNaturalist among them), where "we strive to use commercially acceptable means to
// protect …" was judged true (the means are what is vague): only an effort whose object is the
// protection itself is lowered.
import { caseless } from '../../text/asciiCaseless';

/** The effort rules this reads ("we strive to", "we try to"). */
export const DISCLAIMED_EFFORT_RULES: ReadonlySet<string> = new Set(['we-try']);

/** Right after the effort: "protect", "keep … secure" (not "use … means to protect"). */
const PROTECTION_FOLLOWS = caseless(/^[ \t]*(?:protect|safeguard|secure|keep[ \t]+(?:your|our|the|all)[ \t]+[^.;]{0,40}?(?:safe|secure))\b/iu);

/** The sentence says what cannot be promised: "we cannot guarantee", "can not ensure or warrant". */
const CANNOT_PROMISE = caseless(
  /\b(?:cannot|can[ \t]+not|can['’]t|are[ \t]+unable[ \t]+to|is[ \t]+unable[ \t]+to)[ \t]+(?:fully[ \t]+|absolutely[ \t]+|completely[ \t]+)?(?:guarantee|ensure|warrant|promise)\b/iu,
);

/** `after`: the sentence after the phrase; `sentence`: the whole sentence. */
export function isSecurityDisclaimer(after: string, sentence: string): boolean {
  return PROTECTION_FOLLOWS.test(after) && CANNOT_PROMISE.test(sentence);
}
