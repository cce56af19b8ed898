// "No longer needed" tied to a one-off event the sentence names: "OPF deletes your personal data
// as soon as we no longer require them for processing your inquiry". The reader learns when the
// data goes: once the inquiry is answered. Judged not vague on real policies; an ongoing purpose
// ("as long as necessary to maintain the account") keeps its finding.
import { caseless } from '../../text/asciiCaseless';

/** The rule whose end an event can give. */
export const EVENT_END_RULES: ReadonlySet<string> = new Set(['no-longer-needed']);

/** "for processing your inquiry", "to answer your request", right after the phrase. */
const ONE_OFF_EVENT = caseless(
  /^[ \t]*(?:for|to)[ \t]+(?:the[ \t]+purpose[ \t]+of[ \t]+)?(?:process(?:ing)?|handl(?:e|ing)|answer(?:ing)?|respond(?:ing)?[ \t]+to|fulfil(?:l|ling)?|complet(?:e|ing)|deliver(?:ing)?)[ \t]+your[ \t]+(?:inquiry|inquiries|enquiry|enquiries|request|requests|question|questions|order|application|support[ \t]+request)\b/iu,
);

/** Whether the text right after the phrase (`after`) ties it to a one-off event. */
export function isEndedByEvent(after: string): boolean {
  return ONE_OFF_EVENT.test(after);
}
