// Item 4 of the precision issue as arithmetic: the default severity each rule's measured precision
// earns (per rule with at least 10 judged findings, else its category's), and what the figures
// would be if the catalogue followed it. Printed by `npm run bench:quality -- --propose`; the
// catalogue is changed by hand, with the figure in a comment, so each change stays reviewable.
import { formatRate, precision, recall, type Judgment, type Marked, type Rate, type ScoredFinding, type Sev } from './score';

/** The targets of the issue: warnings ≥ 85%, information ≥ 70%, hints ≥ 50% or off. */
export interface ProposalOptions {
  /** Judged findings a rule needs for its own precision to count (else its category's); the issue says 10. */
  minJudged: number;
  /** Lowest precision for information; the issue's target is 70%. */
  informationFrom: number;
  /**
   * Move a rule only when the 95% interval of its measured precision lies wholly outside its current
   * tier, and only as far as the nearest tier the interval reaches: a point estimate of 69% against
   * 70% is noise, and without this each added policy moved dozens of rules back and forth across a
   * threshold (2026-12-07).
   */
  clearOnly: boolean;
}
export const ISSUE_OPTIONS: ProposalOptions = { minJudged: 10, informationFrom: 0.7, clearOnly: true };

function tiers(options: ProposalOptions): readonly { severity: Sev | 'off'; from: number }[] {
  return [
    { severity: 'warning', from: 0.85 },
    { severity: 'information', from: options.informationFrom },
    { severity: 'hint', from: Math.min(0.5, options.informationFrom) },
    { severity: 'off', from: 0 },
  ];
}

export interface Proposal {
  ruleId: string;
  category: string;
  count: number;
  current: Sev;
  basis: 'rule' | 'category';
  measured: Rate;
  /** The tier of the point estimate. */
  earned: Sev | 'off';
  proposed: Sev | 'off';
}

function tierOf(rate: number, options: ProposalOptions): Sev | 'off' {
  return tiers(options).find((tier) => rate >= tier.from)!.severity;
}

/**
 * With `clearOnly`: the current tier while the 95% interval reaches its band; else the nearest tier
 * whose band the interval reaches (the least move the evidence asks for: 4 of 12, interval 14-61%,
 * is below information but not clearly below a hint).
 */
function clearTier(measured: Rate, current: Sev | 'off', options: ProposalOptions): Sev | 'off' {
  const list = tiers(options);
  const reaches = (at: number) => measured.high >= list[at]!.from && (at === 0 || measured.low < list[at - 1]!.from);
  const at = list.findIndex((tier) => tier.severity === current);
  if (at === -1 || reaches(at)) return current;
  // Below the band: step down; above it: step up.
  const step = measured.high < list[at]!.from ? 1 : -1;
  for (let next = at + step; next >= 0 && next < list.length; next += step) if (reaches(next)) return list[next]!.severity;
  return tierOf(measured.rate, options);
}

/** A catalogue rule as shipped: what a rule without findings on the set is proposed from. */
export interface CatalogueRule {
  id: string;
  category: string;
  severity: Sev | 'off';
}

/**
 * The tier each rule earns. With the catalogue, every rule on by default gets a proposal, also one with
 * no findings on the set (its category's tier) and its current severity is its default, not the
 * highest severity its findings were shown at (context can lower every finding of a rule).
 */
