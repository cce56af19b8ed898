// A phrase whose rule is a hint by its measured precision ("third parties", "may share", "partners")
// is shown as information when its sentence holds another vague phrase of a different rule: "We
// may share information about you with our partners" stacks three. Measured on the development
// set (npm run bench:quality -- --company, 2026-12-07): such hints were right 174 times in 248 (70%)
// on 38 policies and 188 in 277 (68%) on 42, alone in their sentence about half the time; issue #12
// puts information at 70%, and information as a whole measures 70%.
import type { Finding } from '../finding';
import type { LintConfig } from '../lintConfig';
import { sentenceAround } from './sentence';

/** Counts as company: a finding the context left standing, not a later repeat of its phrase. */
function stands(finding: Finding): boolean {
  return finding.lowered === undefined && !finding.clarified && (finding.group === undefined || finding.group.index === 1);
}

/** Only English was measured, and only a hint that is the rule's shipped default (not a user's setting) is raised. */
function raisable(finding: Finding, config: LintConfig): boolean {
  return (
    finding.severity === 'hint' &&
    stands(finding) &&
    (finding.language === undefined || finding.language === 'en') &&
    config.ruleSeverity[finding.ruleId] === undefined &&
    config.categorySeverity[finding.category] === undefined
  );
}

/**
 * Raises, in place, the raisable hints of `findings` (sorted by start, an array the caller owns) that
 * stand in vague company. The editor runs this on every update: it reads the sentence span the
 * context analysis stored and copies only the findings it raises.
 */
export function raiseHintsInVagueCompany(findings: Finding[], text: string, config: LintConfig): Finding[] {
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i]!;
    if (!raisable(finding, config)) continue;
    // The span the context analysis found; a finding that did not pass through it looks again.
    let start = finding.sentenceStart;
    let end = finding.sentenceEnd;
    if (start === undefined || end === undefined) ({ start, end } = sentenceAround(text, finding.start, finding.end));
    if (companionIn(findings, i, start, end)) findings[i] = raisedCopy(finding);
  }
  return findings;
}

function raisedCopy(finding: Finding): Finding {
  return { ...finding, severity: 'information', raised: 'vague-company' };
}

/** Another standing finding of a different rule inside [start, end), searched outwards from i. */
function companionIn(findings: readonly Finding[], i: number, start: number, end: number): boolean {
  const own = findings[i]!.ruleId;
  for (let j = i - 1; j >= 0 && findings[j]!.end > start; j--) if (findings[j]!.ruleId !== own && stands(findings[j]!)) return true;
  for (let j = i + 1; j < findings.length && findings[j]!.start < end; j++) if (findings[j]!.ruleId !== own && stands(findings[j]!)) return true;
  return false;
}
