// A faster stand-in for a regular expression with Unicode property escapes (\p{L}, \p{Lu}, \p{Ll},
// \p{N}, \p{M}) on text that holds no letter, digit or mark outside ASCII: the same pattern with
// each escape written as its ASCII range ([A-Za-z], [A-Z], [a-z], [0-9], nothing). On such a text
// the two match alike, case-insensitive or not; the full Unicode pattern is compiled only when a
// text needs it. Why: V8 builds every property class from Unicode's tables, at a cost of 0.1-0.4 ms
// per pattern to compile; a 10 KB English lint on the command line compiled ~60 of them, a third of
// its own time (bench/cli.bench.ts).
import { twinOf } from './asciiCaseless';

/** What each supported property escape matches among ASCII characters (\p{M}: none). */
const ASCII_RANGES: ReadonlyMap<string, string> = new Map([
  ['L', 'A-Za-z'],
  ['Lu', 'A-Z'],
  ['Ll', 'a-z'],
  ['N', '0-9'],
  ['M', ''],
]);
const PROPERTY_ESCAPE = /^\\p\{(\w+)\}/;

/**
 * `source` with each property escape replaced by its ASCII range: inside a class the range itself,
 * outside one a class of it. Throws on escapes it cannot translate (\P{…}, other properties), so a
 * pattern that would be read wrongly fails where it is defined, not on some document.
 */
export function asciiPropertySource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      const property = PROPERTY_ESCAPE.exec(source.slice(i, i + 8));
      const ascii = property?.[1] === undefined ? undefined : ASCII_RANGES.get(property[1]);
      if (property && ascii !== undefined) {
        out += inClass ? ascii : `[${ascii}]`;
        i += property[0].length - 1;
        continue;
      }
      if (source[i + 1] === 'p' || source[i + 1] === 'P') throw new Error(`no ASCII twin for ${source.slice(i, i + 12)}…`);
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    // Under /u a "[" inside a class is a literal and classes do not nest.
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    out += char;
  }
  return out;
}

/**
 * Character codes that are never a letter, digit or mark: ASCII, the no-break space and the General
 * Punctuation block (curly quotes, dashes, ellipsis), which English policies are full of.
 */
export function isPlainChar(code: number): boolean {
  return code < 0x80 || code === 0xa0 || (code >= 0x2000 && code <= 0x206f);
}
const NON_ASCII_LETTER_DIGIT_OR_MARK = /[\p{L}\p{N}\p{M}]/u;

let lastText: string | undefined;
let lastReadsAsAscii = false;

/**
 * Whether `text` has no letter, digit or mark outside ASCII and no surrogate pair, so the twin (and
 * its /i form: "ſ" and "K" are letters) answers as the original would. Read by character code: it
 * runs for every test, most of them on a few dozen characters, where a regular expression's call
 * cost more than the loop.
 */
function readsAsAscii(text: string): boolean {
  // Several patterns are often tried on one sentence in a row: check its characters once.
  if (text === lastText) return lastReadsAsAscii;
  lastText = text;
  lastReadsAsAscii = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isPlainChar(code)) continue;
    if ((code >= 0xd800 && code <= 0xdfff) || NON_ASCII_LETTER_DIGIT_OR_MARK.test(text.charAt(i))) {
      lastReadsAsAscii = false;
      break;
    }
  }
  return lastReadsAsAscii;
}

/** A RegExp that runs its ASCII twin, or on other texts the full pattern, built on first need. */
class AsciiTwinnedRegExp extends RegExp {
  // split() and matchAll() build a copy through the species: a plain RegExp with the full pattern.
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  // Own names that no RegExp property has (`unicode`, `source` are RegExp's own getters).
  /** The ASCII twin, without /u where the flag then changes nothing (asciiCaseless.ts). */
  private readonly twin: RegExp;
  private fullPattern: RegExp | undefined;

  constructor(
    private readonly writtenSource: string,
    flags: string,
    private readonly buildFull: () => RegExp,
  ) {
    const twinSource = asciiPropertySource(writtenSource);
    super(twinSource, flags);
    this.twin = twinOf(new RegExp(twinSource, flags));
  }

  // Reports the pattern as written, for code that composes patterns from others' sources.
  override get source(): string {
    return this.writtenSource;
  }

  private patternFor(text: string): RegExp {
    if (readsAsAscii(text)) return this.twin;
    this.fullPattern ??= this.buildFull();
    return this.fullPattern;
  }

  override test(text: string): boolean {
    return this.patternFor(text).test(text);
  }

  override exec(text: string): RegExpExecArray | null {
    return this.patternFor(text).exec(text);
  }
}

/** A regular expression literal as an arrow function returns it: "() => /…/flags". */
const RETURNED_LITERAL = /^\(\)\s*=>\s*\/(.*)\/([a-z]*)\s*$/s;

/**
 * A pattern with property escapes that costs, on ASCII text, what the same pattern with ASCII
 * classes costs. The pattern is given as a function that returns it, `() => /…/u` or
 * `() => new RegExp(…)`, so the linters and the super-linear check (scripts/check-patterns.mjs)
 * still read it. A literal's twin is made from the function's source text, and V8 builds the
 * literal only if a text needs it; a constructed pattern is built once, at once. Not for global or
 * sticky patterns, whose lastIndex the twin would not share.
 */
export function asciiTwinned(pattern: () => RegExp): RegExp {
  const written = RETURNED_LITERAL.exec(pattern.toString());
  let source: string;
  let flags: string;
  let buildFull = pattern;
  if (written) {
    [, source = '', flags = ''] = written;
  } else {
    const built = pattern();
    ({ source, flags } = built);
    buildFull = () => built;
  }
  if (/[gy]/.test(flags)) throw new Error(`asciiTwinned: /${flags} keeps a lastIndex; use a plain RegExp`);
  if (!/\\p\{/.test(source)) throw new Error(`asciiTwinned: /${source.slice(0, 40)}…/ has no property escape to twin`);
  return new AsciiTwinnedRegExp(source, flags, buildFull);
}
