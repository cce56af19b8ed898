// The shape of one vague-language rule. The catalogue (catalogue/*.ts) is validated against it at
// load time and in unit tests, so a malformed rule is caught before it reaches a user.
import { array, enum as enumOf, minLength, object, optional, string, type infer as Infer } from 'zod/mini';
import { SEVERITIES } from '../severity';

export const CATEGORIES = ['unnamed-recipients', 'open-purposes', 'hedged-modality', 'open-lists', 'vague-quantity', 'vague-time', 'unspecific-data', 'vague-legal-basis'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  'unnamed-recipients': 'Unnamed recipients',
  'open-purposes': 'Open-ended or unnamed purposes',
  'hedged-modality': 'Hedged modality',
  'open-lists': 'Open lists and generalisation',
  'vague-quantity': 'Vague quantity and degree',
  'vague-time': 'Vague time, retention and condition',
  'unspecific-data': 'Unspecific data',
  'vague-legal-basis': 'Vague legal bases',
};

/** A legal provision that makes the vague wording a problem, with where its text was read. */
function buildLegalHookSchema() {
  return object({
    /** e.g. "GDPR Art. 13(1)(c)" */
    citation: string().check(minLength(3)),
    /** What the provision requires, in one sentence. */
    requirement: string().check(minLength(10)),
    /** Shown to users: the official title and provision (src/core/legal/sources.ts), then the public copies read. */
    source: string().check(minLength(5)),
  });
}

function buildRuleSchema() {
  return object({
    /** kebab-case, unique, e.g. "third-parties" */
    id: string().check(minLength(2)),
    /**
     * Phrases, lower case, words separated by single spaces. "(a|b)" gives alternatives for a word
     * or word part and "(s|)" an optional ending, so inflections stay readable:
     * "share(s|d|)" -> share, shares, shared.
     */
    patterns: array(string().check(minLength(1))).check(minLength(1)),
    category: enumOf(CATEGORIES),
    /**
     * The default severity. 'off': the rule is not reported unless a setting turns it on (rules
     * whose measured precision on real policies is too low to show by default; see bench/quality).
     */
    severity: enumOf([...SEVERITIES, 'off']),
    /** One line, shown in the Problems panel. */
    message: string().check(minLength(5)),
    /** Why the wording is vague (hover). */
    explanation: string().check(minLength(10)),
    /** The concrete question to put to the company (hover, quick fix). */
    question: string().check(minLength(10)),
    legalHook: optional(buildLegalHookSchema()),
    /** Regular expression (source) tested on the text right after a match; a hit cancels it ("May 2024"). */
    notFollowedBy: optional(string()),
    /** Regular expression (source) tested on the text right before a match; a hit cancels it. */
    notPrecededBy: optional(string()),
  });
}

let builtRuleSchema: ReturnType<typeof buildRuleSchema> | undefined;
/**
 * The schema every rule is validated against (rule modules when they load, tests). Built on first
 * use: building it at start-up cost every command-line lint ~1 ms, and the shipped English
 * catalogue is validated by the tests, not at run time.
 */
export function ruleSchema(): ReturnType<typeof buildRuleSchema> {
  return (builtRuleSchema ??= buildRuleSchema());
}

export type Rule = Infer<ReturnType<typeof buildRuleSchema>>;
export type LegalHook = Infer<ReturnType<typeof buildLegalHookSchema>>;
