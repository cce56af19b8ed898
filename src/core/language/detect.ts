// A small language detector for en, de, fr, nl, es, it, pl and pt, with no network and no model
// beyond profile.json (~40 kB). How it works:
// - profile.json holds, per language, the 200 most frequent words (mostly function words: "the",
//   "und", "les", "het") and the 400 most frequent character trigrams of words padded with "_"
//   ("_th", "ung", "es_"), each with its cost -ln(relative frequency), counted on the training
//   texts in bench/language/train (bench/language/buildProfile.ts builds it).
// - A text's cost in a language is the sum of the costs of its words and of its trigrams (a naive
//   Bayes model over both); an item a language's profile lacks costs as much as one seen once in
//   that language's training text. The cheapest language wins.
// - Confidence rule: a text is "clearly" in a language only when it has at least MIN_WORDS words
//   and the winner is cheaper than the runner-up by at least MIN_MARGIN nats (a likelihood ratio
//   of e^12, about 160,000 to 1). Otherwise detectLanguage() answers undefined and the caller falls
//   back (to the enclosing block quote, list or table, then to the document's language).
// - Measured on real paragraphs of 20+ words none of which were used for training: see
//   `npm run bench:language` (bench/language/accuracy.ts).
// Speed: detection runs on every lint, over every block. Words are read by character code, without
// copying: letters map to a 64-letter alphabet, trigrams index a table, words are hashed. Reading
// stops after MAX_WORDS words, or earlier once the winner leads by EARLY_MARGIN.
import profile from './profile.json';
import { DETECTED_LANGUAGES, type DetectedLanguage } from './languages';

/** Fewer words than this are too few to decide on: the block takes its container's language. */
export const MIN_WORDS = 5;
/** Different words a clear detection needs: one word repeated ("word word …") is no evidence of a language. */
export const MIN_DISTINCT = 3;
/** Nats (natural-log units of likelihood) by which the winner must beat the runner-up. */
export const MIN_MARGIN = 12;
/** Words read from a text at most; the rest does not change the answer. */
export const MAX_WORDS = 48;
/** Reading stops once the winner leads by this much after MIN_WORDS words (checked every other word). */
const EARLY_MARGIN = 40;

const COUNT = DETECTED_LANGUAGES.length;
/** Alphabet index 0 is the word boundary "_", 1-26 a-z, then the accented letters below, 63 any other letter. */
const BOUNDARY = 0;
const OTHER_LETTER = 63;
const ACCENTED = 'àáâãäçèéêëíîïñòóôõöùúûüßąćęłńśźżœ';
/** Alphabet index of each code unit below U+0250 (255: not a letter). */
const INDEX = new Uint8Array(0x250).fill(255);
for (let code = 0; code < 0x250; code++) {
  const char = String.fromCharCode(code);
  if (!/\p{L}/u.test(char)) continue;
  const lower = char.toLowerCase();
  const ascii = lower.charCodeAt(0) - 96;
  const accented = ACCENTED.indexOf(lower);
  INDEX[code] = lower.length === 1 && ascii >= 1 && ascii <= 26 ? ascii : accented !== -1 ? 27 + accented : OTHER_LETTER;
}
const LETTER = /\p{L}/u;
function indexOf(code: number): number {
  if (code < 0x250) return INDEX[code]!;
  if (code >= 0xd800 && code < 0xe000) return 255; // surrogates: emoji and other symbols
  return LETTER.test(String.fromCharCode(code)) ? OTHER_LETTER : 255;
}

function trigramKey(a: number, b: number, c: number): number {
  return (a << 12) | (b << 6) | c;
}
function hashStep(hash: number, index: number): number {
  return Math.imul(hash ^ index, 16777619);
}
const HASH_START = 2166136261 | 0;

/** Slots of the word hash table (a power of two, over twice the profile's distinct words). */
const WORD_SLOTS = 1 << 12;

interface Tables {
  /** Open-addressing table: word hash at slot s (linear probing), its row in wordCosts + 1 (0: empty). */
  wordHashes: Int32Array;
  wordRows: Int32Array;
  /** Costs by row, COUNT per row: row r's cost in language l at r * COUNT + l. */
  wordCosts: Float64Array;
  /** Trigram key -> row in trigramCosts (0: in no profile). */
  trigramRows: Uint16Array;
  trigramCosts: Float64Array;
  wordFloor: Float64Array;
  trigramFloor: Float64Array;
}

let tables: Tables | undefined;

