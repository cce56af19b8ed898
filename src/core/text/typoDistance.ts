// Bounded edit distance for typo-tolerant matching (the directory's company search, the
// walkthrough's "did you mean" for friction tags): insertions, deletions, substitutions and swaps of
// two neighbours ("gogle", "goolge") each cost one. Works on reused typed-array rows and gives up
// as soon as the bound is exceeded, so comparing a query word with every word stays cheap.

let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/** A cell of a row, always within the width ensureWidth set (0 keeps the index check honest without a `!`). */
const cell = (row: Int32Array, j: number): number => row[j] ?? 0;

function ensureWidth(width: number): void {
  if (rows[0].length < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
}

/** Typos tolerated in a word of this length: none up to 3 letters, one up to 6, two beyond. */
export function typoBudget(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

/**
 * Edits (optimal string alignment) from `token` to `word`, or to the start of `word` plus a half
 * point (the user may still be typing it). Infinity when more than `max` edits are needed.
 */
export function typoDistance(token: string, word: string, max: number): number {
  const n = token.length;
  const m = Math.min(word.length, n + max);
  if (word.length < n - max) return Infinity;
  ensureWidth(m + 1);
  let [before, previous, current] = rows;
  for (let j = 0; j <= m; j += 1) previous[j] = j;
  for (let i = 1; i <= n; i += 1) {
    current[0] = i;
    let rowMin = i;
    const a = token.charCodeAt(i - 1);
    for (let j = 1; j <= m; j += 1) {
      const b = word.charCodeAt(j - 1);
      let value = Math.min(cell(previous, j) + 1, cell(current, j - 1) + 1, cell(previous, j - 1) + (a === b ? 0 : 1));
      if (i > 1 && j > 1 && a === word.charCodeAt(j - 2) && token.charCodeAt(i - 2) === b) value = Math.min(value, cell(before, j - 2) + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return Infinity;
    [before, previous, current] = [previous, current, before];
  }
  const last = cell(previous, m);
  const full = m === word.length && last <= max ? last : Infinity;
  let prefix = Infinity;
  for (let j = Math.max(1, n - max); j <= m && j < word.length; j += 1) prefix = Math.min(prefix, cell(previous, j));
  return Math.min(full, prefix <= max ? prefix + 0.5 : Infinity);
}
