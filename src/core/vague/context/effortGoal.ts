// "We try to …", "designed to help …": a hedged effort is worth questioning when its goal is about
// the data (its security, privacy, minimisation, deletion). Judged on real policies, an effort "to
// offer a bug-free app", "to meet those needs" or a feature "designed to help individuals protect
// their home networks" promises nothing about how the company handles data. Resisting a demand for
// the data is about the data: "will attempt to decline any abusive or unfounded request" (#12).
// So is removing it: "we will work to remove public references to your activity".
import { caseless } from '../../text/asciiCaseless';

/** The effort rules this applies to (English). */
export const EFFORT_RULES: ReadonlySet<string> = new Set(['we-try', 'designed-to']);
/** How far after the phrase the goal is read (within its sentence). */
export const EFFORT_GOAL_REACH = 100;

const DATA_GOAL = caseless(
  /\b(?:data|information|privacy|private|personal|secur\w*|safe(?:ly|ty)?|confidential\w*|unauthori[sz]ed|breach\w*|leak\w*|cookies?|track\w*|records?|identif\w*|anonymi[sz]\w*|pseudonymi[sz]\w*|minimi[sz]\w*|delet\w*|eras\w*|remov\w*|retain\w*|retention|encrypt\w*|shar(?:e|ed|es|ing)|disclos\w*|collect\w*|process\w*|consent\w*|rights?|declin\w*|refus\w*|challeng\w*|contest\w*|resist\w*)\b/iu,
);

/** The goal after the effort phrase (the phrase, whose verb may be the goal's: "will work to remove", and the rest of its sentence, up to the reach) names nothing about data. */
export function isEffortGoalNotAboutData(goal: string): boolean {
  return !DATA_GOAL.test(goal);
}
