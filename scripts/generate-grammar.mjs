// @ts-check
// Generates syntaxes/right-to-object.injection.tmLanguage.json, the TextMate grammar injected into
// Markdown that highlights legal citations, unfilled letter placeholders ([[field: hint]]) and
// walkthrough friction tags (`1. [link][email] ...`).
//
// The friction-tag names are not written here: they are read from src/core/walkthrough/tags.ts
// (TAG_IDS, TAG_ALIASES, TAGS[id].parameter), so the grammar cannot drift from the parser. The file
// is bundled with esbuild into a temporary CommonJS file and required.
//
//   node scripts/generate-grammar.mjs            writes the grammar file
//   node scripts/generate-grammar.mjs --check    exits 1 when the committed file is out of date
//   node scripts/generate-grammar.mjs --stdout   prints the grammar instead of writing it
//
// The regular expressions use Oniguruma syntax (VS Code's engine): \x{00A0}, (?i:...) and
// variable-length lookbehind are fine there even where JavaScript would refuse them.
import esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TAGS_SOURCE = join(ROOT, 'src', 'core', 'walkthrough', 'tags.ts');
export const GRAMMAR_PATH = join(ROOT, 'syntaxes', 'right-to-object.injection.tmLanguage.json');
export const SCOPE_NAME = 'markdown.right-to-object.injection';

/**
 * Where the patterns apply: Markdown prose (paragraphs, list items, block quotes), headings and table
 * cells, never code (fenced, indented or inline), HTML comments or front matter.
 *
 * The patterns are injected only once a paragraph, heading or table has begun, not at block level:
 * a paragraph starts with a zero-width match, and an injection that matched at the same place
 * would win (that is what `L:` means) and stop the paragraph from starting, losing the Markdown
 * highlighting for the rest of that line. `L:` is still needed inside paragraphs, where the friction
 * tag `[find]` would otherwise lose to Markdown's shortcut reference link `[find]`.
 */
const EXCLUDED = '-markup.fenced_code -markup.inline.raw -markup.raw -comment -meta.embedded';
const INJECTION_SELECTOR = ['meta.paragraph.markdown', 'markup.heading', 'markup.table.markdown'].map((context) => `L:text.html.markdown ${context} ${EXCLUDED}`).join(', ');

// ---------------------------------------------------------------------------------------------
// Legal citations. Every form needs a keyword or sign AND a number, so ordinary words ("art", "section",
// "GDPR" alone) are never highlighted.

/** A space or a no-break space (citations are often typeset "Art.\u00A021"). */
const SP = String.raw`[ \x{00A0}]`;

/** Statute names that may follow (or, as in "GDPR Art. 21", precede) a provision; each must end at a word boundary. */
const STATUTE_NAMES = [
  String.raw`(?:(?:UK|EU)${SP})?General${SP}Data${SP}Protection${SP}Regulation`,
  String.raw`Data${SP}Protection${SP}Act(?:${SP}\d{4})?`,
  String.raw`Privacy${SP}Act(?:${SP}\d{4})?`,
  String.raw`ePrivacy${SP}Directive`,
  String.raw`(?:EU${SP})?Charter`,
  String.raw`(?:(?:UK|EU)${SP})?GDPR`,
  String.raw`(?:UK${SP})?DPA(?:${SP}\d{4})?`,
  String.raw`AI${SP}Act`,
  'LOPDGDD',
  'PIPEDA',
  'DSGVO',
  'TTDSG',
  'TDDDG',
  'nFADP',
  'VCDPA',
  'CTDPA',
  'TDPSA',
  'DPDPA',
  'POPIA',
  'EUDPR',
  'RGPD',
  'RODO',
  'LGPD',
  'BDSG',
  'FADP',
  'nDSG',
  'CCPA',
  'CPRA',
  'CDPA',
  'UCPA',
  'OCPA',
  'PDPA',
  'APPI',
  'PIPL',
  'KVKK',
  'PECR',
  'ECHR',
  'TFEU',
  'nLPD',
  'AVG',
  'DSG',
  'LPD',
  'CPA',
  'DSA',
  'DMA',
  'DGA',
  'LED',
  'TEU',
  'CFR',
];
const STATUTE_NAME = `(?:${STATUTE_NAMES.join('|')})\\b`;

