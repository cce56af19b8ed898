// `npm run bench:quality:per-policy`: the judged findings and found marks of each policy of a set,
// so that a change can be checked leave-one-policy-out style (does it help many policies, or one
// or two?). `--save FILE` writes this run's per-policy figures; `--against FILE` prints each
// policy's change from a saved run. Findings are scored as the editor shows them (repeats as hints).
//   --set NAME   en (default), de or fr. Never held out: do not tune on the held-out set.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LINT_CONFIG } from '../../src/core/vague/lintConfig';
import { lintDocument } from '../../src/core/vague/lintDocument';
import { asShownInEditor } from '../../src/core/vague/context/asShown';
import { keyOf, type Judgment, type Marked } from './score';
import { applyAdjudications, countsForRecall, type Adjudication } from './adjudication';

const root = join(__dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const setName = option('--set') ?? 'en';
if (setName === 'heldout' || setName === 'fr-heldout') {
  console.error('The held-out sets are not looked at per policy: run bench:quality:heldout for their summary.');
  process.exit(2);
}
const setDir = join(root, 'bench', 'quality', setName);
const readJsonl = <T>(file: string): T[] =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as T)
    : [];
const jsonlIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.jsonl')) : []).map((name) => join(dir, name));
const sources = (JSON.parse(readFileSync(join(setDir, 'sources.json'), 'utf8')) as { file: string | null }[]).filter((source): source is { file: string } => typeof source.file === 'string');
const rawMarked = jsonlIn(join(setDir, 'marked')).flatMap((file) => readJsonl<Marked>(file));
const rawJudgments = new Map(
  jsonlIn(join(setDir, 'judgments'))
    .flatMap((file) => readJsonl<Judgment>(file))
    .map((judgment) => [keyOf(judgment), judgment]),
);
const settled = applyAdjudications(rawMarked, rawJudgments, readJsonl<Adjudication>(join(setDir, 'adjudicated.jsonl')));

/** Per policy: judged TP and not-TP shown at warning and at information, unjudged shown, marks found at information+ and warning. */
interface PolicyFigures {
  warnTP: number;
  warnFP: number;
  infoTP: number;
  infoFP: number;
  unjudged: number;
  marks: number;
  foundInfo: number;
  foundWarn: number;
}
const FIELDS: (keyof PolicyFigures)[] = ['warnTP', 'warnFP', 'infoTP', 'infoFP', 'unjudged', 'foundInfo', 'foundWarn'];

const figures: Record<string, PolicyFigures> = {};
for (const { file } of sources) {
  const text = readFileSync(join(setDir, file), 'utf8');
  const shown = asShownInEditor(lintDocument(text, { kind: 'markdown', config: DEFAULT_LINT_CONFIG }), DEFAULT_LINT_CONFIG.showLowered).filter(
    (f) => f.severity === 'warning' || f.severity === 'information',
  );
  const row: PolicyFigures = { warnTP: 0, warnFP: 0, infoTP: 0, infoFP: 0, unjudged: 0, marks: 0, foundInfo: 0, foundWarn: 0 };
  for (const f of shown) {
    const judgment = settled.judgments.get(keyOf({ file, start: f.start, end: f.end }));
    if (!judgment) row.unjudged++;
    else if (f.severity === 'warning') judgment.judgment === 'TP' ? row.warnTP++ : row.warnFP++;
    else judgment.judgment === 'TP' ? row.infoTP++ : row.infoFP++;
  }
  for (const mark of settled.marked.filter((m) => m.file === file)) {
    row.marks++;
    const over = countsForRecall(
      shown.map((f) => ({ ...f, file })),
      settled.judgments,
    ).filter((f) => f.start < mark.end && mark.start < f.end);
    if (over.length > 0) row.foundInfo++;
    if (over.some((f) => f.severity === 'warning')) row.foundWarn++;
  }
  figures[file.replace(/^policies\//, '').replace(/\.md$/, '')] = row;
}

const against = option('--against');
const before = against ? (JSON.parse(readFileSync(against, 'utf8')) as Record<string, PolicyFigures>) : undefined;
const cell = (now: number, was: number | undefined) => (was === undefined || was === now ? String(now) : `${now}(${now - was > 0 ? '+' : ''}${now - was})`);
console.log(`${'policy'.padEnd(30)} ${FIELDS.map((field) => field.padStart(11)).join(' ')}   marks`);
for (const [policy, row] of Object.entries(figures)) {
  const was = before?.[policy];
  console.log(`${policy.padEnd(30)} ${FIELDS.map((field) => cell(row[field], was?.[field]).padStart(11)).join(' ')}   ${row.marks}`);
}
if (before) {
  const changed = Object.entries(figures).filter(([policy, row]) => FIELDS.some((field) => before[policy]?.[field] !== row[field]));
  console.log(`\nPolicies changed: ${changed.length} of ${Object.keys(figures).length}`);
}
const save = option('--save');
if (save) writeFileSync(save, JSON.stringify(figures, null, 1) + '\n');
