// A phrase whose rule is a hint by its measured precision ("third parties", "may share", "partners")
// is shown as information when its sentence holds another vague phrase of a different rule: "We
// may share information about you with our partners" stacks three. Measured on the development
// set (npm run bench:quality -- --company, 2026-12-07): such hints were right 131 times in 188
// (70%), alone in their sentence 105 in 196 (54%); issue #12 puts information at 70%.
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

/** Findings sorted by start; returns them with the raisable hints in vague company raised to information. */
export function raiseHintsInVagueCompany(findings: readonly Finding[], text: string, config: LintConfig): Finding[] {
  if (findings.length < 2 || !findings.some((finding) => raisable(finding, config))) return [...findings];
  const result = [...findings];
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i]!;
    if (!raisable(finding, config)) continue;
    const sentence = sentenceAround(text, finding.start, finding.end);
    if (companionIn(findings, i, sentence.start, sentence.end)) result[i] = { ...finding, severity: 'information', raised: 'vague-company' };
  }
  return result;
}

/** Another standing finding of a different rule inside [start, end), searched outwards from i. */
function companionIn(findings: readonly Finding[], i: number, start: number, end: number): boolean {
  const own = findings[i]!.ruleId;
  for (let j = i - 1; j >= 0 && findings[j]!.end > start; j--) if (findings[j]!.ruleId !== own && stands(findings[j]!)) return true;
  for (let j = i + 1; j < findings.length && findings[j]!.start < end; j++) if (findings[j]!.ruleId !== own && stands(findings[j]!)) return true;
  return false;
}
