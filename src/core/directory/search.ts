// Company search over names, web domains and the services a company runs. Ranking, best first:
//   0    exact name (with or without its legal form: "deutsche bank" = "Deutsche Bank AG") or exact domain
//   0.5  a subdomain of a known domain ("mail.google.com")
//   1    exact name of a service it runs ("Android" → Google)
//   2    the name part of a domain ("zalando" → zalando.de)
//   3    name prefix (3.2 domain prefix, 3.5 service-name prefix)
//   4    every query word starts a word of the name (4.2 domain labels, 4.5 service names)
//   5    contained in the name with spaces ignored (5.2 domain, 5.5 service names)
//   6+   typo-tolerant: each query word within a few edits of a word (a half point more when only
//        the start of a word matched), or the query's letters in order ("fcbook"); edits or gaps
//        are added; 6.2+ for a domain's name part, 6.5+ for service names
// Ties go to the better-sourced record (tested > verified > imported > scraped), then to the record
// that answers for more of what users name (its web domains, the services it runs, and the records
// written "c/o" it: "Meta" finds Meta Platforms Ireland Limited, which runs Facebook and Messenger
// and receives Instagram's requests, above the Oculus entity of the same group), then the shorter
// name, then the slug, so results are stable. A query spelling umlauts "ae/oe/ue" is also tried as "a/o/u"
// (a quarter point worse). The cheap tiers run first; the typo pass runs only when they found
// fewer than `limit` companies, as it could not outrank them.
import { typoBudget, typoDistance } from '../text/typoDistance';
import { brandOf, coreName, domainOf, foldText, umlautVariant } from './normalize';
import { QUALITIES, type Company } from './schema';

export interface CompanyMatch {
  company: Company;
  /** Lower is better; see the table at the top of search.ts. */
  score: number;
  /** What matched: the name, a web domain, or the name of a service the company runs. */
  via: 'name' | 'domain' | 'runs';
  /** The name, domain or service name that matched, as written in the record. */
  matched: string;
}

type Hit = Omit<CompanyMatch, 'company'>;

interface Alias {
  raw: string;
  folded: string;
  compact: string;
  words: string[];
  wordIds: number[];
}

interface Entry {
  company: Company;
  name: string;
  core: string;
  /** The folded name without spaces. */
  compact: string;
  words: string[];
  /** Where each word of the name starts in `compact`. */
  starts: number[];
  domains: string[];
  domainWords: string[];
  /** The name part of each domain, in the order of `domains`. */
  brands: string[];
  aliases: Alias[];
  /** Vocabulary ids of the name's and the domains' words, for the typo pass. */
  wordIds: number[];
  /** Everything the cheap tiers look at, joined: a query word not in here cannot match them. */
  haystack: string;
  /** letterMask of the name and domains, for the subsequence test. */
  mask: number;
  quality: number;
}

interface Query {
  text: string;
  tokens: string[];
  compact: string;
  domain: string | undefined;
  penalty: number;
  mask: number;
}

const splitWords = (folded: string): string[] => (folded === '' ? [] : folded.split(' '));

function wordStarts(words: string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const word of words) {
    starts.push(offset);
    offset += word.length;
  }
  return starts;
}

/**
 * Distinct words of the whole directory, with the entries using each, so the typo pass compares a
 * query word with each word once and then visits only the entries holding a close word. Words are
 * also listed by their first and second letter, the letters a typo must leave alone (see closeWords).
 */
class Vocabulary {
  readonly words: string[] = [];
  /** By word id: indexes of the entries whose name, domain or service names use the word. */
  readonly postings: number[][] = [];
  private readonly ids = new Map<string, number>();
  private readonly byFirst = new Map<string, number[]>();
  private readonly bySecond = new Map<string, number[]>();

  idsOf(words: string[], entryIndex: number): number[] {
    return [...new Set(words)].map((word) => {
      let id = this.ids.get(word);
      if (id === undefined) {
        id = this.words.length;
        this.ids.set(word, id);
        this.words.push(word);
        this.postings.push([]);
        for (const [map, letter] of [
          [this.byFirst, word[0]],
          [this.bySecond, word[1]],
        ] as const) {
          if (letter === undefined) continue;
          const list = map.get(letter);
          if (list) list.push(id);
          else map.set(letter, [id]);
        }
      }
      const posting = this.postings[id];
      if (posting && posting[posting.length - 1] !== entryIndex) posting.push(entryIndex);
      return id;
    });
  }

