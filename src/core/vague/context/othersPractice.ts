// "Creepily, some DNS providers sell data about your Internet activity or use it to target you with
// ads": a sentence about what other companies do in general, often to explain why the company does
// otherwise. The vague phrase describes an industry's practice, not the company's own handling
// (judged so on real policies).
import { asciiTwinned } from '../../text/asciiTwinned';

/** The clause opens with other companies in general as subject, then their verb: "some DNS providers sell", "many websites track". */
const OTHERS_AS_SUBJECT = asciiTwinned(
  () =>
    /(?:^|[,;:]\s*)(?:[A-Z][a-z]+ly,\s*)?(?:some|many|most|other)\s+(?:[\p{L}-]+\s+){0,2}?(?:providers|companies|websites|sites|apps|services|browsers|operators|networks|businesses)\s+(?:also\s+|often\s+|even\s+)?(?:sell|collect|use|track|share|store|log|record|monitor|profile|build)s?\b(?:(?!\b(?:we|us|our)\b)[^;:])*$/iu,
);

/** `before`: the sentence up to the phrase. */
export function isAboutOthersPractice(before: string): boolean {
  return OTHERS_AS_SUBJECT.test(before.slice(-160));
}
