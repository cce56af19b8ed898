// Vague-sounding phrases that the text right around them makes specific: the recipient is named
// beside it ("our hosting partner [Fastly](…)", "Vercel, a service provider"), the interest behind
// "legitimate interests" is stated in the same passage ("Our legitimate interest is to answer your
// inquiries"), or the phrase is a capitalised defined term ("the relevant Partner"). Judged on
// real policies, these were the largest share of the "resolved" false positives.
import { caselessFor, caseless } from '../../text/asciiCaseless';
import { asciiTwinned } from '../../text/asciiTwinned';

/** A Markdown link or a capitalised name right after the phrase: "partner [EthicalAds](…)", "partner Fastly". */
const NAME_AFTER = asciiTwinned(
  () =>
    /^[ \t]*(?:\[[^\]\n]{2,60}\]\(|\(\s*(?:e\.\s?g\.,?\s*|i\.\s?e\.,?\s*|namely\s+)?[\p{Lu}][\p{L}\p{N}.&-]+(?:\s+[\p{Lu}][\p{L}\p{N}.&-]+){0,2}\s*[,)]|(?!(?:The|This|These|Those|Our|Your|We|You|It|In|For|To|And|Or|By|As|At|On|If|When|Where|With|From|Such|Other|Any|All|Some|Third|I)\b)[\p{Lu}][\p{L}\p{N}&-]*[\p{L}\p{N}]\b)/u,
);
/** A name in apposition right before, inside the sentence: "processed by Vercel, a service provider". */
const NAME_BEFORE = asciiTwinned(() => /\s[\p{Ll}]+\s+(?:\[[^\]\n]{2,60}\]\([^)\s]*\)|[\p{Lu}][\p{L}\p{N}.&-]+(?:\s+[\p{Lu}][\p{L}\p{N}.&-]+){0,2}),\s+an?\s+(?:[\p{L}-]+\s+){0,2}$/u);
/** A name as the subject of "is the …": "GDS is the data processor", "Stripe acts as our payment service provider". */
const NAME_IS_BEFORE = asciiTwinned(
  () =>
    /(?:^|[\s(])(?!(?:The|This|These|Those|Our|Your|We|You|It|Each|Every|Any|All|Such|That|Which|Who|Where|There|Here|What)\b)[\p{Lu}][\p{L}\p{N}.&-]*[\p{L}\p{N}](?:\s+[\p{Lu}][\p{L}\p{N}.&-]*[\p{L}\p{N}]){0,2}\s+(?:is|acts as|serves as|operates as)\s+(?:the|a|an|our)\s+(?:[\p{Ll}-]+\s+){0,2}$/u,
);
/** A list item that starts with a name and describes it: "- Mailchimp - email campaign service provider". */
const LIST_ITEM_NAME_BEFORE = asciiTwinned(
  () =>
    /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\*\*)?(?:\[[^\]\n]{2,60}\]\([^)\s]*\)|[\p{Lu}][\p{L}\p{N}.&-]*(?:[ \t][\p{Lu}][\p{L}\p{N}.&-]*){0,2})(?:\*\*)?[ \t]*(?:[-\u2013\u2014:]|\*\*:|:\*\*)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}$/u,
);

/** A Markdown link right after the phrase: the one sign of a name in a language that capitalises every noun. */
const LINK_AFTER = /^[ \t]*\[[^\]\n]{2,60}\]\(/u;

/**
 * Whether a recipient phrase is named right beside it. `before` is its sentence up to the phrase;
 * `after` the text after it. `nounsCapitalised` (German): a capital letter is no sign of a name,
 * so only a link counts.
 */
export function isNamedBeside(before: string, after: string, nounsCapitalised = false): boolean {
  if (nounsCapitalised) return LINK_AFTER.test(after);
  return NAME_AFTER.test(after) || NAME_BEFORE.test(before) || NAME_IS_BEFORE.test(before) || LIST_ITEM_NAME_BEFORE.test(before);
}

/**
 * The next sentence names them: "PostHog engages a number of service providers. For instance, we
 * currently use [Stripe](…) to …", "These include Mailchimp and Zendesk."
 */
const NAMED_IN_NEXT_SENTENCE = asciiTwinned(
  () =>
    /^[ \t]*(?:\r?\n[ \t]*)?(?:For (?:example|instance)|These (?:include|are)|They (?:include|are)|This includes|Examples include|Currently|At present)[,:]?[ \t]+(?:(?:we|our)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,3}?)?(?:\[[^\]\n]{2,60}\]\(|(?!(?:The|This|These|Those|Our|Your|We|You|It|In|For|To|And|Or|By|As|At|On|If|When|Where|With|From|Such|Other|Any|All|Some|Third|I)\b)[\p{Lu}][\p{L}\p{N}&.-]*[\p{L}\p{N}])/u,
);

