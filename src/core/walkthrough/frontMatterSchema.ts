// What the YAML front matter may contain. Each field is validated on its own, so one bad value
// does not throw away the good ones.
import { array, minLength, object, optional, refine, regex, string, trim, type infer as Infer } from 'zod/mini';
import { isIsoDate } from '../text/isoDate';

const isoDate = string('Write the date as YYYY-MM-DD, e.g. 2025-05-27.').check(refine(isIsoDate, 'Write a real calendar date as YYYY-MM-DD, e.g. 2025-05-27.'));

export const FRONT_MATTER_FIELDS = {
  title: string('The title must be text.').check(trim(), minLength(1, 'The title must not be empty.')),
  controller: string('The controller must be text (the company that decides on the request).').check(trim(), minLength(1, 'The controller must not be empty.')),
  jurisdiction: string('The jurisdiction must be text, such as eu-gdpr.').check(regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Write the jurisdiction as a kebab-case id such as eu-gdpr, uk-gdpr or us-ca.')),
  deadline: isoDate,
  sources: array(
    string('Each source must be a URL.').check(regex(/^https?:\/\/[^\s/\\]\S*$/i, 'Each source must be an http(s) URL.')),
    'List the sources as a YAML list of URLs, one "- https://..." per line.',
  ),
  updated: isoDate,
};

export type FrontMatterKey = keyof typeof FRONT_MATTER_FIELDS;
export const FRONT_MATTER_KEYS = Object.keys(FRONT_MATTER_FIELDS) as FrontMatterKey[];

/** Every field optional: a walkthrough keeps whatever fields were valid. */
export const frontMatterSchema = object({
  title: optional(FRONT_MATTER_FIELDS.title),
  controller: optional(FRONT_MATTER_FIELDS.controller),
  jurisdiction: optional(FRONT_MATTER_FIELDS.jurisdiction),
  deadline: optional(FRONT_MATTER_FIELDS.deadline),
  sources: optional(FRONT_MATTER_FIELDS.sources),
  updated: optional(FRONT_MATTER_FIELDS.updated),
});

export type FrontMatter = Infer<typeof frontMatterSchema>;

export function isFrontMatterKey(key: string): key is FrontMatterKey {
  return Object.prototype.hasOwnProperty.call(FRONT_MATTER_FIELDS, key);
}
