// A faster stand-in for a case-insensitive Unicode regex (/iu) on text where the Unicode flag
// changes nothing: the same pattern without /u, which V8 runs about twice as fast (Unicode case
// folding is costly at every position). The two read a text alike unless it holds "ſ" (U+017F) or
// "K" (U+212A), which /iu folds to "s" and "k" (and counts as word characters for \b and \w) while
// /i does not, or a surrogate pair (one character under /u, two under /i). For those texts, and for
// patterns the flag changes (property escapes, \u{…}, non-ASCII letters, which the two flags fold
// differently), the original is used.

/** Characters on which /iu and /i can disagree (see above). */
const UNICODE_ONLY = /[\u017f\u212a\ud800-\udfff]/;
/** Syntax whose meaning depends on /u itself: \p{…}, \P{…}, \u{…}. */
const UNICODE_SYNTAX = /\\[pP]\{|\\u\{/;
/** A letter outside ASCII, written out or escaped (\u00e9, \xe9): the two flags fold some of them differently. */
const NON_ASCII_LETTER = /\p{L}/u;
const ESCAPED_CHAR = /\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g;

/** What a source must contain to hold a non-ASCII letter at all; most have none, and skip the slower reading below. */
const NON_ASCII_OR_ESCAPE = /[^\x00-\x7f]|\\[ux]/;

function hasNonAsciiLetter(source: string): boolean {
  if (!NON_ASCII_OR_ESCAPE.test(source)) return false;
  const written = source.replace(ESCAPED_CHAR, (_escape, u: string | undefined, x: string | undefined) => String.fromCharCode(parseInt(u ?? x ?? '0', 16)));
  for (const char of written) if (char.charCodeAt(0) > 0x7f && NON_ASCII_LETTER.test(char)) return true;
  return false;
}

const twins = new WeakMap<RegExp, RegExp>();

/** The pattern without /u when the flag changes nothing in it (see above), else the pattern itself; texts are not checked. */
export function twinOf(pattern: RegExp): RegExp {
  let twin = twins.get(pattern);
  if (twin === undefined) {
    twin = hasTwin(pattern) ? new RegExp(pattern.source, pattern.flags.replace('u', '')) : pattern;
    twins.set(pattern, twin);
  }
  return twin;
}

/** Whether /u changes nothing in the /iu pattern (see above), so a twin without it answers alike on plain text. */
function hasTwin({ source, flags }: RegExp): boolean {
  return flags.includes('i') && flags.includes('u') && !UNICODE_SYNTAX.test(source) && !hasNonAsciiLetter(source);
}

let lastText: string | undefined;
let lastNeedsUnicode = false;
/**
 * Set while every text asked about is read from one document that has none of UNICODE_ONLY's
 * characters: slices of it, and joins of its slices with ASCII, cannot have one either, so they are
 * not scanned each (a megabyte's context analysis asks about some 35,000 such texts).
 */
let insideCleanDocument = false;

/** What a run over one document in parts (the sliced lint) has learnt of it, kept between the parts. */
export interface DocumentReading {
  /** Findings read so far. */
  findings: number;
  /** The document holds none of UNICODE_ONLY's characters; undefined until it is scanned. */
  clean?: boolean;
}

/**
 * Runs `read` with every text it asks about taken to come from `document` (see insideCleanDocument).
 * `findings`: how many findings' checks will read about a thousand characters around them through
 * caselessFor. The document is scanned once those reads add up to more than its length: for few
 * findings in a long document (an edit's region) scanning each text costs less. `memo` carries the
 * count and the answer between the parts of one run over the document.
 */
export function readingDocument<T>(document: string, findings: number, read: () => T, memo: DocumentReading = { findings: 0 }): T {
  if (insideCleanDocument) return read();
  memo.findings += findings;
  if (memo.clean === undefined && memo.findings * 10_000 >= document.length) memo.clean = !UNICODE_ONLY.test(document);
  if (!memo.clean) return read();
  insideCleanDocument = true;
  try {
    return read();
  } finally {
    insideCleanDocument = false;
  }
}

/**
 * `pattern` itself, or its twin without /u when that gives the same answers on `text` (see above).
 * Use the returned regex on `text` only; a global pattern's twin keeps its own lastIndex.
 */
export function caselessFor(pattern: RegExp, text: string): RegExp {
  if (insideCleanDocument) return twinOf(pattern);
  // Several patterns are often tried on one sentence in a row: check its characters once.
  if (text !== lastText) {
    lastText = text;
    lastNeedsUnicode = UNICODE_ONLY.test(text);
  }
  return lastNeedsUnicode ? pattern : twinOf(pattern);
}

/** Whether `text` has none of the characters on which /iu and /i can disagree (see above). */
export function foldsAsAscii(text: string): boolean {
  if (insideCleanDocument) return true;
  if (text !== lastText) {
    lastText = text;
    lastNeedsUnicode = UNICODE_ONLY.test(text);
  }
  return !lastNeedsUnicode;
}

/** `pattern.test(text)` (a pattern without the global flag), through its faster twin where it answers alike. */
export function testCaseless(pattern: RegExp, text: string): boolean {
  return caselessFor(pattern, text).test(text);
}

/** A /iu pattern whose test and exec run through caselessFor: its twin without /u wherever that answers alike. */
class CaselessRegExp extends RegExp {
  /** The pattern as written (the literal given to caseless), used on texts where the twin could answer otherwise. */
  private readonly written: RegExp;
  /** Its twin without /u, made on first use: a command-line run loads every pattern and uses a few. */
  private twin: RegExp | undefined;

  constructor(pattern: RegExp) {
    super(pattern);
    this.written = pattern;
  }

  // split() and matchAll() build a copy through the species: a plain RegExp with the same pattern.
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  private patternFor(text: string): RegExp {
    return foldsAsAscii(text) ? (this.twin ??= twinOf(this.written)) : this.written;
  }

  override test(text: string): boolean {
    return this.patternFor(text).test(text);
  }

  override exec(text: string): RegExpExecArray | null {
    return this.patternFor(text).exec(text);
  }
}

/**
 * `pattern` (a /iu pattern the flag changes nothing in) as a RegExp that runs its faster twin on
 * texts where the two answer alike, wherever it is used: V8 runs a case-insensitive Unicode scan of
 * a sentence up to eight times slower than the same scan without /u. Throws for patterns that keep
 * a lastIndex or that /u changes (those have no twin: see twinOf), so a misuse fails where the
 * pattern is defined.
 */
export function caseless(pattern: RegExp): RegExp {
  if (pattern.global || pattern.sticky) throw new Error(`caseless: /${pattern.flags} keeps a lastIndex; use caselessFor`);
  if (!hasTwin(pattern)) throw new Error(`caseless: /${pattern.source.slice(0, 40)}…/${pattern.flags} has no twin without /u`);
  return new CaselessRegExp(pattern);
}
