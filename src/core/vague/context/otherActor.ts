// A hedge or a recipient phrase about what another party may do on its own, not about what the
// company does with data: "Read the Docs uses Front to manage support requests. … Front may process
// your contact information", "The Crazyegg script may store a cookie", "the relevant Partner may
// retain your personal data and may also collect data from us", "may be recorded, archived and
// republished by anyone", "If your content is public-facing, third parties may access it", "that
// information may be indexed by search engines or used by third parties". Judged
// on real policies such sentences are not vague about the company's own handling. A name is only
// taken for another party when the policy says the company uses it: "Fleet may update this Privacy
// Policy", where Fleet wrote the policy, stays.
import { testCaseless, caseless } from '../../text/asciiCaseless';
import { asciiTwinned } from '../../text/asciiTwinned';

/** How far back the policy may have said that the company uses the named service. */
export const USED_SERVICE_REACH = 6000;

/** A name right before the hedge, as its subject: "Front may process", "Workable may store". */
const NAME_SUBJECT_BEFORE = asciiTwinned(() => /(?:^|[\s(])(\p{Lu}[\p{L}\p{N}&-]{1,30})\s+(?:also\s+)?$/u);
/** A named party's code as subject: "The Crazyegg script", "the Hotjar pixel". */
const NAMED_TOOL_SUBJECT_BEFORE = asciiTwinned(() => /\b(?:[Tt]he|[Tt]his|[Tt]heir)\s+\p{Lu}[\p{L}\p{N}&.-]{1,30}\s+(?:script|plug-?in|widget|pixel|SDK|tag|snippet)s?\s+(?:also\s+)?$/u);
/** Another party as the subject of a hedge this one is joined to: "the relevant Partner may retain your data and ⟦may also collect⟧". */
const OTHER_SUBJECT_HEDGE_BEFORE = caseless(/\b(?:third[ -]part(?:y|ies)|partners?|(?:service )?providers?|vendors?|others)\s+(?:may|might|could)\s+[^.;:!?\n]{1,80}\s(?:and|or)\s+$/iu);
/** After a passive hedge, its agent: "may be recorded, archived and republished by anyone", "may be stored by Workable’s hosting provider". */
const AGENT_AFTER = asciiTwinned(
  () =>
    /^(?:,?\s+(?:(?:and|or)\s+)?[a-z-]{2,30}ed){0,4}\s+by\s+(?:(anyone|anybody|others|other (?:users|people|members|visitors)|the public|search engines)\b|\[?(\p{Lu}[\p{L}\p{N}&-]{1,30})\]?(?:’s|'s)?\s)/u,
);
/** Words that look like a name at the start of a sentence but are not another party. */
const NOT_A_NAME = /^(?:We|You|It|This|That|These|Those|They|He|She|Our|Your|Its|Their|Data|Information|Cookies?|Users?|Which|There)$/u;

/** What stands right before a service's name when the company uses it: "We use ", "Read the Docs uses [", "provided by ". */
const USES_BEFORE_NAME = asciiTwinned(() => /(?:(?:\b[Ww]e|\p{Lu}[\p{L}\p{N}]{0,40}) (?:also )?(?:use|uses|rel(?:y|ies) on|engage|engages|work with|works with)|\bprovided by) \[?$/u);
/** The longest text USES_BEFORE_NAME can need before the name ("Canonical also relies on [" and a long company word). */
const USES_BEFORE_REACH = 80;
/** A word character right after the name (as \b reads it): "Front" in "Frontend" is not the name. */
const WORD_CHAR = /^\w/;

/**
 * The policy said, in the USED_SERVICE_REACH characters before `position`, that the company uses
 * this service ("Read the Docs uses Front to …", "We use [Workable](…)"). Only the places where the
 * name stands are read: a policy names itself and its services again and again, and running a
 * pattern over the 6,000 characters before each hedge took most of this check's time.
 */
function isNamedAsUsedService(name: string, text: string, position: number): boolean {
  if (NOT_A_NAME.test(name)) return false;
  const windowStart = Math.max(0, position - USED_SERVICE_REACH);
  for (let at = text.indexOf(name, windowStart); at !== -1 && at + name.length <= position; at = text.indexOf(name, at + 1)) {
    if (WORD_CHAR.test(text.slice(at + name.length, at + name.length + 1))) continue;
    if (USES_BEFORE_NAME.test(text.slice(Math.max(windowStart, at - USES_BEFORE_REACH), at))) return true;
  }
  return false;
}

/**
 * A hedge whose subject is another party. `before`: the sentence up to the hedge; `after`: the
 * sentence after it; `text`, `position`: the document and where the hedge starts in it.
 */
export function isHedgeOfOtherActor(before: string, after: string, text: string, position: number, passive: boolean): boolean {
  const tail = before.slice(-120);
  if (NAMED_TOOL_SUBJECT_BEFORE.test(tail) || OTHER_SUBJECT_HEDGE_BEFORE.test(tail)) return true;
  const subject = NAME_SUBJECT_BEFORE.exec(tail.slice(-40))?.[1];
  if (subject !== undefined && isNamedAsUsedService(subject, text, position)) return true;
  if (!passive) return false;
  const agent = AGENT_AFTER.exec(after.slice(0, 120));
  if (!agent) return false;
  return agent[1] !== undefined || (agent[2] !== undefined && isNamedAsUsedService(agent[2], text, position));
}

/** The recipients are the subject of what they may do themselves: "third parties may access it", "the third-party provider may collect information". */
const ACTS_ALONE_AFTER = caseless(/^\s+(?:(?:also|then)\s+)?(?:may|might|could)\s+(?:(?:also|then)\s+)?(?:collect|access|see|view|read|index|record|copy|republish|process|store|track)\b/iu);
/**
 * …unless they do it for the company or to the user's own data: "service providers may access your
 * data on our behalf", "third parties may collect information about your online activities". "Can"
 * is left out on purpose: "other agencies can access entries in the journal" says who has access.
 */
const FOR_THE_COMPANY_OR_ABOUT_YOU = caseless(/\b(?:on (?:our|its) behalf|for us|on behalf of (?:us|the company)|our instructions|we (?:share|provide|disclose|transfer|give)|your|personal)\b/iu);
/** The phrase stands as a subject: at the clause's start, or after an article. */
const SUBJECT_POSITION_BEFORE = caseless(/(?:^[\s>*-]*|[,;:(]\s*|\b(?:the|a|an|some|other|and)\s+)$/iu);

/** The recipients are the agent of a hedged passive: "that information may be indexed by search engines or used by third parties". */
const PASSIVE_AGENT_BEFORE = caseless(/\b(?:may|might|could)\s+be\s+[a-z]{2,20}ed\b[^.;:!?]{0,50}?\bby\s+$/iu);
/** …unless the passive's clause says the data is the user's or the company's: "your data may be accessed by third parties", "information we collect". */
const YOURS_OR_OURS_BEFORE = caseless(/\b(?:your|personal|we|us|our)\b/iu);

/** `before`: the sentence up to the phrase; `after`: the sentence after it. */
export function isRecipientActingAlone(before: string, after: string): boolean {
  // The two shapes first: they are short, anchored tests, and most findings have neither.
  const actsAlone = testCaseless(ACTS_ALONE_AFTER, after);
  if (!actsAlone && !testCaseless(PASSIVE_AGENT_BEFORE, before.slice(-90))) return false;
  if (testCaseless(FOR_THE_COMPANY_OR_ABOUT_YOU, after)) return false;
  if (actsAlone) return SUBJECT_POSITION_BEFORE.test(before.slice(-30));
  // The passive's own clause (after the last comma) names whose data it is.
  return !YOURS_OR_OURS_BEFORE.test(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1));
}

/**
 * The phrase describes what another party does in a hedged passive earlier in the sentence: "it may
 * be accessed and analysed by security authorities in the third country, for example by linking
 * the data with other information from other sources".
 */
const OTHER_AGENT_CLAUSE_BEFORE = caseless(
  /\b(?:may|might|could)\s+be\s+(?:[a-z]{2,20}ed\s+(?:and|or)\s+)?[a-z]{2,20}ed\s+by\s+(?:the\s+)?(?:(?:security|law enforcement|government|public|foreign|intelligence)\s+)?(?:authorities|agencies|anyone|others|third parties|hackers|attackers)\b[^;]*$/iu,
);

/** `before`: the sentence up to the phrase. */
export function isWhatAnotherAgentDoes(before: string): boolean {
  return OTHER_AGENT_CLAUSE_BEFORE.test(before.slice(-200));
}
