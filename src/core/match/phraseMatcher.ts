// One pass over the text, whatever the number of phrases: an Aho-Corasick automaton compiled into
// a dense transition table over the folded alphabet of charClasses.ts.
import { stepTimer } from '../stepTimer';
import { ASCII_CLASS, CLASS_COUNT, CLASS_OTHER, CLASS_SEPARATOR, classOf, classOfWide, isBoundaryAfter, isBoundaryBefore, isWordChar } from './charClasses';

export interface PhraseMatch {
  /** Index of the phrase in the list given to compilePhrases. */
  phrase: number;
  start: number;
  end: number;
}

/** Phrases longer than this (in folded characters) are rejected at compile time. */
const MAX_PHRASE_LENGTH = 255;

export interface CompiledPhrases {
  readonly phraseCount: number;
  /** All whole-word occurrences, in order of their end offset; overlaps included. */
  findAll(text: string, from?: number, to?: number): PhraseMatch[];
}

export function compilePhrases(phrases: readonly string[]): CompiledPhrases {
  const steps = compilePhrasesInSteps(phrases);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The phrases' trie in breadth-first order, the whole input of the automaton: everything else
 * (failure links, merged outputs, the dense transition table) follows from it, computed lazily
 * as the scan needs it (Automaton below). Compact enough to ship precompiled (phraseTable.ts), so a process that
 * lints one small file need not fold and insert thousands of phrases first.
 */
export interface PhraseTrie {
  readonly stateCount: number;
  /** Per state (0 is the root): the class of the edge from its parent (root: CLASS_OTHER, unused). */
  readonly edgeClass: Uint8Array;
  /**
   * Per state, and one more entry: the first of its children, which are numbered consecutively
   * (breadth-first, in class order); the children of s are firstChild[s] to firstChild[s + 1] - 1.
   */
  readonly firstChild: Uint32Array;
  /** Per phrase: the state where it ends. */
  readonly endState: Uint32Array;
  /** Per phrase: its length in folded characters (at most MAX_PHRASE_LENGTH). */
  readonly length: Uint8Array;
  /** Per phrase: PHRASE_WORD_START | PHRASE_WORD_END, the whole-word checks it needs. */
  readonly flags: Uint8Array;
}

export const PHRASE_WORD_START = 1;
export const PHRASE_WORD_END = 2;

/**
 * The same compilation, as a generator that yields every few milliseconds, so an editor can build
 * the automaton without blocking (see prepareLinter). Its return value is the compiled matcher.
 */
export function* compilePhrasesInSteps(phrases: readonly string[]): Generator<void, CompiledPhrases> {
  const trie = yield* buildTrieInSteps(phrases);
  return compiledFromTrie(trie);
}

/** The breadth-first trie of the phrases (see PhraseTrie); yields every few milliseconds. */
export function buildPhraseTrie(phrases: readonly string[]): PhraseTrie {
  const steps = buildTrieInSteps(phrases);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function* buildTrieInSteps(phrases: readonly string[]): Generator<void, PhraseTrie> {
  // The trie's edges are kept in a map (state × classes + class -> child) while phrases are added;
  // the dense child table is allocated once, at its exact size, when the number of states is known.
  // (Growing a dense table by doubling copied megabytes in one step: 30 ms pauses in the editor.)
  // In that table 0 means "no child": no trie edge leads back to the root, and a zeroed allocation
  // costs nothing, where filling 6 MB with -1 took 18 ms.
  const timer = stepTimer();
  const edges = new Map<number, number>();
  /** Each state's own edge, as its key in `edges` (state 0, the root, has none). */
  const edgeOf: number[] = [0];
  let stateCount = 1;
  const insertedEnd = new Uint32Array(phrases.length);
  const length = new Uint8Array(phrases.length);
  const flags = new Uint8Array(phrases.length);
  for (let index = 0; index < phrases.length; index++) {
    const phrase = phrases[index]!;
    const folded = foldPhrase(phrase);
    if (folded.length === 0 || folded.length > MAX_PHRASE_LENGTH) {
      throw new Error(`Phrase "${phrase}" is empty or longer than ${MAX_PHRASE_LENGTH} characters`);
    }
    let state = 0;
    for (const cls of folded) {
      const key = state * CLASS_COUNT + cls;
      let next = edges.get(key);
      if (next === undefined) {
        next = stateCount++;
        edges.set(key, next);
        edgeOf.push(key);
      }
      state = next;
    }
    insertedEnd[index] = state;
    length[index] = folded.length;
    flags[index] = (isWordChar(phrase[0]) ? PHRASE_WORD_START : 0) | (isWordChar(phrase[phrase.length - 1]) ? PHRASE_WORD_END : 0);
    if (timer.due()) {
      yield;
      timer.resumed();
    }
  }
  edges.clear();
  const child = new Int32Array(stateCount * CLASS_COUNT);
  for (let state = 1; state < stateCount; state++) {
    child[edgeOf[state]!] = state;
    if ((state & 1023) === 1023 && timer.due()) {
      yield;
      timer.resumed();
    }
  }
  // Renumbering in breadth-first order, children in class order.
  const order = new Int32Array(stateCount);
  const numberOf = new Int32Array(stateCount);
  const edgeClass = new Uint8Array(stateCount).fill(CLASS_OTHER);
  const firstChild = new Uint32Array(stateCount + 1);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    firstChild[head] = tail;
    const row = order[head]! * CLASS_COUNT;
    for (let cls = 0; cls < CLASS_COUNT; cls++) {
      const next = child[row + cls]!;
      if (next === 0) continue;
      numberOf[next] = tail;
      order[tail] = next;
      edgeClass[tail++] = cls;
    }
    if ((head & 63) === 63 && timer.due()) {
      yield;
      timer.resumed();
    }
  }
  firstChild[stateCount] = stateCount;
  const endState = insertedEnd.map((state) => numberOf[state]!);
  return { stateCount, edgeClass, firstChild, endState, length, flags };
}

/** The matcher for a trie (built here or read from a precompiled table). */
export function compiledFromTrie(trie: PhraseTrie): CompiledPhrases {
  const automaton = new Automaton(trie);
  return {
    phraseCount: trie.endState.length,
    findAll: (text, from = 0, to = text.length) => scan(automaton, text, from, to),
  };
}

/** A table entry not computed yet. */
const UNBUILT = 0;
/** The root's row (row r holds the entries of state (r - 1) / CLASS_COUNT at r + class). */
const ROOT_ROW = 1;

/**
 * The Aho-Corasick automaton as a dense transition table (a DFA), each entry computed the first
 * time the scan needs it: the table starts zeroed (UNBUILT, which costs nothing until a page is
 * touched), so a process that lints one small file computes the few thousand transitions its text
 * reaches, not the 1.5 million of the whole table. Each entry holds the target state's row
 * (1 + state × classes), negated when that state has outputs, so the scan needs no multiply and
 * no extra lookup.
 */
class Automaton {
  readonly table: Int32Array;
  readonly lengths: Uint8Array;
  readonly flags: Uint8Array;
  private readonly stateCount: number;
  private readonly edgeClass: Uint8Array;
  private readonly firstChild: Uint32Array;
  /** Failure links, -1 until computed. */
  private readonly fail: Int32Array;
  /** The phrases that end in each state, own ones first, then its failure state's; computed when first needed. */
  private readonly outputs: (readonly number[] | undefined)[];
  /**
   * The phrases that end in each state, as linked lists in two typed arrays: the first phrase of
   * state s is ownFirst[s] (-1: none), the next after phrase p is ownNext[p]. An array per state
   * took most of the ~4.5 ms a process spent reading the English table before its first lint.
   */
  private readonly ownFirst: Int32Array;
  private readonly ownNext: Int32Array;

  // Nothing here loops over the states: a table read from a file is used as it is (its size and
  // ends checked; any other damage gives wrong matches, never a hang or an out-of-range write).
  constructor(trie: PhraseTrie) {
    const { stateCount, edgeClass, firstChild, endState } = trie;
    if (stateCount < 1 || edgeClass.length !== stateCount || firstChild.length !== stateCount + 1 || firstChild[0] !== Math.min(1, stateCount) || firstChild[stateCount] !== stateCount) {
      throw new Error('Malformed phrase trie');
    }
    this.stateCount = stateCount;
    this.edgeClass = edgeClass;
    this.firstChild = firstChild;
    this.lengths = trie.length;
    this.flags = trie.flags;
    this.ownFirst = new Int32Array(stateCount).fill(-1);
    this.ownNext = new Int32Array(endState.length);
    // From the last phrase to the first, so each list is in ascending order.
    for (let phrase = endState.length - 1; phrase >= 0; phrase--) {
      const state = endState[phrase]!;
      if (state === 0 || state >= stateCount || trie.length[phrase] === 0) throw new Error('Malformed phrase trie');
      this.ownNext[phrase] = this.ownFirst[state]!;
      this.ownFirst[state] = phrase;
    }
    this.fail = new Int32Array(stateCount).fill(-1);
    this.fail[0] = 0;
    this.outputs = new Array<readonly number[] | undefined>(stateCount);
    this.outputs[0] = [];
    this.table = new Int32Array(1 + stateCount * CLASS_COUNT);
  }

  /** Computes, stores and returns the entry at `row` + `cls` (see scan). */
  entry(row: number, cls: number): number {
    const state = (row - 1) / CLASS_COUNT;
    // A run of separators counts as one ("may  share" is "may share"): a separator leaves every
    // state reached by a separator where it is. After any separator the automaton is in such a
    // state or the root (whose separator edge loops), so the scan needs no run tracking.
    const target = cls === CLASS_SEPARATOR && this.edgeClass[state] === CLASS_SEPARATOR && state !== 0 ? state : this.transition(state, cls);
    const value = this.encoded(target);
    this.table[row + cls] = value;
    return value;
  }

  /** The phrases that end in the state whose row is `row`. */
  outputsAt(row: number): readonly number[] {
    return this.outputsOf((row - 1) / CLASS_COUNT);
  }

  /**
   * The Aho-Corasick transition (goto, else the failure state's), without the separator loop of
   * `entry`: failure links are defined on this one. Memoised in the table where the two agree.
   */
  private transition(state: number, cls: number): number {
    for (let child = this.firstChild[state]!, last = Math.min(this.firstChild[state + 1]!, this.stateCount); child < last; child++) {
      if (this.edgeClass[child] === cls) return child;
    }
    if (state === 0) return 0;
    const looped = cls === CLASS_SEPARATOR && this.edgeClass[state] === CLASS_SEPARATOR;
    const index = 1 + state * CLASS_COUNT + cls;
    if (!looped && this.table[index] !== UNBUILT) return this.decoded(this.table[index]!);
    const target = this.transition(this.failOf(state), cls);
    if (!looped) this.table[index] = this.encoded(target);
    return target;
  }

  /** The state whose children include `child`: the last state whose first child is at or before it. */
  private parentOf(child: number): number {
    let low = 0;
    let high = child - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.firstChild[middle]! <= child) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  private failOf(state: number): number {
    let failState = this.fail[state]!;
    if (failState === -1) {
      const parent = this.parentOf(state);
      failState = parent === 0 ? 0 : this.transition(this.failOf(parent), this.edgeClass[state]!);
      this.fail[state] = failState;
    }
    return failState;
  }

  private outputsOf(state: number): readonly number[] {
    let found = this.outputs[state];
    if (found === undefined) {
      const mine = this.ownOf(state);
      const inherited = this.outputsOf(this.failOf(state));
      found = mine === undefined ? inherited : inherited.length > 0 ? mine.concat(inherited) : mine;
      this.outputs[state] = found;
    }
    return found;
  }

  /** The phrases that end in `state` itself, in ascending order (undefined: none). */
  private ownOf(state: number): number[] | undefined {
    let phrase = this.ownFirst[state]!;
    if (phrase === -1) return undefined;
    const mine: number[] = [];
    for (; phrase !== -1; phrase = this.ownNext[phrase]!) mine.push(phrase);
    return mine;
  }

  private encoded(state: number): number {
    const row = 1 + state * CLASS_COUNT;
    return this.outputsOf(state).length > 0 ? -row : row;
  }

  private decoded(entry: number): number {
    return ((entry > 0 ? entry : -entry) - 1) / CLASS_COUNT;
  }
}

/** The scan: one table lookup per character. Everything it needs is local (closure reads are slower). */
function scan(automaton: Automaton, text: string, from: number, to: number): PhraseMatch[] {
  const table = automaton.table;
  const matches: PhraseMatch[] = [];
  let row = ROOT_ROW;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const cls = code < 128 ? ASCII_CLASS[code]! : classOfWide(code);
    // A blank line ends every partial phrase, so no phrase spans two paragraphs (and each
    // paragraph can be re-linted on its own). Checked only at line breaks, by looking back.
    if (code <= 13 && (code === 10 || code === 13) && endsBlankLine(text, i, from)) row = ROOT_ROW;
    let next = table[row + cls]!;
    if (next > 0) {
      row = next;
      continue;
    }
    if (next === UNBUILT) {
      next = automaton.entry(row, cls);
      if (next > 0) {
        row = next;
        continue;
      }
    }
    row = -next;
    collectMatches(automaton, text, i, automaton.outputsAt(row), matches);
  }
  return matches;
}

