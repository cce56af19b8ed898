// The friction-tag vocabulary. A step may start with tags in brackets, `1. [link][email] Open ...`,
// naming what the company makes the person do. Each tag feeds facts in the friction summary; there
// is no weighting and no score, because any weights would be invented.
import { enum as enumOf, safeParse } from 'zod/mini';
import { ownValue } from '../ownKeys';

export const TAG_IDS = ['find', 'link', 'account', 'country', 'email', 'field', 'justify', 'otp', 'id-upload', 'wait', 'discretion', 'confirm'] as const;
export type TagId = (typeof TAG_IDS)[number];

/** The facts in the friction summary that tags contribute to. */
export type FrictionMeasure =
  'hiddenEntryPoints' | 'linksToFollow' | 'accountRequired' | 'fieldsToFill' | 'justificationDemanded' | 'verifications' | 'waiting' | 'outcomeAtDiscretion' | 'confirmations';

export interface TagDefinition {
  id: TagId;
  /** Short badge text. */
  label: string;
  /** One sentence for documentation and tooltips. */
  description: string;
  feeds: readonly FrictionMeasure[];
  /** What may follow a colon: `[wait:30d]`, `[field:3]`. */
  parameter?: 'duration' | 'count';
}

export const TAGS: Readonly<Record<TagId, TagDefinition>> = {
  find: {
    id: 'find',
    label: 'Hidden entry point',
    description: 'The way in has to be found first: buried in a notification, an email, a policy or a settings menu.',
    feeds: ['hiddenEntryPoints'],
  },
  link: {
    id: 'link',
    label: 'Follow a link',
    description: 'The person has to follow a link to another page or form.',
    feeds: ['linksToFollow'],
  },
  account: {
    id: 'account',
    label: 'Account or login',
    description: 'The step needs an account with the company, or logging in to one.',
    feeds: ['accountRequired'],
  },
  country: {
    id: 'country',
    label: 'Choose a country',
    description: 'A form field asks for the country of residence.',
    feeds: ['fieldsToFill'],
  },
  email: {
    id: 'email',
    label: 'Give an email address',
    description: 'A form field asks for an email address.',
    feeds: ['fieldsToFill'],
  },
  field: {
    id: 'field',
    label: 'Form field',
    description: 'Other form fields to fill; `[field:3]` counts three.',
    feeds: ['fieldsToFill'],
    parameter: 'count',
  },
  justify: {
    id: 'justify',
    label: 'Written justification',
    description: 'The person has to explain in writing why they object.',
    feeds: ['fieldsToFill', 'justificationDemanded'],
  },
  otp: {
    id: 'otp',
    label: 'One-time code',
    description: 'A one-time code (by email, text message or app) has to be entered.',
    feeds: ['verifications'],
  },
  'id-upload': {
    id: 'id-upload',
    label: 'Upload ID',
    description: 'An identity document has to be uploaded.',
    feeds: ['verifications'],
  },
  wait: {
    id: 'wait',
    label: 'Waiting',
    description: 'The person has to wait; `[wait:30d]` states how long (min, h, d, w, mo).',
    feeds: ['waiting'],
    parameter: 'duration',
  },
  discretion: {
    id: 'discretion',
    label: "Company's discretion",
    description: 'The company decides whether to grant the request and may refuse it.',
    feeds: ['outcomeAtDiscretion'],
  },
  confirm: {
    id: 'confirm',
    label: 'Confirmation',
    description: 'A confirmation has to be given or awaited before the request counts.',
    feeds: ['confirmations'],
  },
};

/**
 * Other spellings accepted in documents; they are reported as the canonical id. Documented in
 * docs/walkthrough-format.md (the tag table). An unknown tag close to one of these (or to an id)
 * gets a "did you mean" suggestion: see suggestTag.ts.
 */
export const TAG_ALIASES: Readonly<Record<string, TagId>> = {
  login: 'account',
  code: 'otp',
  id: 'id-upload',
  explain: 'justify',
  'follow-link': 'link',
  'verification-code': 'otp',
};

export const tagIdSchema = enumOf(TAG_IDS);

/** The tag a written name stands for (any letter case; aliases give their tag), or undefined. */
export function resolveTagId(written: string): TagId | undefined {
  const name = written.toLowerCase();
  const alias = ownValue(TAG_ALIASES, name);
  if (alias !== undefined) return alias;
  const parsed = safeParse(tagIdSchema, name);
  return parsed.success ? parsed.data : undefined;
}