/** The alphabet index of a profile item's character at `i` ("_" the boundary). */
function keyIndexAt(item: string, i: number): number {
  const code = item.charCodeAt(i);
  return code === 0x5f ? BOUNDARY : indexOf(code);
}

/** The character after the one at `i`: a surrogate pair is one character. */
function nextCharAt(item: string, i: number): number {
  const code = item.charCodeAt(i);
  return code >= 0xd800 && code < 0xdc00 && i + 1 < item.length ? i + 2 : i + 1;
}

/** A profile word's hash, as rankLanguage hashes the words it reads (no array per word: this runs on every process's first lint). */
function itemHash(item: string): number {
  let hash = HASH_START;
  for (let i = 0; i < item.length; i = nextCharAt(item, i)) hash = hashStep(hash, keyIndexAt(item, i));
  return hash;
}

/** A profile trigram's key (its first three characters). */
function itemTrigramKey(item: string): number {
  const second = nextCharAt(item, 0);
  return trigramKey(keyIndexAt(item, 0), keyIndexAt(item, second), keyIndexAt(item, nextCharAt(item, second)));
}

/**
 * Builds the lookup tables from profile.json, once. Costs go straight into typed arrays, rows
 * filled with the floor as they are first seen: it runs on the first lint of every command-line
 * process, where building an array per item (and flattening them) took several milliseconds.
 */
function loadTables(): Tables {
  const data: { words: Record<string, string>; trigrams: Record<string, string>; floor: Record<string, number[]> } = profile;
  const wordFloor = new Float64Array(COUNT);
  const trigramFloor = new Float64Array(COUNT);
  let wordItems = 0;
  let trigramItems = 0;
  DETECTED_LANGUAGES.forEach((language, index) => {
    wordFloor[index] = data.floor[language]![0]! / 10;
    trigramFloor[index] = data.floor[language]![1]! / 10;
    wordItems += data.words[language]!.split(' ').length >> 1;
    trigramItems += data.trigrams[language]!.split(' ').length >> 1;
  });
  const wordHashes = new Int32Array(WORD_SLOTS);
  const wordRows = new Int32Array(WORD_SLOTS);
  // At most one row per item; row 0 of the trigrams is the floor (a trigram in no profile).
  const wordCosts = new Float64Array(wordItems * COUNT);
  const trigramCosts = new Float64Array((trigramItems + 1) * COUNT);
  trigramCosts.set(trigramFloor);
  let wordCount = 0;
  let trigramCount = 1;
  const trigramRows = new Uint16Array(1 << 18);
  DETECTED_LANGUAGES.forEach((language, index) => {
    const words = data.words[language]!.split(' ');
    for (let i = 0; i + 1 < words.length; i += 2) {
      const hash = itemHash(words[i]!);
      let slot = hash & (WORD_SLOTS - 1);
      while (wordRows[slot] !== 0 && wordHashes[slot] !== hash) slot = (slot + 1) & (WORD_SLOTS - 1);
      if (wordRows[slot] === 0) {
        wordHashes[slot] = hash;
        wordRows[slot] = ++wordCount;
        wordCosts.set(wordFloor, (wordCount - 1) * COUNT);
      }
      wordCosts[(wordRows[slot]! - 1) * COUNT + index] = Number(words[i + 1]) / 10;
    }
    const trigrams = data.trigrams[language]!.split(' ');
    for (let i = 0; i + 1 < trigrams.length; i += 2) {
      const key = itemTrigramKey(trigrams[i]!);
      if (trigramRows[key] === 0) {
        trigramRows[key] = trigramCount;
        trigramCosts.set(trigramFloor, trigramCount++ * COUNT);
      }
      trigramCosts[trigramRows[key]! * COUNT + index] = Number(trigrams[i + 1]) / 10;
    }
  });
  if (wordCount * 2 > WORD_SLOTS) throw new Error('language profile: too many words for the hash table');
  return {
    wordHashes,
    wordRows,
    wordCosts: wordCosts.slice(0, wordCount * COUNT),
    trigramRows,
    trigramCosts: trigramCosts.slice(0, trigramCount * COUNT),
    wordFloor,
    trigramFloor,
  };
}

export interface Detection {
  language: DetectedLanguage;
  /** The runner-up's cost minus the winner's, in nats. */
  margin: number;
  /** Words read. */
  words: number;
  /** Different words among them, counted up to MIN_WORDS: one word repeated is no evidence of a language. */
  distinct?: number;
}

