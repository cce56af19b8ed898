// Answers about lines that depend on the lines above (is this row under a table's delimiter row? is
// this list item under a negated lead-in?), remembered for the text being linted. Walking back over
// a long table or list then happens once for all its rows, not once per finding: a 1 MB table with
// 20,000 findings took 8 s in one step before.

let current: { text: string; memos: Map<string, Map<number, boolean>> } | undefined;

/** The memo named `name` for `text` (a lint passes the same string object to every call). */
export function lineMemo(text: string, name: string): Map<number, boolean> {
  if (current?.text !== text) current = { text, memos: new Map() };
  // An equal text that is another string object: keep the caller's, so the next comparison is by
  // identity and not a read of the whole text (see adoptText in outline.ts).
  else current.text = text;
  let memo = current.memos.get(name);
  if (memo === undefined) current.memos.set(name, (memo = new Map<number, boolean>()));
  return memo;
}
