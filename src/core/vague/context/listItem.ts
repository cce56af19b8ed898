// A kind of data named as one item in the middle of a list of concrete items: "traffic data,
// location data, weblogs and other communication data". Its neighbours are concrete, so it names a
// kind of data, not a hiding place; judged not vague on real policies. An open tail ("and other
// communication data") is the list's last item, so it keeps its finding, and so does an item
// whose neighbour is itself vague.
import { caseless } from '../../text/asciiCaseless';
import { asciiTwinned } from '../../text/asciiTwinned';

/** Words that make a neighbouring item vague ("such", not the example lead "such as pages you viewed"). */
const VAGUE_ITEM = caseless(/^(?:and[ \t]+|or[ \t]+|including[ \t]+|such[ \t]+as[ \t]+|e\.g\.,?[ \t]+)?(?:other|any|certain|some|such(?![ \t]+as\b)|similar|related|additional|various|etc)\b/iu);
/** The item before: a short run of words after a comma (or the list's start), then ", ". */
const ITEM_BEFORE = asciiTwinned(() => /(?:^|[,:(])([\p{L}\p{N}' -]{2,40}),[ \t]*$/u);
/** The item after: ", " and a short run of words. */
const ITEM_AFTER = asciiTwinned(() => /^[ \t]*,([\p{L}\p{N}' -]{2,40})/u);

/** Whether the phrase (`before`/`after`: its clause around it) stands between two concrete items of a comma list. */
export function isMiddleOfConcreteList(before: string, after: string): boolean {
  const previous = ITEM_BEFORE.exec(before.slice(-60));
  const next = ITEM_AFTER.exec(after.slice(0, 60));
  if (!previous || !next) return false;
  return !VAGUE_ITEM.test(previous[1]!.trim()) && !VAGUE_ITEM.test(next[1]!.trim());
}
