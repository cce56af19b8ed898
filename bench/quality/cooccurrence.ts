// Precision of findings by how many other vague phrases share their sentence: whether a sentence
// that stacks several hedges and unnamed parties makes each of them more likely to be vague, and how
// the hints raised for it (context/vagueCompany.ts) fare. Printed by `npm run bench:quality -- --company`.
import { formatRate, precision, type Judgment, type ScoredFinding, type Sev } from './score';
import { sentencesOf } from './sentences';

export function describeCompany(findings: readonly ScoredFinding[], judgments: Map<string, Judgment>, texts: Map<string, string>, bodyStartOf: (text: string) => number): string[] {
  const buckets = new Map<string, ScoredFinding[]>();
  const add = (key: string, f: ScoredFinding) => buckets.set(key, [...(buckets.get(key) ?? []), f]);
  for (const [file, text] of texts) {
    const inFile = findings.filter((f) => f.file === file);
    for (const sentence of sentencesOf(text, bodyStartOf(text))) {
      const inSentence = inFile.filter((f) => f.start < sentence.end && sentence.start < f.end);
      for (const f of inSentence) {
        const others = inSentence.filter((o) => o.ruleId !== f.ruleId);
        const count = new Set(others.map((o) => o.ruleId)).size;
        add(`${f.severity} with ${count >= 2 ? '2+' : count} other${count === 1 ? '' : 's'}`, f);
        // A raised hint by its strongest companion: a finding shown in its own right, or raised hints only.
        if (f.raised) add(others.some((o) => !o.raised && o.severity !== 'hint') ? 'beside a finding shown in its own right' : 'beside raised hints only', f);
      }
    }
  }
  const lines = ['\nPrecision by the other vague phrases (distinct rules, any severity) in the same sentence:'];
  for (const severity of ['warning', 'information', 'hint'] as Sev[])
    for (const others of ['0 others', '1 other', '2+ others']) {
      const group = buckets.get(`${severity} with ${others}`) ?? [];
      lines.push(`  ${severity.padEnd(12)} with ${others.padEnd(10)} ${String(group.length).padStart(4)} findings  ${formatRate(precision(group, judgments))}`);
    }
  const raised = findings.filter((f) => f.raised);
  lines.push(`  raised from hint by such company (context/vagueCompany.ts): ${raised.length} findings, ${formatRate(precision(raised, judgments))}`);
  for (const key of ['beside raised hints only', 'beside a finding shown in its own right']) {
    const group = buckets.get(key) ?? [];
    lines.push(`    ${key}: ${group.length} findings, ${formatRate(precision(group, judgments))}`);
  }
  return lines;
}