/**
 * The next sentence introduces a list of them: "For instance, we currently use the following service
 * providers who will handle your personal information:" and the list below it (the issue's "listed
 * below, with the list present"). The recipient noun is required: "the following data:" lists
 * something else.
 */
const LIST_OF_RECIPIENTS_NEXT = asciiTwinned(
  () =>
    /^[ \t]*(?:\r?\n[ \t]*)?[^.!?\n]{0,160}?\bthe following\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:service\s+)?providers?|vendors?|partners?|(?:sub-?)?processors?|recipients?|third[ -]parties|companies|organi[sz]ations|suppliers?|services)\b[^.!?\n]{0,100}:[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t>]*(?:[-*+]|\d{1,3}[.)])[ \t]+\S/iu,
);

/** How far past the end of its sentence the next sentence is read. */
export const NEXT_SENTENCE_REACH = 320;

/** Whether the sentence after the phrase's sentence names the recipients. `next` starts where the sentence ends. */
export function isNamedInNextSentence(next: string): boolean {
  const after = next.replace(/^[.!?]?["”’)]*/u, '');
  return NAMED_IN_NEXT_SENTENCE.test(after) || LIST_OF_RECIPIENTS_NEXT.test(after);
}

/**
 * A disclosure to the authorities tied to a named legal process: "to law enforcement in response to
 * a valid subpoena, court order or warrant". A reader learns when it happens; an unqualified "if
 * required by law" has rules of its own. `after` is the rest of the sentence.
 */
const LEGAL_PROCESS_AFTER = caseless(
  /^[^.;:]{0,40}?\b(?:in\s+response\s+to|pursuant\s+to|on\s+(?:receipt|the\s+basis)\s+of|as\s+compelled\s+by|when\s+served\s+with|upon\s+receipt\s+of)\s+(?:an?\s+)?(?:valid\s+|lawful\s+|legally\s+binding\s+|binding\s+|formal\s+)?(?:subpoenas?|court\s+orders?|(?:search\s+)?warrants?|legal\s+process|judicial\s+orders?)\b/iu,
);

/** Whether the rest of the sentence ties the disclosure to a named legal process. */
export function isTiedToLegalProcess(after: string): boolean {
  return LEGAL_PROCESS_AFTER.test(after);
}

/**
 * A statement of what the interest is: "our legitimate interest is to…", "these legitimate
 * interests include…", "our legitimate interest in X lies in…", or a "Legitimate interests:" label
 * followed by prose.
 */
const INTEREST_STATED = caseless(
  /\blegitimate interests?\b(?:\s+(?:in|for)\s[^.\n]{1,80}?)?\s+(?:(?:is|are|lies|lie|consists?)(?:\s+(?:to|in|of|that|for|the|our)\b|\s*:)|includes?\b[,:]?\s*\w)|\blegitimate interests?\s+(?:(?:follows?|results?|arises?|derives?|stems?)\s+from|(?:is|are)\s+(?:derived|set out|described|explained)\s+(?:from|in|above|below))\s+(?:the|our|these|this|section)\b|\*\*legitimate interests?:?\*\*:?\s*(?:>[ \t]*)?(?:our|we|the|this|these)\b/iu,
);
/** How far after the phrase a statement of the interest is looked for (the same passage). */
export const INTEREST_REACH = 300;

/**
 * Whether the passage that starts at "legitimate interests" states the interest, before the next
 * heading. `following` starts at the phrase itself.
 */
export function isInterestStated(following: string): boolean {
  let passage = following.slice(0, INTEREST_REACH);
  const heading = passage.search(/\n[ \t]{0,3}#/u);
  if (heading !== -1) passage = passage.slice(0, heading);
  return INTEREST_STATED.test(passage);
}

/** A capitalised term after an article, mid-sentence: "the relevant Partner", "any use by the Partner". */
const ARTICLE_BEFORE = caseless(/\b(?:the|a|an|any|each|such|this|that|relevant)\s+$/iu);
/** Where a term is being defined: "(referred to below as a “Partner”)", "(hereinafter “usage data”)". */
const BEING_DEFINED = caseless(
  /(?:\b(?:hereinafter|hereafter)(?:\s+(?:referred to|called))?|\b(?:referred to|called|defined)(?:\s+(?:below|hereinafter|hereafter|in this (?:policy|notice)))?\s+as|\bcollectively,?)\s+(?:an?\s+|the\s+)?["“'‘]?$/iu,
);

/**
 * Whether the phrase is a defined term: being defined here, or used with a capital after an article
 * (not in a language that capitalises every noun, `nounsCapitalised`: German "an Dritte").
 */
export function isDefinedTerm(before: string, matched: string, nounsCapitalised = false): boolean {
  if (caselessFor(BEING_DEFINED, before).test(before)) return true;
  if (nounsCapitalised) return false;
  const first = matched.charAt(0);
  return first !== first.toLowerCase() && before.trim() !== '' && ARTICLE_BEFORE.test(before);
}
