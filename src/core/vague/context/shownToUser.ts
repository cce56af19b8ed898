// A recipient the app names to the user before the data goes: "your booking information is
// transmitted to a verification partner used by the provider. The specific verification partner
// is displayed in the app before transmitting the information." The user learns who it is at the
// moment it matters; judged not vague on real policies.

/** How far into the next sentence the statement is looked for. */
export const SHOWN_REACH = 200;

const DISPLAYED = String.raw`(?:is|are|will[ \t]+be)[ \t]+(?:displayed|shown|named|indicated)[ \t]+(?:to[ \t]+you[ \t]+)?(?:in[ \t]+the[ \t]+app|on[ \t]+(?:the[ \t]+)?screen|before)\b`;
/** "The specific verification partner is displayed in the app", later in the sentence or in the next one. */
const SPECIFIC_ONE_DISPLAYED = new RegExp(
  String.raw`\b(?:specific|respective|actual|individual)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:partners?|providers?|recipients?|compan(?:y|ies)|processors?)[ \t]+${DISPLAYED}`,
  'iu',
);
/** The phrase itself is the subject: "The specific verification [partner] is displayed in the app". */
const PHRASE_DISPLAYED = new RegExp(String.raw`^[ \t]+${DISPLAYED}`, 'iu');

/** Whether the recipient is shown to the user: `after` runs from the phrase to the sentence's end, `next` is the text after the sentence. */
export function isShownToUser(after: string, next: string): boolean {
  return PHRASE_DISPLAYED.test(after) || SPECIFIC_ONE_DISPLAYED.test(after) || SPECIFIC_ONE_DISPLAYED.test(next.slice(0, SHOWN_REACH));
}
