// Where the reader's marks and the judgments of findings disagree about the same phrase in the same
// sentence (a mark says vague, a finding on it was judged not vague), one of the two is wrong by the
// one standard both follow. Such a disagreement caps recall and precision together, so each is
// settled once, by a reader, in `<set>/adjudicated.jsonl`; the raw marks and judgments stay as
// they were made.
import { keyOf, type Judgment, type Marked } from './score';

export interface Adjudication {
  file: string;
  /** The marked phrase's range. */
  start: number;
  end: number;
  text: string;
  /** The reader's decision by the judging standard: is the phrase vague in its sentence? */
  vague: boolean;
  reason: string;
  /**
   * Both were right: the marked phrase is vague, and the finding at this range inside it is a wrong
   * match (another rule's words caught in the clause, "a host of" in "as a host of Content"). The
   * finding stays false and does not count as finding the mark; the mark stays.
   */
  wrongMatch?: { start: number; end: number };
}

export interface Disagreement {
  mark: Marked;
  judgment: Judgment;
}

const overlaps = (a: { file: string; start: number; end: number }, b: { file: string; start: number; end: number }) => a.file === b.file && a.start < b.end && b.start < a.end;

/** Marks that overlap a finding judged not vague (FP or UNSURE), but for wrong matches settled as such. */
export function disagreements(marked: readonly Marked[], judgments: ReadonlyMap<string, Judgment>): Disagreement[] {
  const notVague = [...judgments.values()].filter((judgment) => judgment.judgment !== 'TP' && !judgment.wrongMatch);
  return marked.flatMap((mark) => {
    const judgment = notVague.find((candidate) => overlaps(candidate, mark));
    return judgment ? [{ mark, judgment }] : [];
  });
}

/**
 * The marks and judgments with each adjudication applied: a phrase settled as not vague is no
 * longer a mark; on a phrase settled as vague, findings judged not vague become true positives.
 * Judged true positives inside a phrase settled as not vague are left alone: they may be a
 * different, narrower phrase. A finding settled as a wrong match inside a vague phrase keeps its
 * judgment and is flagged (`wrongMatch`), so recall does not count it (countsForRecall).
 */
export function applyAdjudications(
  marked: readonly Marked[],
  judgments: ReadonlyMap<string, Judgment>,
  adjudications: readonly Adjudication[],
): { marked: Marked[]; judgments: Map<string, Judgment>; unmatched: Adjudication[] } {
  const unmatched = adjudications.filter((settled) => !marked.some((mark) => mark.file === settled.file && mark.start === settled.start && mark.end === settled.end));
  const notVague = adjudications.filter((settled) => !settled.vague);
  const vague = adjudications.filter((settled) => settled.vague && !settled.wrongMatch);
  const wrongMatches = new Set(adjudications.flatMap((settled) => (settled.wrongMatch ? [keyOf({ file: settled.file, ...settled.wrongMatch })] : [])));
  const keptMarks = marked.filter((mark) => !notVague.some((settled) => settled.file === mark.file && settled.start === mark.start && settled.end === mark.end));
  const settledJudgments = new Map<string, Judgment>();
  for (const [key, judgment] of judgments) {
    if (judgment.judgment !== 'TP' && wrongMatches.has(key)) {
      settledJudgments.set(key, { ...judgment, wrongMatch: true });
      continue;
    }
    const settled = judgment.judgment !== 'TP' ? vague.find((candidate) => overlaps(candidate, judgment)) : undefined;
    settledJudgments.set(key, settled ? { ...judgment, judgment: 'TP', reason: `adjudicated: ${settled.reason}` } : judgment);
  }
  return { marked: keptMarks, judgments: settledJudgments, unmatched };
}

/** The findings that may count as finding a mark: not those settled as wrong matches inside it. */
export function countsForRecall<T extends { file: string; start: number; end: number }>(findings: readonly T[], judgments: ReadonlyMap<string, Judgment>): T[] {
  return findings.filter((finding) => !judgments.get(keyOf(finding))?.wrongMatch);
}