/** EU and EC acts by number, in the languages the letters use; Brazil's laws by number. */
const ACT_WORDS = [
  'Regulation',
  'Directive',
  'Decision',
  'Verordnung',
  'Richtlinie',
  'Beschluss',
  'Reglamento',
  'Directiva',
  'Decisión',
  'Regolamento',
  'Direttiva',
  'Decisione',
  '[Rr]èglement',
  '[Dd]irective',
  '[Dd]écision',
  'Verordening',
  'Richtlijn',
  'Besluit',
  '[Rr]ozporządzeni[ea]',
  '[Dd]yrektyw[ay]',
  'Regulamento',
  'Diretiva',
  'Reg\\.',
];
const EU_SUFFIX = '(?:EU|EC|EEC|UE|CE|CEE|EG|EWG|EEG|WE)';
const ACT = String.raw`(?:\b(?:${ACT_WORDS.join('|')})${SP}(?:\(${EU_SUFFIX}\)${SP})?(?:(?:No\.?|Nr\.|n\.?[º°])${SP}?)?\d{1,4}/\d{1,4}(?:/${EU_SUFFIX})?|\b(?:Lei|Law)${SP}(?:n\.?[º°]|No\.|no\.)${SP}?\d{1,2}\.\d{3}(?:/\d{2,4})?)(?!\d)`;

/** "of the GDPR", "GDPR", ", da LGPD", "der Verordnung (EU) 2016/679" after a provision. */
const OF = ['of', 'der', 'des', 'du', 'de', 'del', 'della', 'dello', 'da', 'do', 'van', 'z'].map((word) => `${word}(?:${SP}(?:the|la|de))?`).join('|');
// Without a linking word, a statute name right before another article ("..., LGPD art. 18") starts that one.
const STATUTE_AFTER = String.raw`(?:,?${SP}(?:${OF})${SP}(?:${ACT}|${STATUTE_NAME})|,?${SP}(?:${ACT}|${STATUTE_NAME})(?!${SP}(?i:art)))`;
const STATUTE_BEFORE = `(?:${STATUTE_NAME}${SP})?`;

/** Article number: 21, 12A, 5a, 7º. */
const ARTICLE_NUMBER = String.raw`\d{1,3}(?!\d)(?:[A-Za-z]\b)?[º°]?`;
/** Section number: 1798.120, 59.1-577, 6-1-1306, 164A, 4d, 2º. */
const SECTION_NUMBER = String.raw`\d{1,6}(?:[.:\-–]\d{1,6})*(?:[A-Za-z]{1,2}\b)?[º°]?(?!\d)`;

/** Subdivisions: (1)(f), (2)–(3), "Abs. 1 lit. f", ", apartado 3", "§2º", ", IX". */
const ABBREVIATED_SUBDIVISIONS = ['Abs', 'UAbs', 'Unterabs', 'S', 'Nr', 'lit', 'Buchst', 'paras?', 'let', 'ust', 'zd', 'al'];
const SUBDIVISION_WORDS = [
  'Satz',
  'Buchstabe',
  'paragraphs?',
  'paragraphe',
  'paragrafo',
  'apartado',
  'letras?',
  'lettera',
  'pkt',
  'point',
  'item',
  'inciso',
  'clause',
  'alinéa',
  'lid',
  'onder',
  'sub',
];
const SUBDIVISION_VALUE = String.raw`(?:\d{1,3}(?:\.\d{1,3})*[a-z]?[º°]?(?!\d)|\([a-z0-9]{1,3}\)|[a-z]\)|[a-z]\b|[IVXLC]{1,6}\b)`;
const SUBDIVISION = [
  String.raw`(?:[–-](?=\())?\((?:\d{1,3}[a-z]?|[A-Za-z]{1,5})\)`,
  String.raw`,?${SP}(?:(?:${ABBREVIATED_SUBDIVISIONS.join('|')})\.${SP}?|(?:${SUBDIVISION_WORDS.join('|')})${SP}|§§?${SP}?)${SUBDIVISION_VALUE}`,
  String.raw`,${SP}(?:[IVXLC]{2,6}\b|[IVX](?=[,;.)]|$))`,
];
const SUBDIVISIONS = `(?:${SUBDIVISION.join('|')})*`;

