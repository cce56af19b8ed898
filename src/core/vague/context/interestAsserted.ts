// A legitimate interest the passage goes on to state in words isInterestStated (resolvedNearby.ts)
// does not read: "legal basis 6(1)(f) – legitimate interests. We assert that we have a legitimate
// charitable and commercial interest in giving people an easy and public way to report …", or a table
// cell "Legitimate interest: security". Judged on real policies, the interest is then said; how open
// it is belongs to the purpose's own findings ("commercial interest", "improve").
import { asciiTwinned } from '../../text/asciiTwinned';
import { testCaseless } from '../../text/asciiCaseless';

/**
 * "a legitimate (charitable and commercial) interest in giving …": the interest named by what the
 * company does. Not "legitimate interest in processing": that restates the basis, not the interest.
 */
const INTEREST_IN_DOING = asciiTwinned(() => /\blegitimate\s+(?:[\p{L}-]+\s+(?:and\s+[\p{L}-]+\s+)?)?interests?\s+in\s+(?!processing\b)[\p{L}]{2,}ing\b/iu);
/** "Legitimate interest: security |", "Legitimate interest:<br>calculate the popularity …": a label with its interest in the same cell. */
const INTEREST_LABELLED = asciiTwinned(() => /^legitimate\s+interests?[ \t]*:[ \t]*(?:<br\s*\/?>[ \t]*)?[\p{L}]/iu);

/** How far after the phrase the interest may be stated (the phrase's sentence and the next). */
export const INTEREST_ASSERTED_REACH = 300;

/** `following` starts at the phrase ("legitimate interests …"). */
export function isInterestAsserted(following: string): boolean {
  let passage = following.slice(0, INTEREST_ASSERTED_REACH);
  const heading = passage.search(/\n[ \t]{0,3}#/u);
  if (heading !== -1) passage = passage.slice(0, heading);
  // A table row ends the cell: the interest must be stated in it.
  if (passage.includes('|')) passage = passage.slice(0, passage.indexOf('|'));
  return testCaseless(INTEREST_LABELLED, passage) || testCaseless(INTEREST_IN_DOING, passage);
}
