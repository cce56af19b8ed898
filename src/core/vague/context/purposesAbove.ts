// A pointer back to the purposes ("for the purposes set out above") is not open when the policy
// gives a list of purposes just above it: a reader finds them a few lines up.
import { caseless } from '../../text/asciiCaseless';

/** How far back (in characters) the list of purposes is looked for: the same or the previous section. */
export const PURPOSES_ABOVE_REACH = 1500;

/** A lead line that introduces purposes or uses: "processed by us for the following purposes:", "We use information … in the following ways:". */
const PURPOSE_LEAD = caseless(/\b(?:purposes?|ways|use|uses|used)\b/iu);
const ENDS_IN_COLON = /:[ \t*]*$/u;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\S/u;
/** The phrase points back, not forward or at the whole policy. */
const POINTS_ABOVE = caseless(/\babove\b/iu);

/**
 * Whether `matched` points back ("above") and a lead line about purposes or uses, followed by a
 * list, stands in `before` (the text of the document before the phrase, up to the reach).
 */
export function isPurposeListAbove(matched: string, before: string): boolean {
  if (!POINTS_ABOVE.test(matched)) return false;
  const lines = before.slice(-PURPOSES_ABOVE_REACH).split('\n');
  return lines.some((line, i) => {
    if (!ENDS_IN_COLON.test(line) || !PURPOSE_LEAD.test(line)) return false;
    const next = lines.slice(i + 1).find((rest) => rest.trim() !== '');
    return next !== undefined && LIST_ITEM.test(next);
  });
}

/**
 * Right after the purpose, a pointer to where the policy lists it: "for the business purposes
 * described above", "for the business and commercial purposes described in the ‘How We Use Your
 * Personal Information’ section above", "(as those terms are defined in applicable law) set forth in
 * the table below", "for the purposes set out below:". Not "described in this policy", which readers
 * judged both ways (first lint of batch-26a/26b, 2026-12-07: 5 of 5 such findings false).
 */
const POINTER_AFTER = caseless(
  /^[ \t]*(?:\([^()\n]{0,80}\)[ \t]*)?(?:described|set\s+(?:forth|out)|listed|outlined|detailed|identified|explained)\s+(?:(above|below)\b|in\s+(?:the|this)\s+(?:[^.;:\n]{0,80}?\s)?(?:section|table|chart|list)\s+(above|below)\b)/iu,
);

/** 'above' or 'below' when `after` (the text right after the purpose) points to where the purpose is listed. */
export function purposePointedAt(after: string): 'above' | 'below' | undefined {
  const match = POINTER_AFTER.exec(after);
  if (!match) return undefined;
  return (match[1] ?? match[2])!.toLowerCase() === 'above' ? 'above' : 'below';
}
