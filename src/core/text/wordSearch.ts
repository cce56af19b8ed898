// Filtering and ranking the rows of a picker by what the user typed, word by word. VS Code's own
// filter matches one contiguous run of letters anywhere ("AI" in "complAInt") and does not read
// names a row does not show ("EU GDPR" for the row "European Union"); this one wants each typed word
// to start a word of the row or of its keywords, and ranks where it was found: label first, then
// keywords, description and detail. A typed word of three letters or more may also sit inside a
// word, ranked below every word-start match.
import { foldText } from './foldText';

export interface Searchable {
  label: string;
  description?: string | undefined;
  detail?: string | undefined;
  /** Names the row answers to without showing them (an id's words, the README's names). */
  keywords?: readonly string[] | undefined;
}

/** Where a word was found, best first; inside a word ranks below every word start. */
const FIELD_COST = { label: 0, keywords: 1, description: 2, detail: 3 } as const;
const INSIDE_A_WORD = 4;
const MIN_INSIDE = 3;

type Field = keyof typeof FIELD_COST;

/** The folded words of each field, for one row. */
function wordsOf(item: Searchable): [Field, string[]][] {
  const split = (text: string | undefined) =>
    text === undefined
      ? []
      : foldText(text.replace(/\$\([a-z0-9-~]+\)/g, ' '))
          .split(' ')
          .filter((w) => w !== '');
  return [
    ['label', split(item.label)],
    ['keywords', (item.keywords ?? []).flatMap(split)],
    ['description', split(item.description)],
    ['detail', split(item.detail)],
  ];
}

/** Cost of one typed word in one row; undefined when the row does not have it. */
function wordCost(token: string, fields: [Field, string[]][]): number | undefined {
  for (const [field, words] of fields) if (words.some((word) => word.startsWith(token))) return FIELD_COST[field];
  if (token.length < MIN_INSIDE) return undefined;
  for (const [field, words] of fields) if (words.some((word) => word.includes(token))) return INSIDE_A_WORD + FIELD_COST[field];
  return undefined;
}

/**
 * Indexes of the rows that contain every typed word, best first; rows of equal rank keep their
 * order (which already puts the preferred ones first). A blank query keeps every row in order.
 */
export function rankByWords(query: string, items: readonly Searchable[]): number[] {
  const tokens = foldText(query)
    .split(' ')
    .filter((token) => token !== '');
  if (tokens.length === 0) return items.map((_, index) => index);
  const ranked: { index: number; cost: number }[] = [];
  items.forEach((item, index) => {
    const fields = wordsOf(item);
    let cost = 0;
    for (const token of tokens) {
      const found = wordCost(token, fields);
      if (found === undefined) return;
      cost += found;
    }
    ranked.push({ index, cost });
  });
  return ranked.sort((a, b) => a.cost - b.cost || a.index - b.index).map((entry) => entry.index);
}
