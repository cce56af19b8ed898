// "Our legitimate interest is to enhance the user experience by improving the performance of Ocean
// Market", "personalize the service, including remembering the devices from which you have previously
// logged in", "enhancing the safety and security of our Services (e.g., troubleshooting, data analysis,
// testing, system maintenance, and reporting)": an open purpose followed at once by the concrete
// activities that carry it out. Judged on real policies, the purpose is then said; activities that are
// themselves open ("by improving our services", "such as showing you relevant content") keep it.
import { asciiTwinned } from '../../text/asciiTwinned';
import { caseless } from '../../text/asciiCaseless';

/** "… by improving", "…, including remembering", "… (e.g., troubleshooting": the first activity, a gerund, right after the phrase (its object may stand between). */
const MEANS = asciiTwinned(
  () =>
    /^[^.;:()\n]{0,40}?(?:,[ \t]*|[ \t]+|[ \t]*\()(?:(?:e\.g\.,?|for example,?|for instance,?|including|such as|namely|i\.e\.,?|specifically)[ \t]+(?:by[ \t]+)?|by[ \t]+)(?<gerund>\p{L}{3,}ing)\b/iu,
);
/** Activities as open as the purpose: about the services, the experience, content, usage or data in general, analysis or marketing. */
const OPEN_MEANS = caseless(
  /\b(?:services?|products?|experience|offerings?|business|content|trends|features|operations|purposes|activities|usage|data|information|analy[sz]\w*|insights?|marketing|advertis\w*|other|various|certain|relevant|interests?|etc)\b/iu,
);
/** How far the first activity is read. */
const MEANS_REACH = 160;

/** `after`: the rest of the sentence after the open purpose. */
export function isPurposeCarriedOutBy(after: string): boolean {
  if (!after.includes('ing')) return false;
  const means = MEANS.exec(after);
  if (!means) return false;
  // The first activity: from its gerund to the next comma or the clause's end. Not to the next "and":
  // "enhancing the safety and security of our Services" is one activity, about the services.
  const rest = after.slice(means.index + means[0].length, means.index + means[0].length + MEANS_REACH);
  const end = rest.search(/[.,;:)\n]/u);
  const activity = means.groups!['gerund']! + (end === -1 ? rest : rest.slice(0, end));
  return !OPEN_MEANS.test(activity);
}
