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
/** Nats (natural-log units of likelihood) by which the winner must beat the runner-up. */
export const MIN_MARGIN = 12;
/** Words read from a text at most; the rest does not change the answer. */
export const MAX_WORDS = 48;
/** Reading stops once the winner leads by this much after MIN_WORDS words (checked every few words). */
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
  return LETTER.test(String.fromCharCode(code)) ? OTHER_LETTER : 255;
}

function trigramKey(a: number, b: number, c: number): number {
  return (a << 12) | (b << 6) | c;
}
function hashStep(hash: number, index: number): number {
  return Math.imul(hash ^ index, 16777619);
}
const HASH_START = 2166136261 | 0;

interface Tables {
  /** Word hash -> its cost in each language. */
  words: Map<number, Float64Array>;
  /** Trigram key -> row in trigramCosts (0: none). */
  trigramRows: Uint16Array;
  trigramCosts: Float64Array[];
  wordFloor: Float64Array;
  trigramFloor: Float64Array;
}

let tables: Tables | undefined;

function keyIndexes(item: string): number[] {
  return [...item].map((char) => (char === '_' ? BOUNDARY : indexOf(char.charCodeAt(0))));
}

/** Builds the lookup tables from profile.json, once. */
function loadTables(): Tables {
  const data: { words: Record<string, string>; trigrams: Record<string, string>; floor: Record<string, number[]> } = profile;
  const wordFloor = new Float64Array(COUNT);
  const trigramFloor = new Float64Array(COUNT);
  DETECTED_LANGUAGES.forEach((language, index) => {
    wordFloor[index] = data.floor[language]![0] / 10;
    trigramFloor[index] = data.floor[language]![1] / 10;
  });
  const words = new Map<number, Float64Array>();
  const trigramRows = new Uint16Array(1 << 18);
  const trigramCosts: Float64Array[] = [trigramFloor];
  DETECTED_LANGUAGES.forEach((language, index) => {
    const wordItems = data.words[language]!.split(' ');
    for (let i = 0; i + 1 < wordItems.length; i += 2) {
      const hash = keyIndexes(wordItems[i]!).reduce(hashStep, HASH_START);
      let costs = words.get(hash);
      if (!costs) words.set(hash, (costs = Float64Array.from(wordFloor)));
      costs[index] = Number(wordItems[i + 1]) / 10;
    }
    const trigramItems = data.trigrams[language]!.split(' ');
    for (let i = 0; i + 1 < trigramItems.length; i += 2) {
      const [a, b, c] = keyIndexes(trigramItems[i]!);
      const key = trigramKey(a!, b!, c!);
      if (trigramRows[key] === 0) {
        trigramRows[key] = trigramCosts.length;
        trigramCosts.push(Float64Array.from(trigramFloor));
      }
      trigramCosts[trigramRows[key]!]![index] = Number(trigramItems[i + 1]) / 10;
    }
  });
  return { words, trigramRows, trigramCosts, wordFloor, trigramFloor };
}

export interface Detection {
  language: DetectedLanguage;
  /** The runner-up's cost minus the winner's, in nats. */
  margin: number;
  /** Words read. */
  words: number;
}

/** Scratch space for one detection at a time (detection is synchronous). */
const costs = new Float64Array(COUNT);

function add(source: Float64Array): void {
  for (let i = 0; i < COUNT; i++) costs[i]! += source[i]!;
}

/** Winner and margin of the current costs. */
function ranked(words: number): Detection {
  let best = 0;
  for (let i = 1; i < COUNT; i++) if (costs[i]! < costs[best]!) best = i;
  let second = Number.POSITIVE_INFINITY;
  for (let i = 0; i < COUNT; i++) if (i !== best && costs[i]! < second) second = costs[i]!;
  return { language: DETECTED_LANGUAGES[best]!, margin: second - costs[best]!, words };
}

/**
 * The most likely language of text[from, to) with its margin, whatever the confidence (undefined:
 * no words). Reads at most `maxWords` words, fewer once the winner leads by far.
 */
export function rankLanguage(text: string, from = 0, to = text.length, maxWords = MAX_WORDS): Detection | undefined {
  const t = (tables ??= loadTables());
  costs.fill(0);
  let words = 0;
  let i = from;
  while (i < to && words < maxWords) {
    let index = 255;
    while (i < to && (index = indexOf(text.charCodeAt(i))) === 255) i++;
    if (i >= to) break;
    // A word: its hash and trigrams, letter by letter.
    let hash = HASH_START;
    let before2 = BOUNDARY;
    let before1 = BOUNDARY;
    let length = 0;
    while (index !== 255) {
      hash = hashStep(hash, index);
      // "_wo", "wor", "ord" for "word" (its first letter starts no trigram of its own); "rd_" below.
      if (length >= 1) add(t.trigramCosts[t.trigramRows[trigramKey(before2, before1, index)]!]!);
      before2 = before1;
      before1 = index;
      length++;
      i++;
      index = i < to ? indexOf(text.charCodeAt(i)) : 255;
    }
    add(t.trigramCosts[t.trigramRows[trigramKey(before2, before1, BOUNDARY)]!]!);
    add(t.words.get(hash) ?? t.wordFloor);
    words++;
    if (words >= MIN_WORDS && (words & 3) === 0 && ranked(words).margin >= EARLY_MARGIN) break;
  }
  return words === 0 ? undefined : ranked(words);
}

/** The language text[from, to) is clearly written in (see the confidence rule above), else undefined. */
export function detectLanguage(text: string, from = 0, to = text.length): DetectedLanguage | undefined {
  const detection = rankLanguage(text, from, to);
  return detection && isClear(detection) ? detection.language : undefined;
}

export function isClear(detection: Detection): boolean {
  return detection.words >= MIN_WORDS && detection.margin >= MIN_MARGIN;
}
