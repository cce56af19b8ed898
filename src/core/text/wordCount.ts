// Counts words (runs of letters or digits, with inner apostrophes and hyphens), for densities.
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) count++;
  return count;
}

/** Findings per 1,000 words, rounded to one decimal; 0 for an empty text. */
export function densityPerThousandWords(findings: number, words: number): number {
  return words === 0 ? 0 : Math.round((findings / words) * 10_000) / 10;
}
