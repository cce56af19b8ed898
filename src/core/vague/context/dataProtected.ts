// "Open Collective takes reasonable measures to help protect information about you from loss, theft,
// misuse …", "precautions to protect your information both online and offline": the vague data or
// open list is what the company protects. Judged on real policies (issue #12, fp12l) that says how
// data is kept safe, not which data is used or shared; how strong the protection is ("reasonable
// measures") has rules of its own, left alone.
import { caseless } from '../../text/asciiCaseless';

/** Categories a protecting verb right before makes harmless: the data protected, or where it is protected. */
export const PROTECTED_CATEGORIES: ReadonlySet<string> = new Set(['unspecific-data', 'open-lists']);

/** Right before the phrase: a verb of protecting, then at most four words of its object ("protect your information both"). */
const PROTECT_BEFORE = caseless(/\b(?:protect|safeguard|secure)(?:s|ed|ing)?\s+(?:(?!(?:and|or|to|with)\b)[\w'-]+\s+){0,4}$/iu);

/** `before`: the sentence up to the phrase. */
export function isWhatIsProtected(before: string): boolean {
  const tail = before.slice(-60);
  // Most sentences protect nothing: a plain substring first ("protect", "safeguard", "secure").
  if (!tail.includes('rotect') && !tail.includes('afeguard') && !tail.includes('ecure')) return false;
  return PROTECT_BEFORE.test(tail);
}
