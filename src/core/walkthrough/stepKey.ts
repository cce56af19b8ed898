// Stable step keys for remembering progress. A key depends only on the step's own text (not its
// number or its tags), so moving a step or retagging it keeps its tick. Editing the text makes it
// a new step. No crypto here: this runs in a web worker too, and collisions only cost a checkbox.

/** Lower case, single spaces: reflowing a line or changing case keeps the key. */
function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** 32-bit FNV-1a over UTF-16 code units, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** "s-" and 16 hex digits (two differently seeded 32-bit hashes): safe in ids and attributes. */
export function stepKeyFor(text: string): string {
  const normalized = normalize(text);
  const high = fnv1a(normalized, 0x811c9dc5);
  const low = fnv1a(normalized, 0x01000193 ^ high);
  return `s-${high.toString(16).padStart(8, '0')}${low.toString(16).padStart(8, '0')}`;
}

/** Keys for all steps; a repeated text gets "-2", "-3" so every key is unique. */
export function uniqueStepKeys(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const key = stepKeyFor(text);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}-${count}`;
  });
}
