/** How phrases are compared (allow-list, repeats): case, spacing and hyphens do not matter. */
export function normalisePhrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[\s\u00a0\-\u2010\u2011]+/g, ' ')
    .replace(/\u2019/g, "'")
    .trim();
}
