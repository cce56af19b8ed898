// Recipients named by their section: "we share data with service providers" under a heading whose
// text lists them ("- Stripe: payments", a table of processors,
// links to the recipients' own sites). The phrase then says no less than the section does, and a
// reader learns who receives the data a few lines away. Judged on real policies, such phrases were
// the largest group of false "unnamed recipients" warnings (#12).
//
// The verdict reads a whole section, so it runs over the whole document's findings after the
// sentence-level checks (lintDocument.ts applyDocumentFilters), which every update of the editor's
// incremental lint runs again on the whole text: an edit anywhere in the section re-judges every
// recipient phrase in it. The work per section is one pass over its lines, done once per section.
import { caseless } from '../../text/asciiCaseless';
import type { Finding } from '../finding';
import { sectionScopeAround } from './outline';
import { asciiTwinned } from '../../text/asciiTwinned';

/** Recipient rules a list of names resolves (authorities, countries and "anyone" are not named by a list of companies). */
const RESOLVABLE_RULES: ReadonlySet<string> = new Set([
  'third-parties',
  'other-parties',
  'partners',
  'trusted-partners',
  'business-partners',
  'advertising-partners',
  'research-partners',
  'affiliates',
  'group-companies',
  'subsidiaries',
  'service-providers',
  'processors',
  'vendors',
  'contractors',
  'other-companies',
  'outside-parties',
  'companies-we-work-with',
  'analytics-providers',
  'advertisers',
  'social-media-platforms',
  'resellers',
  'sponsors',
]);

/** "other third parties", "other entities": recipients beyond the named ones, which a list of names does not resolve. */
const OTHER_BEFORE = caseless(/\bother[ \t]+$/iu);
const OTHER_PHRASE = caseless(/^other\b/iu);

/** How many different names a section needs: a list, not one or two capitalised words (one may be the company’s own name). */
const MIN_NAMES = 3;

/**
 * Where a name may open a line: a list item or a table row's first cell, after bold, when the name
 * is all the item says before a separator ("- Stripe: payments", "| Stripe | payments |", "- Sentry").
 * A list item of prose ("- Wir übermitteln Daten…", "- Payments are processed…") names no one by
 * its first word, and in a language that capitalises nouns every line would. (A link there counts
 * only when it leads to another site, below: "[Instructors](#section-2)" is a table of contents.)
 */
