// The whole pipeline for one document, shared by the editor and the command line: scope (Markdown
// structure), matching, configured severities, inline disable comments and the allow-list.
import type { LintConfig, SeveritySetting } from '../config/lintConfig';
import { maskOutOfScope } from '../markdown/scope';
import { CATALOGUE } from './catalogue';
import type { Finding } from './finding';
import { createLinter, createLinterInSteps, type Linter } from './linter';
import type { Rule } from './ruleSchema';
import { parseSuppressions } from './suppressions';
import { extraPhraseRules } from './extraPhraseRules';
import { applyContext } from './context/analyseContext';
import { groupRepeats } from './context/repeats';
import { normalisePhrase } from './normalisePhrase';
import { insertedLetterRanges, insideRanges } from '../letters/marker';

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

/** The catalogue plus the user's extra phrases, compiled once per distinct set of extras. */
export function linterFor(config: LintConfig): Linter {
  const key = JSON.stringify(config.extraPhrases);
  if (cached?.key !== key) cached = { key, linter: createLinter([...CATALOGUE, ...extraPhraseRules(config.extraPhrases)]) };
  return cached.linter;
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
  const { config } = options;
  if (!config.enabled) return [];
  const scoped = options.kind === 'markdown' ? maskOutOfScope(text, config.scope) : text;
  const matches = linterFor(config).lint(scoped, { from: options.from, to: options.to, severityFor: (rule) => configuredSeverity(rule, config) });
  return applyDocumentFilters(applyContext(matches, text, config), text, config);
}

/**
 * What applies to a whole document's findings (already judged in context, see
 * context/analyseContext.ts): inline disable comments, the allow-list, then repeats grouped per section.
 */
export function applyDocumentFilters(matches: Finding[], text: string, config: LintConfig): Finding[] {
  const suppressions = parseSuppressions(text);
  const allowed = new Set(config.allowList.map(normalisePhrase));
  // The extension's own letters (between their markers) are its boilerplate, not policy text (#20).
  const letters = insertedLetterRanges(text);
  const wanted =
    !suppressions.any && allowed.size === 0 && letters.length === 0
      ? matches
      : matches.filter(
          (finding) =>
            !insideRanges(letters, finding.start) &&
            !suppressions.isSuppressed(finding.ruleId, finding.start) &&
            (allowed.size === 0 || !allowed.has(normalisePhrase(text.slice(finding.start, finding.end)))),
        );
  return groupRepeats(wanted, text);
}

export function configuredSeverity(rule: Rule, config: LintConfig): SeveritySetting {
  return config.ruleSeverity[rule.id] ?? config.categorySeverity[rule.category] ?? rule.severity;
}

