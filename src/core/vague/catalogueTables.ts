// Precompiled matchers for rule catalogues (any catalogue, any language): the build writes one
// file holding the phrase table of each shipped catalogue (dist/phrase-tables.bin, see
// shippedCatalogues.ts and esbuild.js); a host hands its bytes here (registerCatalogueTables, or
// setCatalogueTableSource to read them on first need), and createLinter uses a table whose
// key matches the rules it is given instead of expanding and compiling their patterns.
// A table carries its catalogue's key: every pattern, with rule boundaries, and the class the
// matcher folds each of their characters to; a table is only used for rules with the same key
// (one string comparison), so a table built from another catalogue, or before a change to the
// folding, is never used: the linter then compiles the rules as before. A table can also serve a
// longer rule list that starts with its catalogue (the catalogue plus a user's extra phrases): only
// the rest is compiled.
//
// File layout, little-endian: u32 MAGIC, u32 FORMAT, u32 tableCount, then per table u32 ruleCount,
// u32 phraseCount, u32 keyLength, u32 foldCount, u32 offset; at each offset the key (UTF-8, keyLength
// bytes, padded to 4), u32 × foldCount (code unit << 8 | class), u32 × phraseCount ruleOfPhrase, then the
// phrase table (src/core/match/phraseTable.ts).
import { classOf } from '../match/charClasses';
import { expandPattern } from '../match/expandPattern';
import { buildPhraseTrie, type CompiledPhrases } from '../match/phraseMatcher';
import { decodePhraseTable, encodePhraseTable, phraseTableBytes, uint32s } from '../match/phraseTable';

const MAGIC = 0x504f5452; // "RTOP"
/** Bump when the trie or its encoding changes in a way the key does not see (expandPattern, foldPhrase). */
const FORMAT = 1;
const FILE_HEADER = 12;
const ENTRY_HEADER = 20;

/** What a table needs of a rule: its patterns. */
export interface PatternRule {
  readonly patterns: readonly string[];
}

/** Every phrase of the rules' patterns, in order, with the index of its rule. */
export function cataloguePhrases(rules: readonly PatternRule[]): { phrases: string[]; ruleOfPhrase: number[] } {
  const phrases: string[] = [];
  const ruleOfPhrase: number[] = [];
  rules.forEach((rule, ruleIndex) => {
    for (const pattern of rule.patterns) {
      for (const phrase of expandPattern(pattern)) {
        phrases.push(phrase);
        ruleOfPhrase.push(ruleIndex);
      }
    }
  });
  return { phrases, ruleOfPhrase };
}

/** Every pattern of the rules, with rule boundaries: what a table is looked up by. */
export function catalogueKey(rules: readonly PatternRule[]): string {
  return rules.map((rule) => rule.patterns.join('\u0000')).join('\u0001');
}

/** Each character of the key (but the boundaries) with the class the matcher folds it to. */
function foldsOf(key: string): number[] {
  const codes = new Set<number>();
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) > 1) codes.add(key.charCodeAt(i));
  return [...codes].sort((a, b) => a - b).map((code) => (code << 8) | classOf(code));
}

/** The table file for the given catalogues (the build's part). */
export function encodeCatalogueTables(catalogues: readonly (readonly PatternRule[])[]): Uint8Array {
  const parts = catalogues.map((rules) => {
    const { phrases, ruleOfPhrase } = cataloguePhrases(rules);
    const key = catalogueKey(rules);
    return { rules, key: new TextEncoder().encode(key), folds: foldsOf(key), ruleOfPhrase, trie: buildPhraseTrie(phrases) };
  });
  let size = FILE_HEADER + parts.length * ENTRY_HEADER;
  const offsets = parts.map((part) => {
    const offset = size;
    size += keyBytes(part.key.length) + part.folds.length * 4 + part.ruleOfPhrase.length * 4 + phraseTableBytes(part.trie);
    return offset;
  });
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT, true);
  view.setUint32(8, parts.length, true);
  parts.forEach((part, index) => {
    const header = FILE_HEADER + index * ENTRY_HEADER;
    [part.rules.length, part.ruleOfPhrase.length, part.key.length, part.folds.length, offsets[index]!].forEach((value, field) => view.setUint32(header + field * 4, value, true));
    let at = offsets[index]!;
    bytes.set(part.key, at);
    at += keyBytes(part.key.length);
    for (const value of [...part.folds, ...part.ruleOfPhrase]) {
      view.setUint32(at, value, true);
      at += 4;
    }
    encodePhraseTable(part.trie, bytes, at);
  });
  return bytes;
}

function keyBytes(length: number): number {
  return Math.ceil(length / 4) * 4;
}

