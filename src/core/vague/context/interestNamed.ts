// "for the legitimate interest of troubleshooting issues with our web sites", "our legitimate
// interests of keeping the event safe for our attendees", "It is in Godot’s legitimate business
// interests to provide you with the information … you request": the interest is named right after
// the words, as what the company does. interestAsserted.ts reads "interest in doing" and labels; these
// are the other two ways policies say it ("of doing", "to do"), also after "legitimate business
// interests". Judged on real policies, the basis is then stated; how open the stated interest is
// belongs to the purpose's own findings ("improve", "personalise").
import { asciiTwinned } from '../../text/asciiTwinned';
import { testCaseless } from '../../text/asciiCaseless';

/**
 * "legitimate (business) interest(s) of keeping …", "… to provide …". Not "of third parties" (whose
 * interest, not which), nor "to process / to use your data" (the basis restated), nor "to the extent".
 */
const INTEREST_NAMED = asciiTwinned(
  () =>
    /^legitimate\s+(?:business\s+|commercial\s+|economic\s+)?interests?\s+(?:of\s+(?!processing\b)\p{L}{2,}ing\b|to\s+(?!(?:process|use|do|collect|share|store|retain|disclose|handle|transfer|the|a|an|our|your|its|their|this|that|such|which|whom|what|be)\b)\p{L}{2,}\b)/iu,
);

/** How much of the text from the phrase on is read (the phrase and the words after it). */
export const INTEREST_NAMED_REACH = 80;

/** `following` starts at the phrase ("legitimate interests …"); a cheap look for "legitimate" first. */
export function isInterestNamed(following: string): boolean {
  const passage = following.slice(0, INTEREST_NAMED_REACH);
  if (passage.slice(0, 10).toLowerCase() !== 'legitimate') return false;
  return testCaseless(INTEREST_NAMED, passage);
}
