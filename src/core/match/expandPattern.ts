// Expands the catalogue's compact pattern syntax into plain phrases:
// "share(s|d|)" -> ["shares", "shared", "share"]; "(trusted|selected) partner(s|)" -> 4 phrases.
// Groups do not nest. The expansion is capped so a typo cannot explode memory.

const MAX_EXPANSIONS = 256;

export function expandPattern(pattern: string): string[] {
  const parts: string[][] = [];
  let cursor = 0;
  while (cursor < pattern.length) {
    const open = pattern.indexOf('(', cursor);
    if (open === -1) {
      parts.push([pattern.slice(cursor)]);
      break;
    }
    if (open > cursor) parts.push([pattern.slice(cursor, open)]);
    const close = pattern.indexOf(')', open);
    if (close === -1) throw new Error(`Unclosed "(" in pattern "${pattern}"`);
    const group = pattern.slice(open + 1, close);
    if (group.includes('(')) throw new Error(`Nested "(" in pattern "${pattern}"`);
    parts.push(group.split('|'));
    cursor = close + 1;
  }
  let phrases = [''];
  for (const alternatives of parts) {
    phrases = phrases.flatMap((prefix) => alternatives.map((alternative) => prefix + alternative));
    if (phrases.length > MAX_EXPANSIONS) throw new Error(`Pattern "${pattern}" expands to more than ${MAX_EXPANSIONS} phrases`);
  }
  // Optional words ("(very |)likely") can leave doubled or edge spaces behind.
  return [...new Set(phrases.map((phrase) => phrase.replace(/ +/g, ' ').trim()).filter((phrase) => phrase.length > 0))];
}
