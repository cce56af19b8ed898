// Scoring a linter run against a careful reader's judgments: precision per severity, category and
// rule (with Wilson 95% intervals), recall of the phrases the reader marked, density, the share of
// sentences with a squiggle, and repeats. Pure functions: the bench feeds them.
import { createHash } from 'node:crypto';

export const SEVERITY_ORDER = ['error', 'warning', 'information', 'hint'] as const;
export type Sev = (typeof SEVERITY_ORDER)[number];

export interface ScoredFinding {
  file: string;
  start: number;
  end: number;
  ruleId: string;
  category: string;
  severity: Sev;
  text: string;
  /** Raised from its rule's hint by other vague phrases in its sentence (context/vagueCompany.ts). */
  raised?: boolean;
}

export interface Judgment {
  file: string;
  start: number;
  end: number;
  judgment: 'TP' | 'FP' | 'UNSURE';
  reason?: string;
  /** Set by adjudication.ts: a wrong match inside a phrase settled as vague (it stays false; recall skips it). */
  wrongMatch?: boolean;
}

export interface Marked {
  file: string;
  start: number;
  end: number;
  text: string;
}

export const keyOf = (item: { file: string; start: number; end: number }): string => `${item.file}:${item.start}:${item.end}`;

/** A fixed pseudo-random order (no seed state): the same finding always sorts the same way. */
export function sampleOrder(item: { file: string; start: number; end: number }): string {
  return createHash('sha256')
    .update(`rto-quality-2026:${keyOf(item)}`)
    .digest('hex');
}

export interface Rate {
  hits: number;
  n: number;
  rate: number;
  low: number;
  high: number;
}

/** Wilson score interval, 95%. */
export function wilson(hits: number, n: number): Rate {
  if (n === 0) return { hits, n, rate: NaN, low: NaN, high: NaN };
  const z = 1.96;
  const p = hits / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return { hits, n, rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** The sample judged for precision: per severity the first `perSeverity` in sample order, plus per frequent rule the first `perRule`. */
export function chooseSample(findings: ScoredFinding[], perSeverity: number, perRule: number, frequentRules: number): ScoredFinding[] {
  const ordered = [...findings].sort((a, b) => (sampleOrder(a) < sampleOrder(b) ? -1 : 1));
  const chosen = new Map<string, ScoredFinding>();
  for (const severity of SEVERITY_ORDER)
    ordered
      .filter((f) => f.severity === severity)
      .slice(0, perSeverity)
      .forEach((f) => chosen.set(keyOf(f), f));
  const byRule = new Map<string, ScoredFinding[]>();
  for (const f of ordered) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  const frequent = [...byRule.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, frequentRules);
  for (const [, list] of frequent) list.slice(0, perRule).forEach((f) => chosen.set(keyOf(f), f));
  return [...chosen.values()];
}

/** Precision of the judged findings in `group`: UNSURE counts as not a true positive. */
export function precision(group: ScoredFinding[], judgments: Map<string, Judgment>): Rate {
  const judged = group.map((f) => judgments.get(keyOf(f))).filter((j): j is Judgment => j !== undefined);
  return wilson(judged.filter((j) => j.judgment === 'TP').length, judged.length);
}

/** Share of marked phrases that a finding at or above `minimum` overlaps. */
export function recall(marked: Marked[], findings: ScoredFinding[], minimum: Sev): Rate {
  const rank = (s: Sev) => SEVERITY_ORDER.indexOf(s);
  const byFile = new Map<string, ScoredFinding[]>();
  for (const f of findings) if (rank(f.severity) <= rank(minimum)) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const found = marked.filter((m) => (byFile.get(m.file) ?? []).some((f) => f.start < m.end && m.start < f.end));
  return wilson(found.length, marked.length);
}

export function formatRate(rate: Rate): string {
  if (rate.n === 0) return 'n/a (nothing judged)';
  return `${(rate.rate * 100).toFixed(0)}% (${rate.hits}/${rate.n}; 95% CI ${(rate.low * 100).toFixed(0)}–${(rate.high * 100).toFixed(0)}%)`;
}
