// "The app requires access to a number of your smartphone's features"; "Before you can use some of
// the app's features"; "participants are invited to take part in a variety of opt-in surveys": a
// vague amount whose own object is a part of the app or an activity on offer, not data, recipients,
// purposes or cases. Judged on real policies it leaves nothing open about what happens to data (the
// sentences that say which features send what are checked on their own). aboutData.ts does the same
// for a whole sentence that says nothing about data; this reads the phrase's own object, so a
// sentence that also names data ("features that send your data") still has its data phrases checked.
import { asciiTwinned } from '../../text/asciiTwinned';

/**
 * The object right after the phrase: up to two words ("your smartphone's", "opt-in", "the app’s")
 * and then features, functions or interfaces, or surveys and questionnaires.
 */
const NOT_DATA_OBJECT = asciiTwinned(
  () => /^\s*(?:(?:the|your|our|its|their|these|those|different)\s+)?(?:[\p{L}-]{1,30}(?:’s|'s)?\s+){0,2}?(?:features?|functions?|functionalit(?:y|ies)|interfaces?|surveys?|questionnaires?)\b/iu,
);

/** `after`: the sentence after the vague-quantity phrase. */
export function countsNoData(after: string): boolean {
  return NOT_DATA_OBJECT.test(after.slice(0, 80));
}
