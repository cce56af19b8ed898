// The matcher as it was before its automaton was built lazily from a breadth-first trie (main at
// 18fc1e1, src/core/match/phraseMatcher.ts): a reference the current one must agree with, match for match.
import { ASCII_CLASS, CLASS_COUNT, CLASS_OTHER, CLASS_SEPARATOR, classOf, classOfWide, isBoundaryAfter, isBoundaryBefore, isWordChar } from '../../src/core/match/charClasses';

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

/** Work units between the pauses of compilePhrasesInSteps: a few milliseconds each. */
const PHRASES_PER_STEP = 1000;
const STATES_PER_STEP = 4000;

/**
 * The same compilation, as a generator that yields every few milliseconds, so an editor can build
 * the automaton without blocking (see prepareLinter). Its return value is the compiled matcher.
 */
export function* compilePhrasesInSteps(phrases: readonly string[]): Generator<void, CompiledPhrases> {
  // The trie lives in the transition table itself (-1 = no child yet), grown by doubling: one
  // typed array instead of one per state.
  let capacity = 1024;
  let delta = new Int32Array(capacity * CLASS_COUNT).fill(-1);
  let stateCount = 1;
  const outputs: number[][] = [[]];
  const lengths: number[] = [];
  const needsWordStart: boolean[] = [];
  const needsWordEnd: boolean[] = [];
  /** States whose trie edge is a separator: a run of separators stays in them (see below). */
  const separatorStates: number[] = [];

  for (let index = 0; index < phrases.length; index++) {
    const phrase = phrases[index]!;
    const folded = foldPhrase(phrase);
    if (folded.length === 0 || folded.length > MAX_PHRASE_LENGTH) {
      throw new Error(`Phrase "${phrase}" is empty or longer than ${MAX_PHRASE_LENGTH} characters`);
    }
    let state = 0;
    for (const cls of folded) {
      let next = delta[state * CLASS_COUNT + cls]!;
      if (next === -1) {
        if (stateCount === capacity) {
          capacity *= 2;
          const grown = new Int32Array(capacity * CLASS_COUNT).fill(-1);
          grown.set(delta);
          delta = grown;
        }
        next = stateCount++;
        outputs.push([]);
        delta[state * CLASS_COUNT + cls] = next;
        if (cls === CLASS_SEPARATOR) separatorStates.push(next);
      }
      state = next;
    }
    outputs[state]!.push(index);
    lengths[index] = folded.length;
    needsWordStart[index] = isWordChar(phrase[0]);
    needsWordEnd[index] = isWordChar(phrase[phrase.length - 1]);
    if (index % PHRASES_PER_STEP === PHRASES_PER_STEP - 1) yield;
  }

  // Breadth-first: failure links, merged outputs, and the missing transitions (making a DFA).
  const fail = new Int32Array(stateCount);
  const queue = new Int32Array(stateCount);
  let tail = 0;
  for (let cls = 0; cls < CLASS_COUNT; cls++) {
    const child = delta[cls]!;
    if (child === -1) {
      delta[cls] = 0;
    } else {
      fail[child] = 0;
      queue[tail++] = child;
    }
  }
  for (let head = 0; head < tail; head++) {
    const state = queue[head]!;
    const failState = fail[state]!;
    const failOutputs = outputs[failState]!;
    if (failOutputs.length > 0) outputs[state] = [...outputs[state]!, ...failOutputs];
    const row = state * CLASS_COUNT;
    const failRow = failState * CLASS_COUNT;
    for (let cls = 0; cls < CLASS_COUNT; cls++) {
      const child = delta[row + cls]!;
      if (child === -1) {
        delta[row + cls] = delta[failRow + cls]!;
      } else {
        fail[child] = delta[failRow + cls]!;
        queue[tail++] = child;
      }
    }
    if (head % STATES_PER_STEP === STATES_PER_STEP - 1) yield;
  }
  // A run of separators counts as one ("may  share" is "may share"): a separator leaves every
  // state reached by a separator where it is. After any separator the automaton is in such a state
  // or the root (whose separator edge already loops), so the scan needs no run tracking.
  for (const state of separatorStates) delta[state * CLASS_COUNT + CLASS_SEPARATOR] = state;
  // Hot-loop encoding: each table entry holds the target state's row offset (state × classes),
  // negated minus one when that state has outputs, so the loop needs no multiply and no extra lookup.
  for (let i = 0; i < stateCount * CLASS_COUNT; i++) {
    const target = delta[i]!;
    delta[i] = outputs[target]!.length > 0 ? -(target * CLASS_COUNT) - 1 : target * CLASS_COUNT;
    if (i % (STATES_PER_STEP * CLASS_COUNT) === STATES_PER_STEP * CLASS_COUNT - 1) yield;
  }

  const automaton: Automaton = { table: delta, outputs, lengths, needsWordStart, needsWordEnd };
  return {
    phraseCount: phrases.length,
    findAll: (text, from = 0, to = text.length) => scan(automaton, text, from, to),
  };
}

interface Automaton {
  table: Int32Array;
  /** The phrases that end in each state. */
  outputs: number[][];
  lengths: number[];
  needsWordStart: boolean[];
  needsWordEnd: boolean[];
}

/** The scan: one table lookup per character. Everything it needs is local (closure reads are slower). */
function scan(automaton: Automaton, text: string, from: number, to: number): PhraseMatch[] {
  const table = automaton.table;
  const matches: PhraseMatch[] = [];
  let row = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const cls = code < 128 ? ASCII_CLASS[code]! : classOfWide(code);
    // A blank line ends every partial phrase, so no phrase spans two paragraphs (and each
    // paragraph can be re-linted on its own). Checked only at line breaks, by looking back.
    if (code <= 13 && (code === 10 || code === 13) && endsBlankLine(text, i, from)) row = 0;
    const next = table[row + cls]!;
    if (next >= 0) {
      row = next;
      continue;
    }
    row = -next - 1;
    collectMatches(automaton, text, i, automaton.outputs[row / CLASS_COUNT]!, matches);
  }
  return matches;
}

/** The whole-word matches among the phrases that end at `last`. */
function collectMatches(automaton: Automaton, text: string, last: number, phrases: number[], matches: PhraseMatch[]): void {
  const end = last + 1;
  for (const phrase of phrases) {
    const start = startOfMatch(text, last, automaton.lengths[phrase]!);
    if (automaton.needsWordStart[phrase] && !isBoundaryBefore(text, start)) continue;
    if (automaton.needsWordEnd[phrase] && !isBoundaryAfter(text, end)) continue;
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
