// "The app requires access to a number of your smartphone's features"; "Before you can use some of
// the app's features"; "participants are invited to take part in a variety of opt-in surveys": a
// vague amount whose own object is a part of the app or an activity on offer, not data, recipients,
// purposes or cases. Judged on real policies it leaves nothing open about what happens to data (the
// sentences that say which features send what are checked on their own). aboutData.ts does the same
// for a whole sentence that says nothing about data; this reads the phrase's own object, so a
// sentence that also names data ("features that send your data") still has its data phrases checked.
// "If you reject new cookies, portions of Open Humans will not function as intended": parts of the
// site that stop working are no data either.
import { asciiTwinned } from '../../text/asciiTwinned';

/**
 * The object right after the phrase: up to two words ("your smartphone's", "opt-in", "the app’s")
 * and then features, functions or interfaces, or surveys and questionnaires.
 */
const NOT_DATA_OBJECT = asciiTwinned(
  () => /^\s*(?:(?:the|your|our|its|their|these|those|different)\s+)?(?:[\p{L}-]{1,30}(?:’s|'s)?\s+){0,2}?(?:features?|functions?|functionalit(?:y|ies)|interfaces?|surveys?|questionnaires?)\b/iu,
);

/**
 * Parts of the site that stop working (after refused cookies, or without an account): "portions of
 * Open Humans will not function as intended", "some parts of the site may not work". The object is
 * up to four words (the site's name, "the website") and then the site failing, within the clause.
 */
const SITE_PARTS_FAIL = asciiTwinned(
  () =>
    /^\s*(?:(?:parts?|portions?|areas?|sections?|pages?)\s+of\s+)?(?:[\p{L}’'.-]{1,30}\s+){1,4}?(?:(?:will|may|might|would|could|can|does|do)\s+not|won[’']t|cannot|can[’']t|doesn[’']t|don[’']t)\s+(?:be\s+able\s+to\s+)?(?:function|work|load|display|be\s+(?:available|accessible|usable))\b/iu,
);

/** `after`: the sentence after the vague-quantity phrase. */
export function countsNoData(after: string): boolean {
  return NOT_DATA_OBJECT.test(after.slice(0, 80)) || SITE_PARTS_FAIL.test(after.slice(0, 100));
}