  /** Ids of the words that start with the token's first or second letter, or have its first letter second. */
  plausibleIds(token: string): Set<number> {
    return new Set([...(this.byFirst.get(token[0] ?? '') ?? []), ...(this.byFirst.get(token[1] ?? '') ?? []), ...(this.bySecond.get(token[0] ?? '') ?? [])]);
  }
}

/** One bit per letter a–z, one for digits, one for anything else: letters a text lacks rule it out fast. */
function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    mask |= code >= 97 && code <= 122 ? 1 << (code - 97) : code >= 48 && code <= 57 ? 1 << 26 : 1 << 27;
  }
  return mask;
}

function entryFor(company: Company, index: number, vocabulary: Vocabulary): Entry {
  const name = foldText(company.name);
  const words = splitWords(name);
  const domains = [...new Set((company.domains ?? []).map((d) => d.toLowerCase()))];
  const domainWords = [...new Set(domains.flatMap((d) => splitWords(foldText(d))))];
  const aliases = (company.runs ?? []).map((raw): Alias => {
    const folded = foldText(raw);
    const aliasWords = splitWords(folded);
    return { raw, folded, compact: folded.replace(/ /g, ''), words: aliasWords, wordIds: vocabulary.idsOf(aliasWords, index) };
  });
  const compact = name.replace(/ /g, '');
  return {
    company,
    name,
    core: coreName(name),
    compact,
    words,
    starts: wordStarts(words),
    domains,
    domainWords,
    brands: domains.map(brandOf),
    aliases,
    wordIds: vocabulary.idsOf([...words, ...domainWords], index),
    mask: letterMask([compact, ...domains].join('')),
    haystack: [name, compact, ...domains, ...aliases.map((a) => `${a.folded}\u0001${a.compact}`)].join('\u0001'),
    quality: QUALITIES.indexOf(company.quality ?? 'verified'),
  };
}

