// "Did you mean [justify]?" for a friction tag the format does not know: the known tag (or alias,
// reported as its tag) nearest to what was written, by edit distance. Pure; the walkthrough
// diagnostics put the suggestion in the message and the editor offers it as a quick fix.
import { typoDistance } from '../text/typoDistance';
import { resolveTagId, TAG_ALIASES, TAG_IDS, TAGS, type TagId } from './tags';

/** Every spelling that is accepted, canonical ids first (they win a tie), with the tag it means. */
const CANDIDATES: readonly (readonly [string, TagId])[] = [...TAG_IDS.map((id) => [id, id] as const), ...Object.entries(TAG_ALIASES)];

/**
 * Edits allowed for a written tag of this length: none for one or two letters (too many tags
 * would be "near"), one up to four letters, two beyond. A written tag that is the start of a
 * spelling ("verification" for verification-code) counts half an edit more than the edits it needs.
 */
function budget(length: number): number {
  return length <= 2 ? 0 : length <= 4 ? 1 : 2;
}

/** The known tag nearest to `written` (a tag name without brackets), or undefined when none is near. */
export function nearestTag(written: string): TagId | undefined {
  const direct = resolveTagId(written);
  if (direct !== undefined) return direct;
  const name = written.toLowerCase();
  const max = budget(name.length);
  if (max === 0) return undefined;
  let best: TagId | undefined;
  let bestDistance = Infinity;
  for (const [spelling, id] of CANDIDATES) {
    const distance = typoDistance(name, spelling, max);
    if (distance < bestDistance) {
      best = id;
      bestDistance = distance;
    }
  }
  return bestDistance <= max + 0.5 ? best : undefined;
}

// A written tag as it stands in the document: `[name]` or `[name:parameter]`.
const WRITTEN_TAG = /^\[([A-Za-z][A-Za-z0-9_-]*)(?::([^\]\s]*))?\]$/;

/**
 * What to write instead of an unknown tag (`[explian]` → `[justify]`, `[wiat:30d]` → `[wait:30d]`),
 * or undefined when `source` is not a written tag, is already a known one, or nothing is near.
 * A parameter is kept when the suggested tag takes one.
 */
export function suggestTagReplacement(source: string): string | undefined {
  const match = WRITTEN_TAG.exec(source);
  const name = match?.[1];
  if (name === undefined) return undefined;
  if (resolveTagId(name) !== undefined) return undefined;
  const tag = nearestTag(name);
  if (tag === undefined) return undefined;
  const parameter = match?.[2];
  return parameter !== undefined && TAGS[tag].parameter !== undefined ? `[${tag}:${parameter}]` : `[${tag}]`;
}
