// French quality figures (issue #14), with the per-rule and false-positive listings the main bench
// (`npm run bench:quality -- --set fr` or `--set fr-heldout`) does not print: lints the French
// development set (bench/quality/fr) or held-out set (--set fr-heldout) exactly as the extension
// does (lintDocument with the default settings: each block's language, its catalogue and the context
// analysis with its tables; repeats in a section as hints), then prints precision per severity, category and rule
// against the reader's judgments, and recall of the reader's marks. Findings nobody judged yet are
// written to <set>/to-judge.jsonl (not committed). Every finding of the development set is judged
// (the set is small), so no sample is drawn.
//   npx esbuild bench/quality/fr/score.ts --bundle --platform=node --outfile=out/bench/fr-score.js --log-level=warning && node out/bench/fr-score.js [--set fr-heldout] [--rules] [--misses] [--fp]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LINT_CONFIG } from '../../../src/core/vague/lintConfig';
import { lintDocument } from '../../../src/core/vague/lintDocument';
import { asShownInEditor } from '../../../src/core/vague/context/asShown';
import { findFrontMatter } from '../../../src/core/text/frontMatter';
import { formatRate, keyOf, recall, SEVERITY_ORDER, wilson, type Judgment, type Marked, type ScoredFinding, type Sev } from '../score';

const args = process.argv.slice(2);
const setName = args.includes('--set') ? args[args.indexOf('--set') + 1]! : 'fr';
const root = join(__dirname, '..', '..');
const setDir = join(root, 'bench', 'quality', setName);
const readJsonl = <T>(file: string): T[] =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as T)
    : [];
const readDir = <T>(dir: string): T[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.jsonl'))
        .flatMap((n) => readJsonl<T>(join(dir, n)))
    : [];

const files = readdirSync(join(setDir, 'policies'))
  .filter((n) => n.endsWith('.md'))
  .map((n) => `policies/${n}`);
const texts = new Map(files.map((f) => [f, readFileSync(join(setDir, f), 'utf8')]));
const marked = readDir<Marked>(join(setDir, 'marked'));
const judgments = new Map(readDir<Judgment>(join(setDir, 'judgments')).map((j) => [keyOf(j), j]));

const findings: ScoredFinding[] = [];
let words = 0;
for (const [file, text] of texts) {
  const body = findFrontMatter(text)?.end ?? 0;
  words += text.slice(body).split(/\s+/u).filter(Boolean).length;
  for (const f of asShownInEditor(lintDocument(text, { kind: 'markdown', config: DEFAULT_LINT_CONFIG }), DEFAULT_LINT_CONFIG.showLowered)) {
    findings.push({ file, start: f.start, end: f.end, ruleId: f.ruleId, category: f.category, severity: f.severity as Sev, text: text.slice(f.start, f.end) });
  }
}

console.log(`French set ${setName}: ${texts.size} policies, ${words} words, ${findings.length} findings, ${marked.length} marked phrases, ${judgments.size} judgments`);
const judged = (group: ScoredFinding[]) => {
  const js = group.map((f) => judgments.get(keyOf(f))).filter((j): j is Judgment => j !== undefined);
  return wilson(js.filter((j) => j.judgment === 'TP').length, js.length);
};
for (const sev of SEVERITY_ORDER) {
  const group = findings.filter((f) => f.severity === sev);
  if (group.length > 0) console.log(`  precision ${sev.padEnd(11)} ${formatRate(judged(group))}  (${group.length} findings, ${((group.length / words) * 1000).toFixed(1)} per 1,000 words)`);
}
const infoPlus = findings.filter((f) => f.severity === 'warning' || f.severity === 'information' || f.severity === 'error');
console.log(`  precision information+ ${formatRate(judged(infoPlus))}`);
console.log(`  recall at information+ ${formatRate(recall(marked, findings, 'information'))}`);
console.log(`  recall at warning      ${formatRate(recall(marked, findings, 'warning'))}`);
console.log(`  recall at hint         ${formatRate(recall(marked, findings, 'hint'))}`);
const categories = [...new Set(findings.map((f) => f.category))];
for (const c of categories) console.log(`  category ${c.padEnd(20)} ${formatRate(judged(findings.filter((f) => f.category === c)))}`);
if (args.includes('--rules')) {
  const byRule = new Map<string, ScoredFinding[]>();
  for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  for (const [rule, group] of [...byRule].sort((a, b) => b[1].length - a[1].length)) console.log(`  rule ${rule.padEnd(34)} ${group[0]!.severity.padEnd(11)} ${formatRate(judged(group))}`);
}
if (args.includes('--misses')) {
  for (const m of marked) if (!findings.some((f) => f.file === m.file && f.start < m.end && m.start < f.end && f.severity !== 'hint')) console.log(`  missed ${m.file} “${m.text}”`);
}
if (args.includes('--fp')) {
  for (const f of findings) {
    const j = judgments.get(keyOf(f));
    if (j && j.judgment !== 'TP') console.log(`  ${j.judgment} ${f.ruleId} ${f.severity} “${f.text}” ${j.reason ?? ''}`);
  }
}
const unjudged = findings.filter((f) => !judgments.has(keyOf(f)));
const toJudge = join(setDir, 'to-judge.jsonl');
writeFileSync(
  toJudge,
  unjudged
    .map((f) => {
      const text = texts.get(f.file)!;
      const context = text.slice(Math.max(0, f.start - 120), Math.min(text.length, f.end + 120)).replace(/\s+/gu, ' ');
      return JSON.stringify({ file: f.file, start: f.start, end: f.end, text: f.text, ruleId: f.ruleId, severity: f.severity, context });
    })
    .join('\n') + (unjudged.length ? '\n' : ''),
);
console.log(`  ${unjudged.length} findings not judged yet -> ${toJudge}`);
