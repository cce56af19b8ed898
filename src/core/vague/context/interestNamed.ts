// "for the legitimate interest of troubleshooting issues with our web sites", "our legitimate
// interests of keeping the event safe for our attendees", "It is in Godot’s legitimate business
// interests to provide you with the information … you request": the interest is named right after
// the words, as what the company does. interestAsserted.ts reads "interest in doing" and labels; these
// are the other two ways policies say it ("of doing"; "It is in our … interest to do", where the
// sentence is the statement of the interest, unlike "we rely on our legitimate interests to develop
// and improve AI", judged open), also after "legitimate business interests". Judged on real policies,
// the basis is then stated; how open the stated interest is belongs to the purpose's own findings.
import { asciiTwinned } from '../../text/asciiTwinned';
import { caseless, testCaseless } from '../../text/asciiCaseless';

/** "legitimate (business) interest(s) of keeping …": not "of third parties" (whose interest, not which), nor "of processing". */
const INTEREST_OF_DOING = asciiTwinned(() => /^legitimate\s+(?:business\s+|commercial\s+|economic\s+)?interests?\s+of\s+(?!processing\b)\p{L}{2,}ing\b/iu);
/** "legitimate (business) interest(s) to provide …": not "to process / to use" (the basis restated), nor "to the extent". */
const INTEREST_TO_DO = asciiTwinned(
  () =>
    /^legitimate\s+(?:business\s+|commercial\s+|economic\s+)?interests?\s+to\s+(?!(?:process|use|do|collect|share|store|retain|disclose|handle|transfer|the|a|an|our|your|its|their|this|that|such|which|whom|what|be)\b)\p{L}{2,}\b/iu,
);
/**
 * "legitimate interests (to develop and improve our service)", "Legitimate interest (e.g. send you
 * more information about Appwrite)", "legitimate interest (B2B marketing)": the interest in
 * brackets right after the words, as legal-basis tables give it. Not a citation ("(Art. 6(1)(f)
 * GDPR)"), a pointer ("(see below)") or the term being defined ("(“Legitimate Interests”)").
 */
const INTEREST_IN_BRACKETS = asciiTwinned(
  () =>
    /^legitimate\s+(?:business\s+|commercial\s+|economic\s+)?interests?\s*\(\s*(?:(?:e\.\s?g\.|i\.\s?e\.|namely|such as)[,:]?\s*)?(?!(?:see|cf|art|article|arts|gdpr|section|sec|para|paragraph|recital|as defined|hereinafter|referred)\b|§|["“'‘])\p{L}[^()\n]{2,100}\)/iu,
);

/** "It is in our / Godot’s / the company's" right before the phrase: the sentence states the interest. */
const IT_IS_IN = caseless(/\bit\s+is\s+in\s+(?:our|its|their|the\s+\w+['’]s|\w+['’]s)\s+$/iu);

/** How much of the text from the phrase on is read (the phrase and the words after it). */
export const INTEREST_NAMED_REACH = 140;
/** How much of the text before the phrase is read ("It is in Godot’s "). */
export const INTEREST_NAMED_BEFORE = 40;

/** `following` starts at the phrase ("legitimate interests …"); `before` ends where it starts. A cheap look for "legitimate" first. */
export function isInterestNamed(following: string, before: string): boolean {
  const passage = following.slice(0, INTEREST_NAMED_REACH);
  if (passage.slice(0, 10).toLowerCase() !== 'legitimate') return false;
  if (testCaseless(INTEREST_OF_DOING, passage) || testCaseless(INTEREST_IN_BRACKETS, passage)) return true;
  return testCaseless(INTEREST_TO_DO, passage) && IT_IS_IN.test(before.slice(-INTEREST_NAMED_BEFORE));
}