/** Between the items of a list: "13 and 14", "15 to 22", "15–22", "13, 14", "15 a 22", "15 tot en met 22". */
const CONNECTIVES = ['and', 'or', 'to', 'through', 'a', 'e', 'o', 'ou', 'y', 'et', 'à', 'und', 'bis', 'oder', 'en', 't/m', 'i', 'lub', 'oraz', 'do', String.raw`tot(?:${SP}en${SP}met)?`];
const CONNECT = String.raw`(?:${SP}?[,&–—-]${SP}?|${SP}(?:${CONNECTIVES.join('|')})${SP})`;

const ARTICLE_WORD = String.raw`(?:(?i:arts?\.)${SP}?|(?i:articles?|artikel(?:en|s)?|art[íi]culos?|articol[oi]|artigos?)${SP})`;
const ARTICLE = String.raw`\b${STATUTE_BEFORE}${ARTICLE_WORD}${ARTICLE_NUMBER}${SUBDIVISIONS}(?:${CONNECT}${ARTICLE_NUMBER}${SUBDIVISIONS})*(?:${STATUTE_AFTER})?`;

/** "Cal. Civ. Code ", "Va. Code Ann. ", "Cal. Code Regs. tit. 11, ", "Utah Code Ann. ", "15 U.S.C. " before "§". */
const CODE_TITLE = String.raw`(?:,?${SP}tit\.${SP}\d{1,3},?)?`;
const US_CODE = [
  String.raw`\d{1,2}${SP}(?:U\.S\.C\.|C\.F\.R\.|USC|CFR)${SP}`,
  String.raw`(?:(?:[A-Z][a-z]{0,5}\.|[A-Z]\.[A-Z]\.|&)${SP}){1,4}(?:Code|Stat\.|Laws|Regs\.)(?:${SP}(?:Regs\.|Ann\.))*${CODE_TITLE}${SP}`,
  String.raw`[A-Z][a-z]+${SP}(?:(?:Rev\.|Gen\.|Comp\.|Admin\.)${SP})?(?:Code|Stat\.|Laws)(?:${SP}Ann\.)?${CODE_TITLE}${SP}`,
];
const SECTION_REST = String.raw`${SECTION_NUMBER}${SUBDIVISIONS}(?:${CONNECT}${SECTION_NUMBER}${SUBDIVISIONS})*(?:${STATUTE_AFTER})?`;
const SECTION_SIGN = String.raw`(?<![\w§])(?:${US_CODE.join('|')})?§§?${SP}?${SECTION_REST}`;
const SECTION_ABBREVIATION = String.raw`(?<![\w'’.\-])s{1,2}\.${SP}?${SECTION_REST}`;
const SECTION_WORD = String.raw`\b(?:(?i:sections?)${SP}|(?i:secs?\.)${SP}?)${SECTION_REST}`;
const OTHER_PROVISION = String.raw`\b(?:(?i:recitals?)|Schedule|Sch\.|[Rr]egs?\.|regulations?)${SP}${ARTICLE_NUMBER}${SUBDIVISIONS}(?:${CONNECT}${ARTICLE_NUMBER}${SUBDIVISIONS})*(?:${STATUTE_AFTER})?`;
const CASE = String.raw`(?<![\w-])(?:(?:Joined${SP})?[Cc]ases?${SP})?[CT]-\d{1,4}/\d{2}(?!\d)`;
const ECLI = String.raw`\bECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]*[A-Z0-9]`;

