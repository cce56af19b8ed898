// What a new version of a policy changed in its vagueness: the vague findings added, removed and
// unchanged, grouped by category, each with its sentence; the sections (headings) added and
// removed; and the legal bases named for the first time. Findings are aligned by rule and by the
// normalised text of their sentence, not by offsets, so a moved or re-wrapped paragraph is no
// change; a sentence that appears twice counts twice (a multiset).
import { CATEGORIES, type Category } from '../../vague/ruleSchema';
import type { Finding } from '../../vague/finding';
import { sentenceAround } from '../../vague/context/sentence';
import { normaliseBlock, normalisedBlocks } from '../normalise';
import { namedLegalBases } from './legalBases';

export interface VersionInput {
  /** A label for the version (its file name or date). */
  label: string;
  text: string;
  /** Its findings (lintDocument), as reported to the user. */
  findings: readonly Finding[];
}

export interface DiffFinding {
  ruleId: string;
  category: Category;
  severity: Finding['severity'];
  /** The phrase as written. */
  phrase: string;
  /** Its sentence, normalised (emphasis and wrapping removed). */
  sentence: string;
}

export interface CategoryChanges {
  category: Category;
  added: DiffFinding[];
  removed: DiffFinding[];
  unchanged: DiffFinding[];
}

export interface VagueDiff {
  old: string;
  new: string;
  /** Categories with at least one finding in either version, in catalogue order. */
  categories: CategoryChanges[];
  totals: { added: number; removed: number; unchanged: number };
  sections: { added: string[]; removed: string[] };
  /** Legal bases the new version names and the old one did not ("legitimate interests"). */
  legalBasesNewlyNamed: string[];
  /** Legal bases the old version named and the new one no longer does. */
  legalBasesNoLongerNamed: string[];
}

function describe(text: string, finding: Finding): DiffFinding {
  const span = sentenceAround(text, finding.start, finding.end);
  return {
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    phrase: text.slice(finding.start, finding.end).replace(/\s+/g, ' '),
    sentence: normaliseBlock(text.slice(span.start, span.end)),
  };
}

const keyOf = (finding: DiffFinding) => `${finding.ruleId}\u0000${finding.sentence.toLowerCase()}`;

/** Headings of a document, normalised ("## 3. Sharing" → "3. Sharing"). */
export function headingsOf(text: string): string[] {
  return normalisedBlocks(text)
    .filter((block) => /^#{1,6} /.test(block))
    .map((block) => block.replace(/^#+ /, ''));
}

/** Items of `a` not in `b`, as a multiset, keeping `a`'s order. */
function minus<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): T[] {
  const counts = new Map<string, number>();
  for (const item of b) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return a.filter((item) => {
    const left = counts.get(key(item)) ?? 0;
    if (left === 0) return true;
    counts.set(key(item), left - 1);
    return false;
  });
}

/** Words shared by two sentences, over the words of the longer (0-1). */
function overlap(a: string, b: string): number {
  const words = (text: string) =>
    new Set(
      text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    );
  const wordsA = words(a);
  const wordsB = words(b);
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  return shared / Math.max(wordsA.size, wordsB.size, 1);
}

const SAME_SENTENCE_EDITED = 0.6;

function pairEdited(added: readonly DiffFinding[], removed: readonly DiffFinding[]): { added: Set<DiffFinding>; removed: Set<DiffFinding> } {
  const result = { added: new Set<DiffFinding>(), removed: new Set<DiffFinding>() };
  const phraseKey = (finding: DiffFinding) => `${finding.ruleId}\u0000${finding.phrase.toLowerCase()}`;
  const byPhrase = new Map<string, DiffFinding[]>();
  for (const finding of removed) byPhrase.set(phraseKey(finding), [...(byPhrase.get(phraseKey(finding)) ?? []), finding]);
  for (const finding of added) {
    const candidates = byPhrase.get(phraseKey(finding)) ?? [];
    const match = candidates.find((candidate) => !result.removed.has(candidate) && overlap(candidate.sentence, finding.sentence) >= SAME_SENTENCE_EDITED);
    if (!match) continue;
    result.added.add(finding);
    result.removed.add(match);
  }
  return result;
}

export function vagueDiff(before: VersionInput, after: VersionInput): VagueDiff {
  const oldFindings = before.findings.map((finding) => describe(before.text, finding));
  const newFindings = after.findings.map((finding) => describe(after.text, finding));
  const exactAdded = minus(newFindings, oldFindings, keyOf);
  const exactRemoved = minus(oldFindings, newFindings, keyOf);
  // A phrase whose sentence was edited around it (another word changed) is the same finding: pair
  // what is left by rule and phrase when the two sentences share most of their words.
  const paired = pairEdited(exactAdded, exactRemoved);
  const added = exactAdded.filter((finding) => !paired.added.has(finding));
  const removed = exactRemoved.filter((finding) => !paired.removed.has(finding));
  const addedSet = new Set(added);
  const unchanged = newFindings.filter((finding) => !addedSet.has(finding));
  const categories = CATEGORIES.map((category) => ({
    category,
    added: added.filter((finding) => finding.category === category),
    removed: removed.filter((finding) => finding.category === category),
    unchanged: unchanged.filter((finding) => finding.category === category),
  })).filter((group) => group.added.length + group.removed.length + group.unchanged.length > 0);
  const oldHeadings = headingsOf(before.text);
  const newHeadings = headingsOf(after.text);
  const fold = (heading: string) => heading.toLowerCase();
  const oldBases = namedLegalBases(before.text);
  const newBases = namedLegalBases(after.text);
  return {
    old: before.label,
    new: after.label,
    categories,
    totals: { added: added.length, removed: removed.length, unchanged: unchanged.length },
    sections: { added: minus(newHeadings, oldHeadings, fold), removed: minus(oldHeadings, newHeadings, fold) },
    legalBasesNewlyNamed: newBases.filter((basis) => !oldBases.includes(basis)),
    legalBasesNoLongerNamed: oldBases.filter((basis) => !newBases.includes(basis)),
  };
}
