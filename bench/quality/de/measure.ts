// The German rules on the German development set (bench/quality/de) or the German held-out set
// (bench/quality/heldout/de), until the quality bench measures each language itself:
//   npx esbuild bench/quality/de/measure.ts --bundle --platform=node --outfile=out/bench/measure-de.js --log-level=warning
//   node out/bench/measure-de.js [--set heldout] [--all-rules-on] [--unjudged FILE] [--rules]
// Lints each policy exactly as the extension does (lintDocument with the default settings: Markdown
// scope, each block's language and its catalogue, the context analysis with that language's tables,
// inline suppressions; repeats in a section as hints) and scores the findings against the reader's
// judgments (precision, every finding judged) and marks (recall). `npm run bench:quality -- --set de`
// (or de-heldout) prints the same findings' figures the way every set is reported; this script adds
// --all-rules-on (rules that are 'off' by default reported at 'information', to measure them),
// --rules, --show RULE and --unjudged FILE.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LINT_CONFIG } from '../../../src/core/vague/lintConfig';
import { lintDocument } from '../../../src/core/vague/lintDocument';
import { asShownInEditor } from '../../../src/core/vague/context/asShown';
import { findFrontMatter } from '../../../src/core/text/frontMatter';
import { countWords } from '../../../src/core/text/wordCount';
import { CATALOGUE } from '../../../src/core/vague/catalogue/de';
import { formatRate, keyOf, precision, recall, SEVERITY_ORDER, type Judgment, type Marked, type ScoredFinding, type Sev } from '../score';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = join(__dirname, '..', '..');
const setDir = option('--set') === 'heldout' ? join(root, 'bench', 'quality', 'heldout', 'de') : join(root, 'bench', 'quality', 'de');
const allOn = args.includes('--all-rules-on');

function readJsonl<T>(file: string): T[] {
  return existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as T)
    : [];
}
const jsonlIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.jsonl'))
        .flatMap((name) => readJsonl<Record<string, unknown>>(join(dir, name)))
    : [];

const sources = (JSON.parse(readFileSync(join(setDir, 'sources.json'), 'utf8')) as { file: string | null }[]).filter((s): s is { file: string } => typeof s.file === 'string');
const marked = jsonlIn(join(setDir, 'marked')) as unknown as Marked[];
const judgments = new Map((jsonlIn(join(setDir, 'judgments')) as unknown as Judgment[]).map((j) => [keyOf(j), j]));
const config = allOn
  ? { ...DEFAULT_LINT_CONFIG, ruleSeverity: Object.fromEntries(CATALOGUE.filter((rule) => rule.severity === 'off').map((rule) => [rule.id, 'information' as const])) }
  : DEFAULT_LINT_CONFIG;

const findings: ScoredFinding[] = [];
let words = 0;
for (const { file } of sources) {
  const text = readFileSync(join(setDir, file), 'utf8');
  words += countWords(text.slice(findFrontMatter(text)?.end ?? 0));
  const shown = asShownInEditor(lintDocument(text, { kind: 'markdown', config }), config.showLowered);
  for (const f of shown) findings.push({ file, start: f.start, end: f.end, ruleId: f.ruleId, category: f.category, severity: f.severity as Sev, text: text.slice(f.start, f.end) });
}

const unjudged = findings.filter((f) => !judgments.has(keyOf(f)));
const unjudgedFile = option('--unjudged');
if (unjudgedFile) {
  writeFileSync(
    unjudgedFile,
    unjudged.map((f) => JSON.stringify({ file: f.file, start: f.start, end: f.end, text: f.text, rule: f.ruleId, severity: f.severity })).join('\n') + (unjudged.length ? '\n' : ''),
  );
}
const at = (s: Sev) => findings.filter((f) => f.severity === s);
const atLeast = (s: Sev) => findings.filter((f) => SEVERITY_ORDER.indexOf(f.severity) <= SEVERITY_ORDER.indexOf(s));
console.log(
  `${setDir.slice(root.length + 1)}: ${sources.length} policies, ${words} words, ${findings.length} findings (${unjudged.length} not judged), ${marked.length} marked phrases${allOn ? '; rules that are off by default reported at information' : ''}`,
);
for (const s of ['warning', 'information', 'hint'] as Sev[])
  console.log(`  precision ${s.padEnd(16)} ${formatRate(precision(at(s), judgments))}   (${((at(s).length / words) * 1000).toFixed(1)} per 1,000 words)`);
console.log(`  precision information or higher ${formatRate(precision(atLeast('information'), judgments))}`);
console.log(`  recall at warning            ${formatRate(recall(marked, findings, 'warning'))}`);
console.log(`  recall at information+       ${formatRate(recall(marked, findings, 'information'))}`);
console.log(`  recall, any finding (hints)  ${formatRate(recall(marked, findings, 'hint'))}`);
if (args.includes('--rules')) {
  const ids = [...new Set(findings.map((f) => f.ruleId))].sort();
  for (const id of ids) {
    const group = findings.filter((f) => f.ruleId === id);
    const bySeverity = SEVERITY_ORDER.map((s) => group.filter((f) => f.severity === s).length).join('/');
    console.log(`    ${id.padEnd(34)} ${String(group.length).padStart(3)} (w/i/h ${bySeverity})  ${formatRate(precision(group, judgments))}`);
  }
}
if (args.includes('--misses')) {
  const found = (m: Marked) => atLeast('information').some((f) => f.file === m.file && f.start < m.end && m.start < f.end);
  for (const m of marked.filter((m) => !found(m))) console.log(`  missed: ${m.file} “${m.text}”`);
}
const showRule = option('--show');
if (showRule) {
  for (const f of findings.filter((x) => x.ruleId === showRule)) {
    const j = judgments.get(keyOf(f));
    console.log(`  ${j?.judgment ?? '??'} ${f.severity} ${f.file} “${f.text}” ${j?.reason ?? ''}`);
  }
}
