// The whole pipeline for one document, shared by the editor and the command line: scope (Markdown
// structure), matching, configured severities, inline disable comments and the allow-list.
import type { LintConfig, SeveritySetting } from './lintConfig';
import { analyseScope, resolveScope } from '../markdown/scope';
import { CATALOGUE } from './catalogue';
import { documentLanguage } from '../language/assign';
import type { RuleLanguage } from '../language/languages';
import { notCheckedOf, planLanguages, type LanguagePass, type NotChecked } from './languagePlan';
import { ruleModule, ruleModulesGeneration } from './ruleModules';
import type { Finding } from './finding';
import { createLinter, createLinterInSteps, type Linter } from './linter';
import type { Rule } from './ruleSchema';
import { parseSuppressions, type Suppressions } from './suppressions';
import { extraPhraseRules } from './extraPhraseRules';
import { applyContext } from './context/analyseContext';
import { groupRepeats } from './context/repeats';
import { judgeHintsByCompany } from './context/vagueCompany';
import { lowerRecipientsNamedInSection } from './context/sectionResolved';
import { normalisePhrase } from './normalisePhrase';
import { insertedLetterRanges, insideRanges, type LetterRange } from '../letters/marker';
import { appendAll } from '../appendAll';

export { normalisePhrase };

export type DocumentKind = 'markdown' | 'plaintext';

export interface LintDocumentOptions {
  kind: DocumentKind;
  config: LintConfig;
  /** Only findings starting in [from, to) are returned (used for incremental updates). */
  from?: number;
  to?: number;
}

let cached: { key: string; linter: Linter } | undefined;
const cachedOther = new Map<RuleLanguage, { key: string; linter: Linter }>();

/**
 * The catalogue of `language` plus the user's extra phrases, compiled once per distinct set of
 * extras. German and French load their rule module on first use (ruleModules.ts).
 */
export function linterFor(config: LintConfig, language: RuleLanguage = 'en'): Linter {
  const key = JSON.stringify(config.extraPhrases);
  if (language === 'en') {
    if (cached?.key !== key) cached = { key, linter: createLinter([...CATALOGUE, ...extraPhraseRules(config.extraPhrases)]) };
    return cached.linter;
  }
  let entry = cachedOther.get(language);
  if (entry?.key !== `${key}\u0000${ruleModulesGeneration()}`) {
    const module = ruleModule(language);
    entry = { key: `${key}\u0000${ruleModulesGeneration()}`, linter: createLinter([...module.CATALOGUE, ...extraPhraseRules(config.extraPhrases)], { clarifier: module.CONTEXT.clarifier }) };
    cachedOther.set(language, entry);
  }
  return entry.linter;
}

/**
 * Compiles the linter for `config` ahead of use, awaiting `pause()` every few milliseconds, so the
 * first lint of a session does not block an editor for the ~50-100 ms compilation takes.
 */
export async function prepareLinter(config: LintConfig, pause: () => Promise<void>): Promise<Linter> {
  const key = JSON.stringify(config.extraPhrases);
  if (cached?.key === key) return cached.linter;
  const steps = createLinterInSteps([...CATALOGUE, ...extraPhraseRules(config.extraPhrases)]);
  for (;;) {
    const step = steps.next();
    if (step.done) {
      cached = { key, linter: step.value };
      return step.value;
    }
    await pause();
  }
}

export function lintDocument(text: string, options: LintDocumentOptions): Finding[] {
  return lintDocumentWithLanguages(text, options).findings;
}

/**
 * lintDocument, plus the languages without rules found in the document (reported once each: "Not
 * checked: Dutch"). Each block is linted with the rules of its language (languagePlan.ts).
 */
export function lintDocumentWithLanguages(text: string, options: LintDocumentOptions): { findings: Finding[]; notChecked: NotChecked[] } {
  const { config } = options;
  if (!config.enabled) return { findings: [], notChecked: [] };
  const fallback = documentLanguage(text, config.language);
  let plan;
  if (options.kind === 'markdown') {
    const scope = resolveScope(text, config.scope);
    const analysis = analyseScope(text, scope);
    plan = planLanguages(analysis.masked, scope === 'everything' ? undefined : analysis.units, analysis.containers, fallback, config.language);
  } else {
    plan = planLanguages(text, undefined, [], fallback, config.language);
  }
  const matches = lintPasses(plan.passes, config, options.from, options.to);
  return { findings: applyDocumentFilters(applyContext(matches, text, config), text, config), notChecked: notCheckedOf(plan.unchecked) };
}

/**
 * Each language's matches in its pass's text[from, to), shifted by `base`, tagged with their
 * language, in document order (the passes cover different blocks).
 */
export function lintPasses(passes: readonly LanguagePass[], config: LintConfig, from?: number, to?: number, base = 0): Finding[] {
  const all: Finding[] = [];
  const severityFor = (rule: Rule) => configuredSeverity(rule, config);
  for (const pass of passes) {
    const linter = linterFor(config, pass.language);
    for (const range of pass.ranges) {
      const start = Math.max(range.start, from ?? 0);
      const end = Math.min(range.end, to ?? pass.masked.length);
      if (end <= start) continue;
      const found = linter.lint(pass.masked, { from: start, to: end, severityFor });
      for (const finding of found) {
        finding.start += base;
        finding.end += base;
        finding.language = pass.language;
      }
      appendAll(all, found);
    }
  }
  if (passes.length > 1) all.sort((a, b) => a.start - b.start || a.end - b.end);
  return all;
}

/**
 * What applies to a whole document's findings (already judged in context, see
 * context/analyseContext.ts): inline disable comments, the allow-list, recipients the section names
 * (context/sectionResolved.ts: it reads whole sections, so it runs here, on every update), then
 * hints raised where other vague phrases share their sentence and lowered where none does
 * (context/vagueCompany.ts), then repeats grouped per section.
 */
export function applyDocumentFilters(
  matches: Finding[],
  text: string,
  config: LintConfig,
  suppressions: Suppressions = parseSuppressions(text),
  // The extension's own letters (between their markers) are its boilerplate, not policy text (#20).
  letters: readonly LetterRange[] = insertedLetterRanges(text),
): Finding[] {
  const allowed = new Set(config.allowList.map(normalisePhrase));
  const wanted =
    !suppressions.any && allowed.size === 0 && letters.length === 0
      ? matches
      : matches.filter(
          (finding) =>
            !insideRanges(letters, finding.start) &&
            !suppressions.isSuppressed(finding.ruleId, finding.start) &&
            (allowed.size === 0 || !allowed.has(normalisePhrase(text.slice(finding.start, finding.end)))),
        );
  return groupRepeats(judgeHintsByCompany(lowerRecipientsNamedInSection(wanted, text, config.showLowered), text, config), text);
}

export function configuredSeverity(rule: Rule, config: LintConfig): SeveritySetting {
  return config.ruleSeverity[rule.id] ?? config.categorySeverity[rule.category] ?? rule.severity;
}
