// Examples and clarification that follow a phrase: "such as your email address", "third-party
// analytics tools (Google Analytics, Mixpanel)", "specifically Google Analytics and Salesforce".
// When what follows names concrete things, the phrase is resolved in place.
import { caseless } from '../../text/asciiCaseless';
import { asciiTwinned } from '../../text/asciiTwinned';

const CONCRETE_DATA = caseless(
  /\b(?:e-?mail(?: address(?:es)?)?|(?:first |last |full |user ?)?names?|user ?names?|(?:postal |mailing |billing |shipping |ip |e-?mail |home )?address(?:es)?|phone(?: numbers?)?|telephone(?: numbers?)?|mobile numbers?|dates? of birth|birth ?dates?|passwords?|ip addresses?|device ids?|cookie ids?|payment card|credit card(?: numbers?)?|bank (?:account|details)(?: numbers?)?|gps|postcodes?|zip codes?|country|city|language|time ?zone|browser (?:type|version)s?|operating system|screen (?:size|resolution)|profile (?:picture|photo)|photos?|messages?|invoices?|unique identifiers?)\b/iu,
);
/**
 * The first example is a proper name: a capitalised word ("Stripe", "Google Analytics"), a word with
 * an inner capital ("PayPal") or an acronym ("AWS"), not a common word capitalised as a title.
 */
const PROPER_NAME_FIRST = asciiTwinned(
  () =>
    /^(?!(?:The|This|These|Those|Our|Your|We|You|It|In|For|To|And|Or|By|As|At|On|Such|Other|Any|All|Some|Certain|Third|Partners?|Service|Services|Providers?|Companies|Company|Affiliates?|Vendors?|Websites?|Sites?|Apps?|Platform)\b)(?:[\p{Lu}][\p{Ll}\p{N}]*[\p{Lu}][\p{L}]*|[\p{Lu}][\p{Ll}\p{N}]{1,}|[\p{Lu}]{2,})\b/u,
);
/** The first example is a concrete data item, possibly after "your"/"the". */
export const CONCRETE_DATA_FIRST = caseless(new RegExp(String.raw`^(?:(?:your|the|a|an|their|his|her)\s+)?` + CONCRETE_DATA.source, 'iu'));
/** How far after the phrase examples are read. */
const REACH = 100;
/** What may stand between the phrase and its examples. */
const LEAD_IN = caseless(
  /^[\s,:(\u2013\u2014-]*(?:(?:such as|for example|for instance|e\.\s?g\.,?|including but not limited to|including without limitation|including|like|namely|specifically|i\.\s?e\.,?|in particular|especially|currently|which (?:are|is|include)|as follows:?)\s*)?/iu,
);
/** "of other volunteers", "of our customers" right after a concrete data item: the people it belongs to. */
const OWNER_AFTER_DATA = asciiTwinned(() => /(?<=\b(?:address(?:es)?|names?|numbers?|birth|passwords?|photos?|messages?))\s+of\s+(?:the\s+|our\s+|other\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?$/iu);
/** Vague words that keep the examples themselves open. */
const STILL_VAGUE = caseless(
  /\b(?:other|similar|etc|and so on|certain|various|some|partners?|third part(?:y|ies)|providers?|companies|affiliates?|vendors?|services?|tools?|technologies|information|data|content)\b/iu,
);

/**
 * Whether the text after the phrase (up to the end of its sentence) gives concrete examples:
 * named organisations or products, or specific data items, and nothing still open-ended.
 * `after` starts right after the phrase.
 */
export function isFollowedBySpecificExamples(after: string, phraseIsLeadIn: boolean): boolean {
  const stretch = after.slice(0, REACH);
  const lead = LEAD_IN.exec(stretch)![0];
  if (!phraseIsLeadIn && lead.trim() === '') return false;
  // A list that starts right after a colon ("we may also collect:\n* bank details…"): its first item is the example.
  const rest = stretch.slice(lead.length).replace(/^(?:[-*+]|\d{1,3}[.)])[ \t]+/u, '');
  const clauseEnd = rest.search(/[.;!?)\n]|\s(?:to|for|in order|so that|and we|which|that|who)\s/u);
  const clause = clauseEnd === -1 ? rest : rest.slice(0, clauseEnd);
  // "the name and email address of other volunteers": whose data it is, not more of it.
  const owner = OWNER_AFTER_DATA.exec(clause);
  const examples = owner ? clause.slice(0, owner.index) : clause;
  const first = examples.trimStart();
  if (first.length < 3 || STILL_VAGUE.test(examples)) return false;
  // The examples must start right away with something specific: "such as Stripe", "such as your
  // email address", not "(eg by publishing a report…)" or ", and Cloudflare will…".
  return PROPER_NAME_FIRST.test(first) || CONCRETE_DATA_FIRST.test(first);
}

/** A hedge's object that only says what the data is about, then gives examples: "information about visitors' devices and browsers, such as browser version". */
const OBJECT_BEFORE_EXAMPLES = asciiTwinned(
  () =>
    /^\s*(?:(?:the|your)\s)?(?:(?:information|data|details)\s(?:about|on|regarding|from)\s[^.;:,()\s]+(?:\s[^.;:,()\s]+){0,8}|[\p{Ll}-]+(?:\s[\p{Ll}-]+)?),?\s+\(?(?=(?:such as|for example|for instance|including|like)\b|e\.\s?g\.)/iu,
);

/**
 * Whether a hedge's object is given by concrete examples: "we may collect information about
 * visitors' devices and browsers, such as browser version and type, IP address". The open list
 * ("information … such as") has rules of its own; the hedge says no more than the examples do.
 */
export function isObjectGivenByExamples(after: string): boolean {
  const object = OBJECT_BEFORE_EXAMPLES.exec(after);
  return object !== null && isFollowedBySpecificExamples(after.slice(object[0].length), false);
}
