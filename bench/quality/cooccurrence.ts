// Precision of findings by how many other vague phrases share their sentence: whether a sentence
// that stacks several hedges and unnamed parties makes each of them more likely to be vague. Printed
// by `npm run bench:quality -- --company`.
import { precision, type Judgment, type ScoredFinding, type Sev } from './score';
import { sentencesOf } from './sentences';

export function describeCompany(findings: readonly ScoredFinding[], judgments: Map<string, Judgment>, texts: Map<string, string>, bodyStartOf: (text: string) => number): string[] {
  const buckets = new Map<string, ScoredFinding[]>();
  for (const [file, text] of texts) {
    const inFile = findings.filter((f) => f.file === file);
    for (const sentence of sentencesOf(text, bodyStartOf(text))) {
      const inSentence = inFile.filter((f) => f.start < sentence.end && sentence.start < f.end);
      for (const f of inSentence) {
        const others = new Set(inSentence.filter((o) => o !== f && o.ruleId !== f.ruleId).map((o) => o.ruleId)).size;
        const key = `${f.severity} with ${others >= 2 ? '2+' : others} other${others === 1 ? '' : 's'}`;
        buckets.set(key, [...(buckets.get(key) ?? []), f]);
      }
    }
  }
  const lines = ['\nPrecision by the other vague phrases (distinct rules, any severity) in the same sentence:'];
  for (const severity of ['warning', 'information', 'hint'] as Sev[])
    for (const others of ['0 others', '1 other', '2+ others']) {
      const group = buckets.get(`${severity} with ${others}`) ?? [];
      const rate = precision(group, judgments);
      lines.push(
        `  ${severity.padEnd(12)} with ${others.padEnd(10)} ${String(group.length).padStart(4)} findings  ${rate.n ? `${(rate.rate * 100).toFixed(0)}% (${rate.hits}/${rate.n}; 95% CI ${(rate.low * 100).toFixed(0)}–${(rate.high * 100).toFixed(0)}%)` : 'n/a'}`,
      );
    }
  const raised = findings.filter((f) => f.raised);
  const rate = precision(raised, judgments);
  lines.push(
    `  raised from hint by such company (context/vagueCompany.ts): ${raised.length} findings, ${rate.n ? `${(rate.rate * 100).toFixed(0)}% (${rate.hits}/${rate.n}; 95% CI ${(rate.low * 100).toFixed(0)}–${(rate.high * 100).toFixed(0)}%)` : 'n/a'}`,
  );
  // Raised findings by their strongest companion: another raised hint only, or a finding shown at information or higher in its own right.
  const strong = new Map<string, ScoredFinding[]>();
  for (const [file, text] of texts) {
    const inFile = findings.filter((f) => f.file === file);
    for (const sentence of sentencesOf(text, bodyStartOf(text))) {
      const inSentence = inFile.filter((f) => f.start < sentence.end && sentence.start < f.end);
      for (const f of inSentence.filter((f) => f.raised)) {
        const others = inSentence.filter((o) => o.ruleId !== f.ruleId);
        const key = others.some((o) => !o.raised && o.severity !== 'hint') ? 'beside a finding shown in its own right' : 'beside raised hints only';
        strong.set(key, [...(strong.get(key) ?? []), f]);
      }
    }
  }
  for (const [key, group] of strong) {
    const r = precision(group, judgments);
    lines.push(`    ${key}: ${group.length} findings, ${(r.rate * 100).toFixed(0)}% (${r.hits}/${r.n})`);
  }
  return lines;
}
