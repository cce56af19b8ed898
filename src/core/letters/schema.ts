// Shapes of the jurisdiction data and of the letter catalogue. Both are validated against these
// schemas when the registry loads and in unit tests, so a fact without a source or a letter with a
// malformed placeholder never reaches a user.
import { array, boolean, discriminatedUnion, enum as enumOf, int, literal, minimum, minLength, object, optional, regex, string, type infer as Infer } from 'zod/mini';

/** How a fact was established: statute or regulator text read (primary), or a quoting/paraphrasing source (secondary). */
export const EVIDENCE = ['primary', 'secondary', 'none'] as const;
export type Evidence = (typeof EVIDENCE)[number];

export const LANGUAGES = ['en', 'de', 'fr', 'nl', 'es', 'it', 'pl', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  nl: 'Dutch',
  es: 'Spanish',
  it: 'Italian',
  pl: 'Polish',
  pt: 'Portuguese',
};

export const LETTER_KINDS = [
  'object-legitimate-interests',
  'object-direct-marketing',
  'object-ai-training',
  'withdraw-consent',
  'opt-out-sale-sharing',
  'limit-sensitive-pi',
  'opt-out-processing',
  'stop-processing',
  'reminder',
  'complaint',
  'reply-web-form',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  'object-legitimate-interests': 'Objection to processing based on legitimate interests',
  'object-direct-marketing': 'Objection to direct marketing and related profiling',
  'object-ai-training': 'Objection to the use of personal data for training AI models',
  'withdraw-consent': 'Withdrawal of consent',
  'opt-out-sale-sharing': 'Opt-out of the sale or sharing of personal information',
  'limit-sensitive-pi': 'Limit the use of sensitive personal information',
  'opt-out-processing': 'Opt-out of targeted advertising, sale and profiling',
  'stop-processing': 'Request to stop or restrict processing',
  reminder: 'Reminder after the response deadline',
  complaint: 'Complaint to the authority',
  'reply-web-form': 'Reply to a company that accepts objections only through its own web form',
};

const nonEmpty = (min = 1) => string().check(minLength(min));
const identifier = string().check(regex(/^[a-z][A-Za-z0-9]*$/));
const slug = string().check(regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/));

/** Provenance shared by every fact. `verified: false` facts never appear in a letter. */
const provenance = {
  verified: boolean(),
  evidence: enumOf(EVIDENCE),
  /**
   * Shown to users: the official title and provision with its official URL (src/core/legal/sources.ts),
   * then the public copies in which the text was read. Never an internal note, index id or local path.
   */
  source: nonEmpty(5),
  note: optional(nonEmpty(3)),
};

/** How long the recipient has to answer, and how the period is counted. */
export const deadlineRuleSchema = object({
  id: slug,
  /** Short citation, e.g. "GDPR Art. 12(3)". */
  citation: nonEmpty(3),
  /** e.g. "one month from receipt". */
  description: nonEmpty(5),
  period: object({
    amount: int().check(minimum(1)),
    unit: enumOf(['months', 'calendar-days', 'business-days']),
  }),
  /** When the last day is a Saturday or Sunday, the period runs to the next working day. */
  rollForward: boolean(),
  /** Why the roll-forward applies (or the reading it comes from). Required when rollForward is true. */
  rollForwardBasis: optional(nonEmpty(10)),
  /**
   * Public holidays the period skips (business days) or rolls over (rollForward): the calendar of
   * the controller's country of establishment, or a fixed one ("US-CA"). Absent: weekends only.
   */
  holidays: optional(
    object({
      calendar: string().check(regex(/^(?:controller-country|[A-Z]{2}(?:-[A-Z]{2,3})?)$/)),
      /** Why these holidays count, shown with every date. */
      basis: nonEmpty(10),
      source: nonEmpty(5),
    }),
  ),
  /** An extension the recipient may take, and what it has to do to take it. */
  extension: optional(
    object({
      amount: int().check(minimum(1)),
      unit: enumOf(['months', 'calendar-days', 'business-days']),
      condition: nonEmpty(10),
    }),
  ),
  /** Numbers this rule may put into a letter's text ("15", "7026"). Used by the citation guard. */
  numbers: array(nonEmpty()),
  ...provenance,
});

/** A provision's response deadline: a counted rule, none fixed by law, or not verified. */
export const responseDeadlineSchema = discriminatedUnion('status', [
  object({ status: literal('rule'), rule: slug }),
  object({ status: literal('none'), note: nonEmpty(10), source: nonEmpty(5) }),
  object({ status: literal('unverified'), note: nonEmpty(10), source: nonEmpty(5) }),
]);

