// A phrase list's compiled trie as bytes, for any list of phrases: written at build time (esbuild.js)
// and read back with one file read, so a short-lived process (the command line linting one small
// file) skips folding and inserting thousands of phrases. The dense transition table itself is
// not stored (it is ~40 times larger): it follows from the breadth-first trie, entry by entry as
// the scan reaches it (Automaton in phraseMatcher.ts).
//
// Layout, little-endian, offsets from the start of the table (a multiple of 4 in its file):
//   u32 stateCount, u32 phraseCount,
//   u32 × phraseCount       endState,   u32 × (stateCount + 1) firstChild,
//   u8 × stateCount         edgeClass,
//   u8 × phraseCount        length,     u8 × phraseCount       flags.
import { compiledFromTrie, type CompiledPhrases, type PhraseTrie } from './phraseMatcher';

const HEADER_BYTES = 8;

/** Bytes an encoded trie takes (always a multiple of 4, so tables can follow each other aligned). */
export function phraseTableBytes(trie: PhraseTrie): number {
  const raw = HEADER_BYTES + trie.endState.length * 4 + (trie.stateCount + 1) * 4 + trie.stateCount + trie.endState.length * 2;
  return Math.ceil(raw / 4) * 4;
}

/** Writes the trie into `target` at `offset` (a multiple of 4); returns the offset after it. */
export function encodePhraseTable(trie: PhraseTrie, target: Uint8Array, offset: number): number {
  const phraseCount = trie.endState.length;
  const view = new DataView(target.buffer, target.byteOffset, target.byteLength);
  view.setUint32(offset, trie.stateCount, true);
  view.setUint32(offset + 4, phraseCount, true);
  let at = offset + HEADER_BYTES;
  for (const values of [trie.endState, trie.firstChild]) {
    for (const value of values) {
      view.setUint32(at, value, true);
      at += 4;
    }
  }
  for (const bytes of [trie.edgeClass, trie.length, trie.flags]) {
    target.set(bytes, at);
    at += bytes.length;
  }
  return offset + phraseTableBytes(trie);
}

/** Reads a trie written by encodePhraseTable; throws on bytes that cannot be one. */
export function decodePhraseTrie(bytes: Uint8Array, offset: number): PhraseTrie {
  if (offset % 4 !== 0 || offset + HEADER_BYTES > bytes.byteLength) throw new Error('Malformed phrase table');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stateCount = view.getUint32(offset, true);
  const phraseCount = view.getUint32(offset + 4, true);
  if (stateCount < 1 || offset + HEADER_BYTES + phraseCount * 6 + (stateCount + 1) * 4 + stateCount > bytes.byteLength) throw new Error('Malformed phrase table');
  let at = offset + HEADER_BYTES;
  const words = (count: number) => {
    const words = uint32s(bytes, view, at, count);
    at += count * 4;
    return words;
  };
  const endState = words(phraseCount);
  const firstChild = words(stateCount + 1);
  const take = (count: number) => {
    const slice = bytes.subarray(at, at + count);
    at += count;
    return slice;
  };
  return { stateCount, endState, firstChild, edgeClass: take(stateCount), length: take(phraseCount), flags: take(phraseCount) };
}

/**
 * `count` little-endian 32-bit words at `at`: a view of the bytes where they are aligned on a
 * little-endian machine (the usual case: no copy), else a copy.
 */
export function uint32s(bytes: Uint8Array, view: DataView, at: number, count: number): Uint32Array {
  if ((bytes.byteOffset + at) % 4 === 0 && LITTLE_ENDIAN) return new Uint32Array(bytes.buffer, bytes.byteOffset + at, count);
  const words = new Uint32Array(count);
  for (let i = 0; i < count; i++) words[i] = view.getUint32(at + i * 4, true);
  return words;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The matcher for an encoded trie (see decodePhraseTrie). */
export function decodePhraseTable(bytes: Uint8Array, offset: number): CompiledPhrases {
  return compiledFromTrie(decodePhraseTrie(bytes, offset));
}