// ---------------------------------------------------------------------------------------------
// Unfilled letter placeholders: the marker written by unfilledMarker() in
// src/core/letters/placeholders.ts, "[[name: label]]" (camelCase ASCII name, one space, no brackets
// or line breaks in the label). Kept JavaScript-compatible so the unit test can compare it with
// findUnfilledPlaceholders().
export const PLACEHOLDER = String.raw`\[\[[a-z][A-Za-z0-9]*: [^\[\]\r\n]+?\]\]`;

// ---------------------------------------------------------------------------------------------
// Friction tags, as src/core/walkthrough/stepTags.ts reads them: at the start of an ordered-list item
// (also in a block quote), after an optional task box "[ ]", one or more known tags, each optionally
// with ":parameter", none followed by "(" (an inline link) or ":" (a reference definition).

/** Escapes regular-expression syntax (outside a character class, so "-" stays as it is). @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * @param {{ TAG_IDS: readonly string[], TAG_ALIASES: Readonly<Record<string, string>>, TAGS: Readonly<Record<string, { parameter?: string }>> }} vocabulary
 */
function frictionTagPatterns({ TAG_IDS, TAG_ALIASES, TAGS }) {
  const written = [...TAG_IDS, ...Object.keys(TAG_ALIASES)];
  for (const name of written) {
    // The parser's tag shape (stepTags.ts): anything else could never be read as a tag.
    if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(name)) throw new Error(`Tag "${name}" does not have the shape of a tag.`);
  }
  const canonical = (/** @type {string} */ name) => TAG_ALIASES[name] ?? name;
  const takesParameter = (/** @type {string} */ name) => TAGS[canonical(name)]?.parameter !== undefined;
  // Longest first, then alphabetical: deterministic, and "id-upload" is tried before "id".
  const alternation = (/** @type {string[]} */ names) =>
    [...names]
      .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
      .map(escapeRegExp)
      .join('|');
  // Only the list marker, a task box and earlier tags may stand before a tag. An earlier tag may be
  // unknown: the reader warns about it and still reads the tags after it, so this uses its shape.
  // (No lookahead in here: Oniguruma then never matches.)
  const lookbehind = String.raw`(?<=^[ \t>]*\d{1,9}[.)][ \t]{1,4}(?:\[[ xX]\][ \t]+)?(?:\[[A-Za-z][A-Za-z0-9_-]*(?::[^\]\s]*)?\][ \t]*)*)`;
  /** @param {string[]} names @param {boolean} parameterAllowed */
  const pattern = (names, parameterAllowed) => ({
    // A parameter that looks like a number ("30d", "3") on a tag that takes one is a value; any other
    // parameter is marked invalid, as the walkthrough reader warns about it. Units are checked there.
    match: parameterAllowed
      ? String.raw`${lookbehind}(\[)(?i:(${alternation(names)}))(?:(:)(?:(\d[A-Za-z0-9]*)|([^\]\s]*)))?(\])(?![(:])`
      : String.raw`${lookbehind}(\[)(?i:(${alternation(names)}))(?:(:)([^\]\s]*))?(\])(?![(:])`,
    name: 'meta.tag.friction.right-to-object',
    captures: {
      1: { name: 'punctuation.definition.tag.begin.right-to-object' },
      2: { name: 'entity.name.tag.friction.right-to-object' },
      3: { name: 'punctuation.separator.key-value.right-to-object' },
      ...(parameterAllowed
        ? {
            4: { name: 'constant.numeric.parameter.right-to-object' },
            5: { name: 'invalid.illegal.parameter.right-to-object' },
            6: { name: 'punctuation.definition.tag.end.right-to-object' },
          }
        : {
            4: { name: 'invalid.illegal.parameter.right-to-object' },
            5: { name: 'punctuation.definition.tag.end.right-to-object' },
          }),
    },
  });
  const withParameter = written.filter(takesParameter);
  const withoutParameter = written.filter((name) => !takesParameter(name));
  return [...(withParameter.length > 0 ? [pattern(withParameter, true)] : []), ...(withoutParameter.length > 0 ? [pattern(withoutParameter, false)] : [])];
}