const LINE_LEAD = asciiTwinned(
  () => /^[ \t>]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+|\|[ \t]*)(?:\*\*|__)?([\p{Lu}][\p{L}\p{N}.&'’-]*)(?:[ \t]+[\p{Lu}\d][\p{L}\p{N}.&'’-]*){0,3}(?:\*\*|__)?[ \t]*(?:[:|(\u2013\u2014]|-[ \t]|$)/u,
);
/** A table's separator row: the row above it is the header, whose cells are labels, not names. */
const TABLE_SEPARATOR = /^[ \t>]*(?:\|[ \t]*)?:?-{3,}/u;
/** A link to another site: its text names what it links to ("[Google Analytics](https://…)"). */
const EXTERNAL_LINK = /\[[ \t]*(?:\*\*|__)?([\p{Lu}][\p{L}\p{N}.&'’-]*)[^\]\n]{0,80}\]\(https?:\/\//gu;
/**
 * A name in prose right after a word that introduces a provider: "processed by Stripe", "uses
 * Sentry and New Relic", "such as Mailchimp". Acronyms do not count here (EU, IP, GDPR).
 */
const PROSE_NAME = /\b(?:by|uses?|using|via|through|namely|such as|including|like)[ \t]+(?:\*\*)?([\p{Lu}][\p{Ll}\p{N}][\p{L}\p{N}&-]*)/gu;
/** Words that open labels, table headers and headings without naming anyone. */
const NOT_A_NAME =
  /^(?:The|This|These|That|Those|Our|Your|We|You|It|Its|If|In|For|To|And|Or|By|As|At|On|Of|With|When|Where|What|Which|Who|How|Why|All|Any|Some|Other|Such|Each|Third|Name|Names|Provider|Providers|Service|Services|Company|Companies|Purpose|Purposes|Category|Categories|Data|Recipient|Recipients|Vendor|Vendors|Partner|Partners|Processor|Processors|Sub-?processors?|Location|Country|Type|Description|Tool|Tools|Legal|Personal|Information|Cookie|Cookies|Note|Contact|Email|E-mail|Website|Privacy|Policy|More|See|Learn|Read|Here)$/u;
/** Words written in lower case somewhere in the section: a capitalised one of them is a common word in a title. */
const LOWER_WORD = /(?<![\p{L}\p{N}])[\p{Ll}][\p{L}'’-]*/gu;

/** Whether `word` is a name here: not a known label word, and not a word the section also writes in lower case (or an acronym, or inner capitals). */
function isName(word: string, lowerWordsOf: () => ReadonlySet<string>): boolean {
  let end = word.length;
  while (end > 0 && ".'’-".includes(word.charAt(end - 1))) end--;
  const trimmed = word.slice(0, end);
  if (trimmed.length < 2 || NOT_A_NAME.test(trimmed)) return false;
  if (/^[\p{Lu}\p{N}]{2,}$/u.test(trimmed) || /^[\p{Lu}][\p{Ll}\p{N}]+[\p{Lu}]/u.test(trimmed)) return true;
  const lower = trimmed.toLowerCase();
  // "Payments" is the label of "payment processing": singular and plural are the same word.
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  const lowerWords = lowerWordsOf();
  return !lowerWords.has(lower) && !lowerWords.has(singular) && !lowerWords.has(`${lower}s`);
}

/**
 * Whether a section names specific recipients: at least MIN_NAMES different names opening its list
 * items, table rows or subheadings, or as the text of links to other sites. Its first line (its own
 * heading) does not count.
 */
export function sectionNamesRecipients(section: string): boolean {
  // Read only when a candidate name needs it: most sections have none, and this is a scan of every word.
  let lowerWords: ReadonlySet<string> | undefined;
  const lowerWordsOf = () => (lowerWords ??= new Set(section.match(LOWER_WORD) ?? []));
  const names = new Set<string>();
  const firstBreak = section.indexOf('\n');
  const body = firstBreak === -1 ? '' : section.slice(firstBreak + 1);
  const lines = body.split('\n');
  for (const [index, line] of lines.entries()) {
    if (TABLE_SEPARATOR.test(lines[index + 1] ?? '')) continue;
    const lead = LINE_LEAD.exec(line);
    if (lead && isName(lead[1]!, lowerWordsOf)) names.add(lead[1]!.toLowerCase());
    if (names.size >= MIN_NAMES) return true;
  }
  for (const prose of body.matchAll(PROSE_NAME)) {
    if (isName(prose[1]!, lowerWordsOf)) names.add(prose[1]!.toLowerCase());
    if (names.size >= MIN_NAMES) return true;
  }
  for (const link of body.matchAll(EXTERNAL_LINK)) {
    if (isName(link[1]!, lowerWordsOf)) names.add(link[1]!.toLowerCase());
    if (names.size >= MIN_NAMES) return true;
  }
  return false;
}

/**
 * The longest section read as a list of recipients. A longer stretch without a heading is no section
 * a reader takes in at once, and reading it would put a whole large document's scan into one step
 * of the editor's sliced lint (the hostile-input tests' 1 MB documents have no heading at all).
 */
export const SECTION_READ_LIMIT = 64 * 1024;

/**
 * Verdicts by section text, kept across the editor's updates: a keystroke changes one section, and
 * the others are not read again. Bounded by entries and by the characters the keys hold.
 */
const sectionCache = new Map<string, boolean>();
const SECTION_CACHE_LIMIT = 512;
const SECTION_CACHE_MAX_CHARS = 4 * 1024 * 1024;
let sectionCacheChars = 0;

function namesRecipientsCached(section: string): boolean {
  if (section.length > SECTION_READ_LIMIT) return false;
  let named = sectionCache.get(section);
  if (named === undefined) {
    if (sectionCache.size >= SECTION_CACHE_LIMIT || sectionCacheChars + section.length > SECTION_CACHE_MAX_CHARS) {
      sectionCache.clear();
      sectionCacheChars = 0;
    }
    sectionCache.set(section, (named = sectionNamesRecipients(section)));
    sectionCacheChars += section.length;
  }
  return named;
}

/** A section's verdict in the last text linted, with the section's text to confirm it is the same. */
interface KnownSection {
  section: string;
  named: boolean;
}

/**
 * The last text's verdicts by where their sections stood, counted from the text's start and from its
 * end. After an edit, the sections before it are found at the same start and those after it at the
 * same distance from the end; an equal section text (compared, not hashed: hashing reads a section
 * char by char, a comparison is a memory compare) gives the same verdict. Only the edited section
 * is looked up by its content. Without this, each keystroke hashed every section with a candidate
 * finding, about 1.4 ms on a 1 MiB document.
 */
let knownByStart = new Map<number, KnownSection>();
let knownByDistanceToEnd = new Map<number, KnownSection>();

function sectionVerdict(text: string, start: number, end: number, byStart: Map<number, KnownSection>, byDistanceToEnd: Map<number, KnownSection>): boolean {
  if (end - start > SECTION_READ_LIMIT) return false;
  const section = text.slice(start, end);
  const distance = text.length - start;
  const before = knownByStart.get(start);
  const after = knownByDistanceToEnd.get(distance);
  const named = before?.section === section ? before.named : after?.section === section ? after.named : namesRecipientsCached(section);
  const entry: KnownSection = { section, named };
  byStart.set(start, entry);
  byDistanceToEnd.set(distance, entry);
  return named;
}

/**
 * Lowers (or, unless `showLowered`, drops) the English recipient findings whose section names
 * specific recipients. Findings are sorted by start; each section is read once.
 */
export function lowerRecipientsNamedInSection(findings: Finding[], text: string, showLowered: boolean): Finding[] {
  const candidate = (finding: Finding) => RESOLVABLE_RULES.has(finding.ruleId) && finding.lowered === undefined && (finding.language === undefined || finding.language === 'en');
  if (!findings.some(candidate)) return findings;
  const verdicts = new Map<number, boolean>();
  const byStart = new Map<number, KnownSection>();
  const byDistanceToEnd = new Map<number, KnownSection>();
  const kept: Finding[] = [];
  for (const finding of findings) {
    if (!candidate(finding)) {
      kept.push(finding);
      continue;
    }
    if (OTHER_PHRASE.test(text.slice(finding.start, finding.end)) || OTHER_BEFORE.test(text.slice(Math.max(0, finding.start - 12), finding.start))) {
      kept.push(finding);
      continue;
    }
    const scope = sectionScopeAround(text, finding.start);
    let named = verdicts.get(scope.start);
    if (named === undefined) {
      named = sectionVerdict(text, scope.start, scope.end, byStart, byDistanceToEnd);
      verdicts.set(scope.start, named);
    }
    if (!named) kept.push(finding);
    else if (showLowered) kept.push({ ...finding, severity: 'hint', lowered: 'named-in-section' });
  }
  knownByStart = byStart;
  knownByDistanceToEnd = byDistanceToEnd;
  return kept;
}
