// Turns a catalogue of rules into a linter: one automaton for every pattern of every rule (a
// shipped catalogue's precompiled, catalogueTables.ts; the rest compiled here), then per-rule
// filters, overlap resolution and the clarification rule.
import { expandPattern } from '../match/expandPattern';
import { compilePhrasesInSteps, type CompiledPhrases, type PhraseMatch } from '../match/phraseMatcher';
import { precompiledCatalogue } from './catalogueTables';
import { stepTimer } from '../stepTimer';
import type { Severity } from '../severity';
import type { Finding } from './finding';
import type { Rule } from './ruleSchema';
import { quoteMatched } from './quoteMatched';
import { isClarifiedAfter, isClarifiable, withinParagraphAfter, withinParagraphBefore } from './clarification';

/** How far around a match the per-rule regex filters look. */
const FILTER_WINDOW = 48;

export interface LintOptions {
  /** Only [from, to) is scanned; offsets stay relative to the whole text. */
  from?: number;
  to?: number;
  /** Overrides a rule's severity; 'off' drops its findings. */
  severityFor?: (rule: Rule) => Severity | 'off';
  /**
   * For a text linted in consecutive windows (DocumentLintState.createInSlices): only matches
   * starting before this offset are kept, and overlaps are resolved against `carry.reachedEnd`,
   * the end of the last match kept in the windows before, which is updated. Together these give
   * the findings of one whole-text lint, each found once.
   */
  startsBefore?: number;
  carry?: { reachedEnd: number };
}

export interface Linter {
  readonly rules: readonly Rule[];
  lint(text: string, options?: LintOptions): Finding[];
  ruleById(id: string): Rule | undefined;
}

interface CompiledRule {
  rule: Rule;
  notFollowedBy?: RegExp;
  notPrecededBy?: RegExp;
}

export interface LinterOptions {
  /** The clarifier words of the rules' language (LanguageContextTables.clarifier); English without. */
  clarifier?: RegExp;
}

export function createLinter(rules: readonly Rule[], options: LinterOptions = {}): Linter {
  const steps = createLinterInSteps(rules, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** createLinter as a generator that yields every few milliseconds (compiling is the slow part). */
export function* createLinterInSteps(rules: readonly Rule[], linterOptions: LinterOptions = {}): Generator<void, Linter> {
  const compiledRules: CompiledRule[] = rules.map((rule) => ({
    rule,
    notFollowedBy: rule.notFollowedBy ? new RegExp(rule.notFollowedBy, 'iu') : undefined,
    notPrecededBy: rule.notPrecededBy ? new RegExp(rule.notPrecededBy, 'iu') : undefined,
  }));
  // A precompiled table for the catalogue these rules start with (catalogueTables.ts), if the
  // host registered one; the rules after it (a user's extra phrases) are compiled here.
  const shipped = precompiledCatalogue(rules);
  const firstRestPhrase = shipped?.matcher.phraseCount ?? 0;
  const firstRestRule = shipped?.ruleCount ?? 0;
  const restPhrases: string[] = [];
  const restRuleOfPhrase: number[] = [];
  // Expanding the patterns is a step of its own, in pieces (~20 ms for the English catalogue).
  const timer = stepTimer();
  for (let ruleIndex = firstRestRule; ruleIndex < rules.length; ruleIndex++) {
    for (const pattern of rules[ruleIndex]!.patterns) {
      for (const phrase of expandPattern(pattern)) {
        restPhrases.push(phrase);
        restRuleOfPhrase.push(ruleIndex);
      }
    }
    if (timer.due()) {
      yield;
      timer.resumed();
    }
  }
  const restMatcher: CompiledPhrases | undefined = restPhrases.length > 0 ? yield* compilePhrasesInSteps(restPhrases) : undefined;
  const ruleOfPhrase = new Int32Array(firstRestPhrase + restPhrases.length);
  if (shipped) ruleOfPhrase.set(shipped.ruleOfPhrase);
  ruleOfPhrase.set(restRuleOfPhrase, firstRestPhrase);
  /** Matches of both matchers, phrases numbered as in ruleOfPhrase (their order is resolved by leftmostLongest). */
  const findAll = (text: string, from: number, to: number): PhraseMatch[] => {
    const found = shipped ? shipped.matcher.findAll(text, from, to) : [];
    if (restMatcher) for (const match of restMatcher.findAll(text, from, to)) found.push({ phrase: firstRestPhrase + match.phrase, start: match.start, end: match.end });
    return found;
  };
  const byId = new Map(rules.map((rule) => [rule.id, rule]));

  return {
    rules,
    ruleById: (id) => byId.get(id),
    lint(text, options = {}) {
      const from = Math.max(0, options.from ?? 0);
      const to = Math.min(text.length, options.to ?? text.length);
      const startsBefore = options.startsBefore ?? to;
      const kept = findAll(text, from, to).filter((match) => match.start < startsBefore && passesFilters(compiledRules[ruleOfPhrase[match.phrase]!]!, text, match));
      // A rule's configured severity, asked once per lint rather than once per finding.
      const severities = new Array<Severity | 'off' | undefined>(compiledRules.length);
      const findings: Finding[] = [];
      // Rules that are off still claim their phrase here: most are phrasings measured as not worth a
      // squiggle ("Diensten von Drittanbietern" before the named services), and a shorter rule inside
      // them ("Drittanbietern") was judged false there just as often (German set: 3 of 3).
      for (const match of leftmostLongest(kept, options.carry)) {
        const ruleIndex = ruleOfPhrase[match.phrase]!;
        const rule = compiledRules[ruleIndex]!.rule;
        const configured = (severities[ruleIndex] ??= options.severityFor ? options.severityFor(rule) : rule.severity);
        if (configured === 'off') continue;
        const clarified = isClarifiable(rule.category) && isClarifiedAfter(text, match.end, linterOptions.clarifier);
        findings.push({
          ruleId: rule.id,
          category: rule.category,
          severity: clarified ? 'hint' : configured,
          message: quoteMatched(rule.message, text.slice(match.start, match.end)),
          start: match.start,
          end: match.end,
          clarified,
        });
      }
      return findings;
    },
  };
}

function passesFilters(compiled: CompiledRule, text: string, match: PhraseMatch): boolean {
  if (compiled.notFollowedBy === undefined && compiled.notPrecededBy === undefined) return true;
  if (compiled.notFollowedBy?.test(withinParagraphAfter(text, match.end, FILTER_WINDOW))) return false;
  if (compiled.notPrecededBy?.test(withinParagraphBefore(text, match.start, FILTER_WINDOW))) return false;
  return true;
}

/**
 * Keeps the leftmost, then longest, of overlapping matches ("may share" wins over "may"). Sorts
 * `matches` in place. `carry` continues from the matches kept before (see LintOptions.carry).
 */
function leftmostLongest(matches: PhraseMatch[], carry?: { reachedEnd: number }): PhraseMatch[] {
  const sorted = matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: PhraseMatch[] = [];
  let reachedEnd = carry?.reachedEnd ?? -1;
  for (const match of sorted) {
    if (match.start < reachedEnd) continue;
    chosen.push(match);
    reachedEnd = match.end;
  }
  if (carry) carry.reachedEnd = reachedEnd;
  return chosen;
}