/** @param {Parameters<typeof frictionTagPatterns>[0]} vocabulary */
export function buildGrammar(vocabulary) {
  return {
    information_for_contributors: [
      'Generated by scripts/generate-grammar.mjs from the friction-tag vocabulary in src/core/walkthrough/tags.ts.',
      'Do not edit by hand: change the generator and run `node scripts/generate-grammar.mjs`.',
    ],
    name: 'Right to Object (Markdown)',
    scopeName: SCOPE_NAME,
    injectionSelector: INJECTION_SELECTOR,
    patterns: [{ include: '#friction-tag' }, { include: '#unfilled-placeholder' }, { include: '#citation' }],
    repository: {
      'friction-tag': { patterns: frictionTagPatterns(vocabulary) },
      'unfilled-placeholder': {
        match: PLACEHOLDER,
        name: 'invalid.deprecated.unfilled-placeholder.right-to-object',
      },
      citation: {
        // Order matters where two forms start at the same place: "Reg. 1182/71" is an act, not "Reg. 1".
        patterns: [
          { match: ECLI, name: 'constant.numeric.citation.case.right-to-object' },
          { match: CASE, name: 'constant.numeric.citation.case.right-to-object' },
          { match: ARTICLE, name: 'constant.numeric.citation.provision.right-to-object' },
          { match: SECTION_SIGN, name: 'constant.numeric.citation.provision.right-to-object' },
          { match: SECTION_ABBREVIATION, name: 'constant.numeric.citation.provision.right-to-object' },
          { match: SECTION_WORD, name: 'constant.numeric.citation.provision.right-to-object' },
          { match: ACT, name: 'constant.numeric.citation.act.right-to-object' },
          { match: OTHER_PROVISION, name: 'constant.numeric.citation.provision.right-to-object' },
        ],
      },
    },
  };
}

/** The grammar file's exact text. */
export function grammarText(/** @type {Parameters<typeof frictionTagPatterns>[0]} */ vocabulary) {
  return `${JSON.stringify(buildGrammar(vocabulary), null, 2)}\n`;
}

/** Reads TAG_IDS, TAG_ALIASES and TAGS from tags.ts: bundled by esbuild into a temporary CommonJS file. */
export async function loadVocabulary() {
  const result = await esbuild.build({
    entryPoints: [TAGS_SOURCE],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error(`esbuild produced nothing for ${TAGS_SOURCE}`);
  const dir = mkdtempSync(join(tmpdir(), 'rto-grammar-'));
  try {
    const file = join(dir, 'tags.cjs');
    writeFileSync(file, code);
    const { TAG_IDS, TAG_ALIASES, TAGS } = createRequire(import.meta.url)(file);
    if (!Array.isArray(TAG_IDS) || typeof TAG_ALIASES !== 'object' || typeof TAGS !== 'object') {
      throw new Error(`${TAGS_SOURCE} no longer exports TAG_IDS, TAG_ALIASES and TAGS.`);
    }
    return { TAG_IDS, TAG_ALIASES, TAGS };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const text = grammarText(await loadVocabulary());
  const where = relative(process.cwd(), GRAMMAR_PATH);
  if (process.argv.includes('--stdout')) {
    process.stdout.write(text);
  } else if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(GRAMMAR_PATH, 'utf8');
    } catch {
      // Missing counts as out of date.
    }
    if (committed !== text) {
      console.error(`${where} is out of date: run node scripts/generate-grammar.mjs`);
      process.exit(1);
    }
    console.log(`${where} is up to date.`);
  } else {
    writeFileSync(GRAMMAR_PATH, text);
    console.log(`Wrote ${where}.`);
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