/** The whole-word matches among the phrases that end at `last`. */
function collectMatches(automaton: Automaton, text: string, last: number, phrases: readonly number[], matches: PhraseMatch[]): void {
  const end = last + 1;
  for (const phrase of phrases) {
    const start = startOfMatch(text, last, automaton.lengths[phrase]!);
    const flags = automaton.flags[phrase]!;
    if ((flags & PHRASE_WORD_START) !== 0 && !isBoundaryBefore(text, start)) continue;
    if ((flags & PHRASE_WORD_END) !== 0 && !isBoundaryAfter(text, end)) continue;
    matches.push({ phrase, start, end });
  }
}

/**
 * Whether the line break at `at` (\n, or a \r not followed by \n) closes a blank line: only
 * separators stand between it and the previous line break, within [from, at).
 */
function endsBlankLine(text: string, at: number, from: number): boolean {
  if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) return false; // The \n is the break.
  let j = at - 1;
  if (text.charCodeAt(at) === 10 && j >= from && text.charCodeAt(j) === 13) j--; // \r\n is one break.
  for (; j >= from; j--) {
    const code = text.charCodeAt(j);
    if (code === 10 || code === 13) return true;
    if (classOf(code) !== CLASS_SEPARATOR) return false;
  }
  return false;
}

/**
 * Where a match that ends at `last` (inclusive) and spans `length` folded characters starts:
 * walk back, counting a run of separators as one, as the scan folded them. Only runs at matches.
 */