/** Winner and margin of eight costs. */
function ranked(costs: ArrayLike<number>, words: number): Detection {
  let best = 0;
  for (let i = 1; i < COUNT; i++) if (costs[i]! < costs[best]!) best = i;
  let second = Number.POSITIVE_INFINITY;
  for (let i = 0; i < COUNT; i++) if (i !== best && costs[i]! < second) second = costs[i]!;
  return { language: DETECTED_LANGUAGES[best]!, margin: second - costs[best]!, words };
}

/** The first MIN_WORDS different word hashes of the text rankLanguage reads (reused, as finalCosts). */
const firstHashes = new Int32Array(MIN_WORDS);
function isAmongFirst(hash: number, count: number): boolean {
  for (let i = 0; i < count; i++) if (firstHashes[i] === hash) return true;
  return false;
}

/** rankLanguage's final costs, one per language (reused: read by ranked() before the next call). */
const finalCosts = new Float64Array(COUNT);

/** Keeps the two lowest of the costs seen, without allocating (checked every other word). */
let lowest = 0;
let secondLowest = 0;
function see(cost: number): void {
  if (cost < lowest) {
    secondLowest = lowest;
    lowest = cost;
  } else if (cost < secondLowest) secondLowest = cost;
}
function marginOf(c0: number, c1: number, c2: number, c3: number, c4: number, c5: number, c6: number, c7: number): number {
  lowest = Number.POSITIVE_INFINITY;
  secondLowest = Number.POSITIVE_INFINITY;
  see(c0);
  see(c1);
  see(c2);
  see(c3);
  see(c4);
  see(c5);
  see(c6);
  see(c7); // prettier-ignore
  return secondLowest - lowest;
}

const AT = 64;
const DOT = 46;
const COLON = 58;
const SLASH = 47;

function isLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || indexOf(code) !== 255;
}

/**
 * Whether the word text[start, end) is part of an e-mail address, domain name or URL scheme
 * ("gdpr@oceanprotocol.com", "www.example.org", "https://"): names, not words of a language. Read
 * as words, the five parts of "E-mail: gdpr@oceanprotocol.com" came out clearly Portuguese.
 */
function isAddressPart(text: string, from: number, start: number, end: number, to: number): boolean {
  const before = start > from ? text.charCodeAt(start - 1) : -1;
  if (before === AT || (before === DOT && start - 2 >= from && isLetterOrDigit(text.charCodeAt(start - 2)))) return true;
  const after = end < to ? text.charCodeAt(end) : -1;
  if (after === AT) return true;
  const afterNext = end + 1 < to ? text.charCodeAt(end + 1) : -1;
  return (after === DOT && isLetterOrDigit(afterNext)) || (after === COLON && afterNext === SLASH);
}

/**
 * The most likely language of text[from, to) with its margin, whatever the confidence (undefined:
 * no words). Reads at most `maxWords` words, fewer once the winner leads by far. The eight costs
 * are kept in locals (this loop runs for every word of every block).
 */
