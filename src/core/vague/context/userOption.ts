// "Once you've created an account, you may import data from a variety of sources", "you can adjust
// your Google Ads Settings, or opt out of advertising-based tracking across a number of providers
// in one go": the vague amount is of things the user picks or acts on, an option offered to the
// user. Judged on real policies it leaves nothing open about what the company does with data.
import { caseless } from '../../text/asciiCaseless';

/** "you can", "you may", then (within a link's bracket) a verb of the user's own action. */
const USER_OPTION =
  /\byou\s+(?:can|may|could|are\s+able\s+to)\s+(?:also\s+)?\[?(?:import|opt|choose|select|connect|link|adjust|disable|enable|manage|control|delete|remove|add|upload|download|install|turn)\w*\b/giu;
/** …and the company does not come in between: "you may import data that we then share with a number of partners". */
const COMPANY = caseless(/\b(?:we|us|our)\b|;/iu);

/** Whether the vague amount stands in an option the user acts on (`before`: the sentence up to it). */
export function isUserOption(before: string): boolean {
  const tail = before.slice(-200);
  // "you can" or "You can": the cheap test first, most sentences give the user no option.
  if (!tail.includes('ou can') && !tail.includes('ou may') && !tail.includes('ou could') && !tail.includes('ou are able')) return false;
  let last: RegExpExecArray | undefined;
  for (const match of tail.matchAll(USER_OPTION)) last = match;
  return last !== undefined && !COMPANY.test(tail.slice(last.index + last[0].length));
}
