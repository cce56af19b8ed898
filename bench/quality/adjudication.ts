// Where the reader's marks and the judgments of findings disagree about the same phrase in the same
// sentence (a mark says vague, a finding on it was judged not vague), one of the two is wrong by the
// one standard both follow. Such a disagreement caps recall and precision together, so each is
// settled once, by a reader, in `<set>/adjudicated.jsonl`; the raw marks and judgments stay as
// they were made.
import type { Judgment, Marked } from './score';

export interface Adjudication {
  file: string;
  /** The marked phrase's range. */
  start: number;
  end: number;
  text: string;
  /** The reader's decision by the judging standard: is the phrase vague in its sentence? */
  vague: boolean;
  reason: string;
}

export interface Disagreement {
  mark: Marked;
  judgment: Judgment;
}

const overlaps = (a: { file: string; start: number; end: number }, b: { file: string; start: number; end: number }) => a.file === b.file && a.start < b.end && b.start < a.end;

/** Marks that overlap a finding judged not vague (FP or UNSURE). */
export function disagreements(marked: readonly Marked[], judgments: ReadonlyMap<string, Judgment>): Disagreement[] {
  const notVague = [...judgments.values()].filter((judgment) => judgment.judgment !== 'TP');
  return marked.flatMap((mark) => {
    const judgment = notVague.find((candidate) => overlaps(candidate, mark));
    return judgment ? [{ mark, judgment }] : [];
  });
}

/**
 * The marks and judgments with each adjudication applied: a phrase settled as not vague is no
 * longer a mark; on a phrase settled as vague, findings judged not vague become true positives.
 * Judged true positives inside a phrase settled as not vague are left alone: they may be a
 * different, narrower phrase.
 */
export function applyAdjudications(
  marked: readonly Marked[],
  judgments: ReadonlyMap<string, Judgment>,
  adjudications: readonly Adjudication[],
): { marked: Marked[]; judgments: Map<string, Judgment>; unmatched: Adjudication[] } {
  const unmatched = adjudications.filter((settled) => !marked.some((mark) => mark.file === settled.file && mark.start === settled.start && mark.end === settled.end));
  const notVague = adjudications.filter((settled) => !settled.vague);
  const vague = adjudications.filter((settled) => settled.vague);
  const keptMarks = marked.filter((mark) => !notVague.some((settled) => settled.file === mark.file && settled.start === mark.start && settled.end === mark.end));
  const settledJudgments = new Map<string, Judgment>();
  for (const [key, judgment] of judgments) {
    const settled = judgment.judgment !== 'TP' ? vague.find((candidate) => overlaps(candidate, judgment)) : undefined;
    settledJudgments.set(key, settled ? { ...judgment, judgment: 'TP', reason: `adjudicated: ${settled.reason}` } : judgment);
  }
  return { marked: keptMarks, judgments: settledJudgments, unmatched };
}
