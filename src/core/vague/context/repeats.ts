// Repeats of the same rule and phrase in one section: the first occurrence carries the count, and
// (in the editor) later ones are lowered: hints with showLowered, else hidden. The CLI keeps every occurrence at its severity and
// reports its group and its number in it.
import type { Finding } from '../finding';
import { normalisePhrase } from '../normalisePhrase';
import { sectionStartsOf } from './outline';

/**
 * Normalised phrases by their text: the editor groups every finding again on each keystroke, and
 * the same few hundred phrases recur (lowercasing and two replacements each cost more than a lookup).
 */
const normalisedCache = new Map<string, string>();
const NORMALISED_CACHE_LIMIT = 4096;

function normalisedOf(phrase: string): string {
  let normalised = normalisedCache.get(phrase);
  if (normalised === undefined) {
    if (normalisedCache.size >= NORMALISED_CACHE_LIMIT) normalisedCache.clear();
    normalisedCache.set(phrase, (normalised = normalisePhrase(phrase)));
  }
  return normalised;
}

/** Sets `group` on findings that repeat a rule and phrase within a section. Findings are sorted by start. */
export function groupRepeats(findings: readonly Finding[], text: string): Finding[] {
  if (findings.length < 2) return [...findings];
  const sections = sectionStartsOf(
    text,
    findings.map((finding) => finding.start),
  );
  // Findings the context already lowered or the text clarified do not count: they carry no squiggle.
  const counted = (finding: Finding) => finding.lowered === undefined && !finding.clarified;
  const keys = findings.map((finding, i) => (counted(finding) ? `${finding.ruleId}\u0000${normalisedOf(text.slice(finding.start, finding.end))}\u0000${sections[i]}` : undefined));
  const counts = new Map<string, number>();
  for (const key of keys) if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  const seen = new Map<string, number>();
  return findings.map((finding, i) => {
    const key = keys[i];
    const count = key === undefined ? 1 : counts.get(key)!;
    if (key === undefined || count === 1) return finding;
    const index = (seen.get(key) ?? 0) + 1;
    seen.set(key, index);
    return { ...finding, group: { key, index, count } };
  });
}