/** A catalogue's precompiled matcher: phrase i belongs to rule ruleOfPhrase[i] of the catalogue's ruleCount rules. */
export interface PrecompiledCatalogue {
  readonly ruleCount: number;
  readonly matcher: CompiledPhrases;
  readonly ruleOfPhrase: ArrayLike<number>;
}

interface Entry {
  ruleCount: number;
  phraseCount: number;
  keyLength: number;
  foldCount: number;
  bytes: Uint8Array;
  offset: number;
  /** Read on the first lookup; undefined when the folding changed since the table was built (never used then). */
  key?: string | null;
  decoded?: PrecompiledCatalogue;
}

const entries: Entry[] = [];
let pendingSource: (() => Uint8Array | undefined) | undefined;

/**
 * Registers the tables in a file's bytes. Returns how many it holds; 0 for bytes that are not
 * such a file (wrong format or version, truncated), which are ignored.
 */
export function registerCatalogueTables(bytes: Uint8Array): number {
  if (bytes.byteLength < FILE_HEADER) return 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== FORMAT) return 0;
  const count = view.getUint32(8, true);
  if (FILE_HEADER + count * ENTRY_HEADER > bytes.byteLength) return 0;
  const found: Entry[] = [];
  for (let index = 0; index < count; index++) {
    const [ruleCount, phraseCount, keyLength, foldCount, offset] = [0, 1, 2, 3, 4].map((field) => view.getUint32(FILE_HEADER + index * ENTRY_HEADER + field * 4, true)) as [
      number,
      number,
      number,
      number,
      number,
    ];
    if (offset % 4 !== 0 || offset + keyBytes(keyLength) + (foldCount + phraseCount) * 4 > bytes.byteLength) return 0;
    found.push({ ruleCount, phraseCount, keyLength, foldCount, bytes, offset });
  }
  // Newest first: a file registered later replaces an older table for the same catalogue.
  entries.unshift(...found);
  return count;
}

/** Where to read the table file from, on the first linter that could use it (the command line reads a file). */
export function setCatalogueTableSource(read: () => Uint8Array | undefined): void {
  pendingSource = read;
}

/** Forgets every registered table (tests). */
export function clearCatalogueTables(): void {
  entries.length = 0;
  pendingSource = undefined;
}

/**
 * The precompiled matcher for the longest catalogue that `rules` starts with, if one is registered.
 * A table that turns out malformed is dropped, and the caller compiles instead.
 */
export function precompiledCatalogue(rules: readonly PatternRule[]): PrecompiledCatalogue | undefined {
  if (pendingSource) {
    const read = pendingSource;
    pendingSource = undefined;
    try {
      const bytes = read();
      if (bytes) registerCatalogueTables(bytes);
    } catch {
      // No table file (a development build, a test bundle): compile instead.
    }
  }
  let best: Entry | undefined;
  for (const entry of entries) {
    if (entry.ruleCount > rules.length || (best && best.ruleCount >= entry.ruleCount)) continue;
    const key = keyOf(entry);
    if (key !== null && key === catalogueKey(entry.ruleCount === rules.length ? rules : rules.slice(0, entry.ruleCount))) best = entry;
  }
  if (!best) return undefined;
  try {
    best.decoded ??= decodeEntry(best);
    return best.decoded;
  } catch {
    entries.splice(entries.indexOf(best), 1);
    return undefined;
  }
}

/** The entry's key, or null when a character of it no longer folds as it did when the table was built. */
function keyOf(entry: Entry): string | null {
  if (entry.key !== undefined) return entry.key;
  const { bytes, offset, keyLength, foldCount } = entry;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let key: string | null = new TextDecoder().decode(bytes.subarray(offset, offset + keyLength));
  const foldsAt = offset + keyBytes(keyLength);
  for (let i = 0; i < foldCount && key !== null; i++) {
    const fold = view.getUint32(foldsAt + i * 4, true);
    if (classOf(fold >>> 8) !== (fold & 0xff)) key = null;
  }
  entry.key = key;
  return key;
}

function decodeEntry(entry: Entry): PrecompiledCatalogue {
  const { bytes, phraseCount } = entry;
  const offset = entry.offset + keyBytes(entry.keyLength) + entry.foldCount * 4;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ruleOfPhrase = uint32s(bytes, view, offset, phraseCount);
  for (let phrase = 0; phrase < phraseCount; phrase++) if (ruleOfPhrase[phrase]! >= entry.ruleCount) throw new Error('Malformed phrase table');
  const matcher = decodePhraseTable(bytes, offset + phraseCount * 4);
  if (matcher.phraseCount !== phraseCount) throw new Error('Malformed phrase table');
  return { ruleCount: entry.ruleCount, matcher, ruleOfPhrase };
}