export function rankLanguage(text: string, from = 0, to = text.length, maxWords = MAX_WORDS): Detection | undefined {
  const t = (tables ??= loadTables());
  const { wordHashes, wordRows, wordCosts, trigramRows, trigramCosts } = t;
  let c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0; // prettier-ignore
  /** Words and trigrams in no profile: their floor costs are added once at the end. */
  let unknownWords = 0;
  let unknownTrigrams = 0;
  let words = 0;
  /** How many different word hashes are in firstHashes, up to MIN_WORDS ("word word word …" gives one). */
  let distinct = 0;
  let i = from;
  while (i < to && words < maxWords) {
    let index = 255;
    while (i < to && (index = indexOf(text.charCodeAt(i))) === 255) i++;
    if (i >= to) break;
    // The costs before this word: restored if it turns out to be part of an address (see isAddressPart).
    const wordStart = i;
    const s0 = c0, s1 = c1, s2 = c2, s3 = c3, s4 = c4, s5 = c5, s6 = c6, s7 = c7, sTrigrams = unknownTrigrams; // prettier-ignore
    // A word: its hash and trigrams, letter by letter: "_wo", "wor", "ord", "rd_" for "word".
    let hash = HASH_START;
    let before2 = BOUNDARY;
    let before1 = BOUNDARY;
    let first = true;
    // One pass a letter, then one more at the word's end (index 255) for the closing trigram ("rd_").
    for (;;) {
      const end = index === 255;
      if (!end) hash = hashStep(hash, index);
      let row = -1;
      if (!first) row = trigramRows[trigramKey(before2, before1, end ? BOUNDARY : index)]!;
      else first = false;
      if (row === 0) unknownTrigrams++;
      else if (row > 0) {
        const at = row * COUNT;
        c0 += trigramCosts[at]!;
        c1 += trigramCosts[at + 1]!;
        c2 += trigramCosts[at + 2]!;
        c3 += trigramCosts[at + 3]!; // prettier-ignore
        c4 += trigramCosts[at + 4]!;
        c5 += trigramCosts[at + 5]!;
        c6 += trigramCosts[at + 6]!;
        c7 += trigramCosts[at + 7]!; // prettier-ignore
      }
      if (end) break;
      before2 = before1;
      before1 = index;
      i++;
      index = i < to ? indexOf(text.charCodeAt(i)) : 255;
    }
    const next = i < to ? text.charCodeAt(i) : -1;
    const previous = wordStart > from ? text.charCodeAt(wordStart - 1) : -1;
    // Most words sit between spaces: the address test runs only beside "@", "." or ":".
    if ((previous === AT || previous === DOT || next === AT || next === DOT || next === COLON) && isAddressPart(text, from, wordStart, i, to)) {
      c0 = s0;
      c1 = s1;
      c2 = s2;
      c3 = s3;
      c4 = s4;
      c5 = s5;
      c6 = s6;
      c7 = s7;
      unknownTrigrams = sTrigrams; // prettier-ignore
      continue;
    }
    let slot = hash & (WORD_SLOTS - 1);
    while (wordRows[slot] !== 0 && wordHashes[slot] !== hash) slot = (slot + 1) & (WORD_SLOTS - 1);
    if (wordRows[slot] === 0) unknownWords++;
    else {
      const at = (wordRows[slot]! - 1) * COUNT;
      c0 += wordCosts[at]!;
      c1 += wordCosts[at + 1]!;
      c2 += wordCosts[at + 2]!;
      c3 += wordCosts[at + 3]!; // prettier-ignore
      c4 += wordCosts[at + 4]!;
      c5 += wordCosts[at + 5]!;
      c6 += wordCosts[at + 6]!;
      c7 += wordCosts[at + 7]!; // prettier-ignore
    }
    words++;
    if (distinct < MIN_WORDS && !isAmongFirst(hash, distinct)) firstHashes[distinct++] = hash;
    if (words >= MIN_WORDS && (words & 1) === 1) {
      const f = t.wordFloor;
      const g = t.trigramFloor;
      const margin = marginOf(
        c0 + unknownWords * f[0]! + unknownTrigrams * g[0]!,
        c1 + unknownWords * f[1]! + unknownTrigrams * g[1]!,
        c2 + unknownWords * f[2]! + unknownTrigrams * g[2]!,
        c3 + unknownWords * f[3]! + unknownTrigrams * g[3]!,
        c4 + unknownWords * f[4]! + unknownTrigrams * g[4]!,
        c5 + unknownWords * f[5]! + unknownTrigrams * g[5]!,
        c6 + unknownWords * f[6]! + unknownTrigrams * g[6]!,
        c7 + unknownWords * f[7]! + unknownTrigrams * g[7]!,
      );
      if (margin >= EARLY_MARGIN) break;
    }
  }
  if (words === 0) return undefined;
  // The final costs in a reused array: this runs once per block, thousands of times a lint.
  const costs = finalCosts;
  costs[0] = c0;
  costs[1] = c1;
  costs[2] = c2;
  costs[3] = c3;
  costs[4] = c4;
  costs[5] = c5;
  costs[6] = c6;
  costs[7] = c7;
  for (let l = 0; l < COUNT; l++) costs[l] = costs[l]! + unknownWords * t.wordFloor[l]! + unknownTrigrams * t.trigramFloor[l]!;
  // Built field by field: spreading ranked()'s object cost more than reading the words (V8 copies it slowly).
  const { language, margin } = ranked(costs, words);
  return { language, margin, words, distinct };
}

/** The language text[from, to) is clearly written in (see the confidence rule above), else undefined. */
export function detectLanguage(text: string, from = 0, to = text.length): DetectedLanguage | undefined {
  const detection = rankLanguage(text, from, to);
  return detection && isClear(detection) ? detection.language : undefined;
}

export function isClear(detection: Detection): boolean {
  return detection.words >= MIN_WORDS && (detection.distinct ?? MIN_DISTINCT) >= MIN_DISTINCT && detection.margin >= MIN_MARGIN;
}