function startsAWord(tokens: string[], words: string[]): boolean {
  for (const token of tokens) {
    let found = false;
    for (const word of words) {
      if (word.startsWith(token)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function better(a: Hit | undefined, b: Hit | undefined): Hit | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.score < a.score ? b : a;
}

/** Exact, prefix, word-start and substring tiers (scores below 6). */
function cheapMatch(entry: Entry, q: Query): Hit | undefined {
  if (q.domain) {
    for (const domain of entry.domains) {
      if (domain === q.domain) return { score: q.penalty, via: 'domain', matched: domain };
      if (q.domain.endsWith(`.${domain}`)) return { score: 0.5 + q.penalty, via: 'domain', matched: domain };
    }
  }
  for (const token of q.tokens) if (!entry.haystack.includes(token)) return undefined;
  const name = entry.company.name;
  if (entry.name === q.text || entry.core === q.text) return { score: q.penalty, via: 'name', matched: name };
  for (const alias of entry.aliases) if (alias.folded === q.text) return { score: 1 + q.penalty, via: 'runs', matched: alias.raw };
  const brand = entry.brands.indexOf(q.text);
  if (brand >= 0) return { score: 2 + q.penalty, via: 'domain', matched: entry.domains[brand] ?? q.text };
  if (entry.name.startsWith(q.text)) return { score: 3 + q.penalty, via: 'name', matched: name };
  const domainQuery = q.domain ?? q.text;
  for (const domain of entry.domains) if (domain.startsWith(domainQuery)) return { score: 3.2 + q.penalty, via: 'domain', matched: domain };
  for (const alias of entry.aliases) if (alias.folded.startsWith(q.text)) return { score: 3.5 + q.penalty, via: 'runs', matched: alias.raw };
  if (startsAWord(q.tokens, entry.words)) return { score: 4 + q.penalty, via: 'name', matched: name };
  if (entry.domains.length > 0 && startsAWord(q.tokens, entry.domainWords)) return { score: 4.2 + q.penalty, via: 'domain', matched: entry.domains[0] ?? '' };
  for (const alias of entry.aliases) if (startsAWord(q.tokens, alias.words)) return { score: 4.5 + q.penalty, via: 'runs', matched: alias.raw };
  if (q.compact.length < 3) return undefined;
  if (entry.compact.includes(q.compact)) return { score: 5 + q.penalty, via: 'name', matched: name };
  for (const domain of entry.domains) if (domain.includes(q.domain ?? q.compact)) return { score: 5.2 + q.penalty, via: 'domain', matched: domain };
  for (const alias of entry.aliases) if (alias.compact.includes(q.compact)) return { score: 5.5 + q.penalty, via: 'runs', matched: alias.raw };
  return undefined;
}

/** By query word: the vocabulary words within its typo budget (id → edits; 0 when the word starts with it). */
type CloseWords = Map<number, number>[];

/**
 * Typos rarely hit the first letter, so only words starting with the query word's first or second
 * letter, or with its first letter second, are compared ("ogogle" and "oggle" still find google).
 */
function closeWords(tokens: string[], vocabulary: Vocabulary): CloseWords {
  return tokens.map((token) => {
    const budget = typoBudget(token.length);
    const close = new Map<number, number>();
    for (const id of vocabulary.plausibleIds(token)) {
      const word = vocabulary.words[id] ?? '';
      const distance = word.startsWith(token) ? 0 : budget > 0 ? typoDistance(token, word, budget) : Infinity;
      if (distance !== Infinity) close.set(id, distance);
    }
    return close;
  });
}

/** Summed edits for every query word to find one of `ids`; Infinity when one cannot. */
function typoCost(close: CloseWords, ids: number[]): number {
  let total = 0;
  for (const perToken of close) {
    let best = Infinity;
    for (const id of ids) {
      const distance = perToken.get(id);
      if (distance !== undefined && distance < best) best = distance;
    }
    if (best === Infinity) return Infinity;
    total += best;
  }
  return total;
}

/** Gaps allowed in a subsequence match: more would match almost anything. */
const gapBudget = (length: number): number => (length <= 5 ? 1 : length <= 8 ? 2 : 3);

/**
 * Gaps when the query's letters occur in order in `text`, starting at a word start and spanning
 * at most twice the query; undefined when they do not ("fcbook" in "facebook": 2 gaps).
 */
function subsequenceGaps(query: string, text: string, starts: readonly number[]): number | undefined {
  let best: number | undefined;
  const budget = gapBudget(query.length);
  for (const start of starts) {
    if (text[start] !== query[0]) continue;
    let gaps = 0;
    let position = start + 1;
    for (let i = 1; i < query.length && gaps <= budget; i += 1) {
      const found = text.indexOf(query[i] ?? '', position);
      if (found < 0 || found - start >= 2 * query.length) {
        gaps = budget + 1;
        break;
      }
      if (found !== position) gaps += 1;
      position = found + 1;
    }
    if (gaps <= budget && (best === undefined || gaps < best)) best = gaps;
  }
  return best;
}

const FROM_START = [0] as const;

/** Typo tier: every query word close to a word of the name or domains, or of a service name. */
function typoMatch(entry: Entry, q: Query, close: CloseWords): Hit | undefined {
  let result: Hit | undefined;
  const cost = typoCost(close, entry.wordIds);
  if (cost !== Infinity) result = { score: 6 + cost + q.penalty, via: 'name', matched: entry.company.name };
  for (const alias of entry.aliases) {
    const aliasCost = typoCost(close, alias.wordIds);
    if (aliasCost !== Infinity) result = better(result, { score: 6.5 + aliasCost + q.penalty, via: 'runs', matched: alias.raw });
  }
  return result;
}

/** Subsequence tier: the query's letters in order in the name or a domain's name part. */
function subsequenceMatch(entry: Entry, q: Query): Hit | undefined {
  if ((q.mask & ~entry.mask) !== 0) return undefined;
  let result: Hit | undefined;
  const gaps = subsequenceGaps(q.compact, entry.compact, entry.starts);
  if (gaps !== undefined) result = { score: 6 + gaps + q.penalty, via: 'name', matched: entry.company.name };
  entry.brands.forEach((brand, i) => {
    const brandGaps = subsequenceGaps(q.compact, brand, FROM_START);
    if (brandGaps !== undefined) result = better(result, { score: 6.2 + brandGaps + q.penalty, via: 'domain', matched: entry.domains[i] ?? brand });
  });
  return result;
}

/** Entries holding a word close to the rarest query word: the only ones the typo tier can match. */
function typoCandidates(close: CloseWords, vocabulary: Vocabulary): Set<number> {
  const postingsOf = (perToken: Map<number, number>) => [...perToken.keys()].map((id) => vocabulary.postings[id] ?? []);
  const lists = close.map(postingsOf);
  const size = (list: number[][]) => list.reduce((sum, posting) => sum + posting.length, 0);
  const rarest = lists.reduce<number[][] | undefined>((best, list) => (best === undefined || size(list) < size(best) ? list : best), undefined) ?? [];
  return new Set(rarest.flat());
}

function queriesFor(input: string): Query[] {
  const text = foldText(input);
  if (text === '') return [];
  const domain = domainOf(input);
  const make = (folded: string, penalty: number): Query => ({
    text: folded,
    tokens: splitWords(folded),
    compact: folded.replace(/ /g, ''),
    domain,
    penalty,
    mask: letterMask(folded.replace(/ /g, '')),
  });
  const variant = umlautVariant(text);
  return variant === text ? [make(text, 0)] : [make(text, 0), make(variant, 0.25)];
}

type Ranked = CompanyMatch & { quality: number; reach: number };

function compare(a: Ranked, b: Ranked): number {
  return (
    a.score - b.score || a.quality - b.quality || b.reach - a.reach || a.company.name.length - b.company.name.length || (a.company.slug < b.company.slug ? -1 : a.company.slug > b.company.slug ? 1 : 0)
  );
}

export interface CompanySearch {
  /** Best matches first, at most `limit` (default 10); none for a blank query. */
  search(query: string, limit?: number): CompanyMatch[];
}

/**
 * Builds the search index a slice at a time, so an editor can spread the work (a few hundred
 * milliseconds for the shipped directory on a slow machine) over several turns of its event loop
 * instead of blocking it at the first search. Companies are indexed in order; the result is the
 * same as indexing them at once.
 */
export interface CompanySearchBuilder {
  /** How many companies are indexed so far. */
  readonly indexed: number;
  /** How many companies the finished index holds. */
  readonly total: number;
  /** Indexes up to `count` more companies (at least one); true once every company is indexed. */
  step(count: number): boolean;
  /** The search over the finished index; indexes whatever is left first, at once. Always the same object. */
  finish(): CompanySearch;
}

export function companySearchBuilder(companies: readonly Company[]): CompanySearchBuilder {
  const vocabulary = new Vocabulary();
  const entries: Entry[] = [];
  let search: CompanySearch | undefined;
  const step = (count: number): boolean => {
    const end = Math.min(companies.length, entries.length + Math.max(1, count));
    for (let index = entries.length; index < end; index += 1) entries.push(entryFor(companies[index] as Company, index, vocabulary));
    return entries.length === companies.length;
  };
  return {
    get indexed() {
      return entries.length;
    },
    total: companies.length,
    step,
    finish() {
      step(Infinity);
      search ??= searchOver(entries, vocabulary);
      return search;
    },
  };
}

/** Indexes the companies once; each search then only compares strings. */
export function createCompanySearch(companies: readonly Company[]): CompanySearch {
  return companySearchBuilder(companies).finish();
}

/** By folded name: how many records are addressed "c/o" that name (they send their requests there). */
function careOfCounts(entries: readonly Entry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const line of entry.company.address.split('\n')) {
      const trimmed = line.trim();
      if (!/^c\/o\s/i.test(trimmed)) continue;
      const name = foldText(trimmed.slice(4));
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return counts;
}

/** What users name that a record answers for: its domains, the services it runs, the records c/o it. */
function reachOf(entry: Entry, careOf: ReadonlyMap<string, number>): number {
  return entry.domains.length + entry.aliases.length + (careOf.get(entry.name) ?? 0);
}

function searchOver(entries: readonly Entry[], vocabulary: Vocabulary): CompanySearch {
  let careOf: Map<string, number> | undefined;
  return {
    search(query, limit = 10) {
      const queries = queriesFor(query);
      if (queries.length === 0 || limit < 1) return [];
      const hits = new Map<number, Hit>();
      entries.forEach((entry, index) => {
        let hit: Hit | undefined;
        for (const q of queries) hit = better(hit, cheapMatch(entry, q));
        if (hit) hits.set(index, hit);
      });
      if (hits.size < limit) {
        const fuzzy = new Map<number, Hit>();
        const keep = (index: number, hit: Hit | undefined) => {
          if (hit && !hits.has(index)) fuzzy.set(index, better(fuzzy.get(index), hit) ?? hit);
        };
        for (const q of queries.filter((each) => each.compact.length >= 3)) {
          const close = closeWords(q.tokens, vocabulary);
          for (const index of typoCandidates(close, vocabulary)) keep(index, typoMatch(entries[index] as Entry, q, close));
          entries.forEach((entry, index) => keep(index, subsequenceMatch(entry, q)));
        }
        for (const [index, hit] of fuzzy) hits.set(index, hit);
      }
      const ranked: Ranked[] = [...hits].map(([index, hit]) => {
        const entry = entries[index] as Entry;
        careOf ??= careOfCounts(entries);
        return { ...hit, company: entry.company, quality: entry.quality, reach: reachOf(entry, careOf) };
      });
      return ranked
        .sort(compare)
        .slice(0, limit)
        .map(({ company, score, via, matched }) => ({ company, score, via, matched }));
    },
  };
}