export function proposeSeverities(findings: readonly ScoredFinding[], judgments: Map<string, Judgment>, options: ProposalOptions, catalogue: readonly CatalogueRule[] = []): Proposal[] {
  const byCategory = new Map<string, Rate>();
  for (const category of new Set(findings.map((f) => f.category)))
    byCategory.set(
      category,
      precision(
        findings.filter((f) => f.category === category),
        judgments,
      ),
    );
  const defaults = new Map(catalogue.map((rule) => [rule.id, rule]));
  const ruleIds = new Set([...findings.map((f) => f.ruleId), ...catalogue.filter((rule) => rule.severity !== 'off').map((rule) => rule.id)]);
  const proposals: Proposal[] = [];
  for (const ruleId of ruleIds) {
    const group = findings.filter((f) => f.ruleId === ruleId);
    const shipped = defaults.get(ruleId);
    const category = shipped?.category ?? group[0]!.category;
    const own = precision(group, judgments);
    const basis = own.n >= options.minJudged ? 'rule' : 'category';
    const measured = basis === 'rule' ? own : (byCategory.get(category) ?? own);
    const current = shipped && shipped.severity !== 'off' ? shipped.severity : highestSeverity(group);
    // A category with nothing judged proposes no change.
    const earned = Number.isNaN(measured.rate) ? current : tierOf(measured.rate, options);
    const proposed = options.clearOnly && !Number.isNaN(measured.rate) ? clearTier(measured, current, options) : earned;
    proposals.push({ ruleId, category, count: group.length, current, basis, measured, earned, proposed });
  }
  return proposals.sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId));
}

function highestSeverity(group: readonly ScoredFinding[]): Sev {
  return group.reduce<Sev>((highest, f) => (severityRank(f.severity) < severityRank(highest) ? f.severity : highest), 'hint');
}

function severityRank(severity: Sev): number {
  return ['error', 'warning', 'information', 'hint'].indexOf(severity);
}

/** The findings as they would be with the proposed severities. */
export function applyProposals(findings: readonly ScoredFinding[], proposals: readonly Proposal[]): ScoredFinding[] {
  const byRule = new Map(proposals.map((p) => [p.ruleId, p.proposed]));
  return findings.flatMap((f) => {
    const proposed = byRule.get(f.ruleId) ?? f.severity;
    if (proposed === 'off') return [];
    // With the default settings the findings shown as hints are the hint rules' own (repeats and
    // lowered findings are hidden); a hint raised by vague company stays raised.
    return [{ ...f, severity: f.raised && proposed === 'hint' ? f.severity : proposed }];
  });
}

export function describeProposal(
  findings: readonly ScoredFinding[],
  judgments: Map<string, Judgment>,
  marked: readonly Marked[],
  options: ProposalOptions = ISSUE_OPTIONS,
  catalogue: readonly CatalogueRule[] = [],
): string[] {
  const proposals = proposeSeverities(findings, judgments, options, catalogue);
  const lines = [
    `\nSeverities measured precision earns (rule basis: ≥ ${options.minJudged} judged; else category; tiers warning ≥ 85%, information ≥ ${(options.informationFrom * 100).toFixed(0)}%, hint ≥ 50%, else off)`,
  ];
  for (const p of proposals.filter((p) => p.proposed !== p.current)) {
    lines.push(`  ${p.ruleId.padEnd(32)} ${String(p.count).padStart(4)}  ${p.current.padEnd(11)} → ${p.proposed.padEnd(11)} ${p.basis} ${formatRate(p.measured)}`);
  }
  const withheld = proposals.filter((p) => p.proposed === p.current && p.earned !== p.current);
  if (withheld.length > 0)
    lines.push(
      `  Not moved, the interval overlapping the current tier (--every-move moves them): ${withheld.length} rules, e.g. ${withheld
        .slice(0, 6)
        .map((p) => `${p.ruleId} ${p.current}→${p.earned} ${formatRate(p.measured)}`)
        .join('; ')}`,
    );
  const after = applyProposals(findings, proposals);
  lines.push('  If the catalogue followed it (precision over all judged findings at that severity):');
  for (const severity of ['warning', 'information', 'hint'] as const) {
    const rate = precision(
      after.filter((f) => f.severity === severity),
      judgments,
    );
    lines.push(`    ${severity.padEnd(12)} ${(rate.rate * 100).toFixed(0)}% (${rate.hits}/${rate.n}), ${after.filter((f) => f.severity === severity).length} findings`);
  }
  lines.push(`    recall information or higher ${(recall([...marked], after, 'information').rate * 100).toFixed(0)}%, warning ${(recall([...marked], after, 'warning').rate * 100).toFixed(0)}%`);
  return lines;
}