export const PROVISION_ROLES = ['object', 'opt-out', 'restrict', 'erase', 'withdraw-consent', 'procedure', 'complaint', 'law'] as const;

/** One provision (article, section, clause) that a letter may cite. */
export const provisionSchema = object({
  id: slug,
  /** As shown to users, e.g. "GDPR Art. 21(1)". */
  citation: nonEmpty(3),
  /** What the provision says, in one or two sentences (paraphrase; quotes are marked). */
  summary: nonEmpty(10),
  role: enumOf(PROVISION_ROLES),
  /** Whether the person has to give reasons. Only meaningful for rights. */
  reasonsRequired: optional(enumOf(['yes', 'no', 'unverified'])),
  responseDeadline: optional(responseDeadlineSchema),
  /** Numbers a letter citing this provision may contain ("21", "1", "6"). Used by the citation guard. */
  numbers: array(nonEmpty()),
  ...provenance,
});

export const authoritySchema = object({
  name: nonEmpty(3),
  /** Only when the page itself was read. */
  url: optional(string().check(regex(/^https:\/\/\S+$/))),
  ...provenance,
});

/** A claim found somewhere that could not be verified. Kept for the record, never put in a letter. */
export const unverifiedFactSchema = object({
  statement: nonEmpty(10),
  note: nonEmpty(10),
  source: nonEmpty(5),
  /** Phrases that would state this fact; no letter of the jurisdiction may contain them. */
  forbidden: array(nonEmpty(2)),
});

export const jurisdictionSchema = object({
  /** e.g. "eu-gdpr"; the first part of every letter id of this regime. */
  id: slug,
  /** e.g. "European Union". */
  name: nonEmpty(2),
  law: object({ name: nonEmpty(3), shortName: nonEmpty(2), ...provenance }),
  provisions: array(provisionSchema),
  deadlineRules: array(deadlineRuleSchema),
  authority: authoritySchema,
  unverified: array(unverifiedFactSchema),
});

export const placeholderSchema = object({
  /** camelCase; written {{name}} in templates. */
  name: identifier,
  /** Shown in pickers and in the unfilled-placeholder marker; no square brackets or line breaks. */
  label: string().check(regex(/^[^[\]\n\r]{3,80}$/)),
  required: boolean(),
  kind: enumOf(['text', 'date', 'multiline', 'choice']),
  /** For kind "choice": the values offered, first one is the default. */
  options: optional(array(nonEmpty())),
});

/** A value the letter computes instead of asking for it: a deadline counted from a date field. */
export const computedFieldSchema = object({
  name: identifier,
  label: string().check(regex(/^[^[\]\n\r]{3,80}$/)),
  /** The date placeholder the deadline is counted from. */
  from: identifier,
  /**
   * "sending": the wording says the date is counted from the day the letter was sent ("counted
   * from the day I sent it"), so a known receipt date is not used for it. Default: receipt.
   */
  countsFrom: optional(enumOf(['receipt', 'sending'])),
});

export const letterDefinitionSchema = object({
  /** `<jurisdiction>-<provision>-<language>`, e.g. "eu-gdpr-21-1-en". */
  id: string().check(regex(/^[a-z0-9]+(?:-[a-z0-9]+)*-(?:en|de|fr|nl|es|it|pl|pt)$/)),
  jurisdiction: slug,
  kind: enumOf(LETTER_KINDS),
  language: enumOf(LANGUAGES),
  /** English title for pickers. */
  title: nonEmpty(5),
  /** Provision ids of the jurisdiction that the letter relies on. */
  citations: array(slug).check(minLength(1)),
  /** Deadline rule id used for computed dates and follow-ups; absent when none is verified. */
  deadline: optional(slug),
  placeholders: array(placeholderSchema),
  computed: array(computedFieldSchema),
  /** Markdown with {{placeholders}}. The registry puts the sent-letter marker comment in front. */
  body: nonEmpty(50),
  /** Advice for the user (English), shown next to the letter, never part of it. */
  notes: array(nonEmpty(10)),
});

export type DeadlineRule = Infer<typeof deadlineRuleSchema>;
export type ResponseDeadline = Infer<typeof responseDeadlineSchema>;
export type Provision = Infer<typeof provisionSchema>;
export type Authority = Infer<typeof authoritySchema>;
export type UnverifiedFact = Infer<typeof unverifiedFactSchema>;
export type Jurisdiction = Infer<typeof jurisdictionSchema>;
export type Placeholder = Infer<typeof placeholderSchema>;
export type ComputedField = Infer<typeof computedFieldSchema>;
export type LetterDefinition = Infer<typeof letterDefinitionSchema>;