function startOfMatch(text: string, last: number, length: number): number {
  let remaining = length;
  let i = last;
  for (;;) {
    const code = text.charCodeAt(i);
    if (classOf(code) === CLASS_SEPARATOR) {
      while (i > 0 && classOf(text.charCodeAt(i - 1)) === CLASS_SEPARATOR) i--;
    }
    if (--remaining === 0) return i;
    i--;
  }
}

/** Folds a phrase to classes the same way the text is folded (separator runs become one). */
function foldPhrase(phrase: string): number[] {
  const folded: number[] = [];
  for (let i = 0; i < phrase.length; i++) {
    const cls = classOf(phrase.charCodeAt(i));
    if (cls === CLASS_OTHER) throw new Error(`Phrase "${phrase}" contains an unsupported character "${phrase[i]}"`);
    if (cls === CLASS_SEPARATOR && (folded.length === 0 || folded[folded.length - 1] === CLASS_SEPARATOR)) continue;
    folded.push(cls);
  }
  while (folded[folded.length - 1] === CLASS_SEPARATOR) folded.pop();
  return folded;
}

/** True when `phrase` can be compiled (only letters, digits, spaces, hyphens, apostrophes, ".", "/"). */
export function isMatchablePhrase(phrase: string): boolean {
  const folded = phrase.trim();
  if (folded.length === 0 || folded.length > MAX_PHRASE_LENGTH) return false;
  for (let i = 0; i < folded.length; i++) if (classOf(folded.charCodeAt(i)) === CLASS_OTHER) return false;
  // The matcher drops separators: a phrase of punctuation alone ("--") would be empty there (#19).
  return foldPhrase(folded).length > 0;
}
