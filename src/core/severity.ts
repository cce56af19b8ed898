// Severities shared by the linter, the CLI and the editor adapter. Ordered from most to least severe.
export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Higher number = more severe; used for --fail-on thresholds. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}
