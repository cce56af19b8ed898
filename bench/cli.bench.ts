// `npm run bench:cli`: the command line as a user runs it, whole process (start-up, reading,
// linting, writing the output), against `node -e 0` (the named baseline: Node's own start-up) on
// the same machine in the same run. Each figure is the median of --runs N runs (default 7), the
// commands interleaved round by round so a busy moment hits them all alike; peak memory is the
// child's maximum resident set size (process.resourceUsage().maxRSS, read by a preloaded hook, in
// separate runs so the hook costs the timings nothing).
// Flags: --runs N, --jobs-corpus N (files in the --jobs corpus; default 2000, 0 skips it), --cli PATH.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildCorpus } from './corpus';

const root = join(__dirname, '..', '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, 'jobs-corpus': { type: 'string', default: '2000' }, cli: { type: 'string' } } });
/** --cli PATH: another build of the command line (e.g. a copy of dist/ from before a change). */
const cli = values.cli ?? join(root, 'dist', 'cli.js');
const RUNS = Math.max(1, Number(values.runs));
const CORPUS_FILES = Math.max(0, Number(values['jobs-corpus']));

const scratch = mkdtempSync(join(tmpdir(), 'rto-bench-cli-'));
const small = join(scratch, 'policy-10k.md');
const large = join(scratch, 'policy-5m.md');
writeFileSync(small, buildCorpus(root, 10 * 1024));
writeFileSync(large, buildCorpus(root, 5 * 1024 * 1024));
// A preloaded hook that reports the process's peak memory to a file when it exits.
const rssHook = join(scratch, 'max-rss.cjs');
writeFileSync(rssHook, "process.on('exit', () => require('fs').writeFileSync(process.env.RTO_MAX_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");

interface Case {
  name: string;
  args: string[];
  /** The target, as a ratio to the baseline, when it sets one. */
  targetRatio?: number;
  targetRssMb?: number;
}

const BASELINE: Case = { name: 'node -e 0', args: ['-e', '0'] };
const CASES: Case[] = [
  { name: 'right-to-object --help', args: [cli, '--help'], targetRatio: 1.3 },
  { name: 'lint --format json, 10 KB policy', args: [cli, 'lint', '--format', 'json', '--fail-on', 'never', small], targetRatio: 1.6 },
  { name: 'lint --format json, 5 MB policy', args: [cli, 'lint', '--format', 'json', '--fail-on', 'never', large], targetRssMb: 120 },
];

function run(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env, cwd: scratch });
  const elapsed = performance.now() - started;
  if (child.status !== 0) throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  return elapsed;
}

function peakRssMb(args: string[]): number {
  const file = join(scratch, 'rss.txt');
  run(['--require', rssHook, ...args], { ...process.env, RTO_MAX_RSS_FILE: file });
  return Number(readFileSync(file, 'utf8')) / 1024;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const all = [BASELINE, ...CASES];
const samples = new Map<Case, number[]>(all.map((c) => [c, []]));
for (const c of all) run(c.args); // warm the file cache
for (let round = 0; round < RUNS; round++) for (const c of all) samples.get(c)!.push(run(c.args));

const outputBytes = spawnSync(process.execPath, CASES[2]!.args, { cwd: scratch, maxBuffer: 1 << 30 }).stdout.length;
console.log(`Machine: ${process.platform} ${process.arch}, ${cpus().length} cores, Node ${process.version}, load average ${loadavg()[0]!.toFixed(2)}`);
console.log(`Whole process, median of ${RUNS} runs (wall clock); 5 MB lint writes ${(outputBytes / 1024 / 1024).toFixed(1)} MiB of JSON\n`);
const base = median(samples.get(BASELINE)!);
const rows: string[][] = [['command', 'median', 'vs node -e 0', 'target', 'peak RSS']];
rows.push([BASELINE.name, `${base.toFixed(1)} ms`, '1.00×', 'baseline', `${median([1, 2, 3].map(() => peakRssMb(BASELINE.args))).toFixed(0)} MB`]);
for (const c of CASES) {
  const time = median(samples.get(c)!);
  const ratio = time / base;
  const rss = median([1, 2, 3].map(() => peakRssMb(c.args)));
  const target = [c.targetRatio ? `≤ ${c.targetRatio}× ${ratio <= c.targetRatio ? 'met' : 'MISSED'}` : '', c.targetRssMb ? `≤ ${c.targetRssMb} MB RSS ${rss <= c.targetRssMb ? 'met' : 'MISSED'}` : '']
    .filter(Boolean)
    .join(', ');
  rows.push([c.name, `${time.toFixed(1)} ms`, `${ratio.toFixed(2)}×`, target || '-', `${rss.toFixed(0)} MB`]);
}
printTable(rows);
writeGoodComparison(median(samples.get(CASES[2]!)!));

if (CORPUS_FILES > 0) corpusRun();
rmSync(scratch, { recursive: true, force: true });

/**
 * The named baseline for the 5 MB lint: write-good's library on the same text, in this
 * process (so without its start-up), against our whole process.
 */
function writeGoodComparison(ourMs: number): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an npm package without types, loaded only here
  const writeGood = require('write-good') as (text: string) => unknown[];
  const text = readFileSync(large, 'utf8');
  writeGood(text.slice(0, 100_000)); // compile its patterns first
  const times = [1, 2, 3].map(() => {
    const started = performance.now();
    writeGood(text);
    return performance.now() - started;
  });
  const theirs = median(times);
  const ratio = theirs / ourMs;
  console.log(
    `\n5 MB policy: write-good 1.0.8's library in-process ${theirs.toFixed(0)} ms (median of 3) vs this whole process ${ourMs.toFixed(0)} ms: ${ratio.toFixed(1)}× faster — target ≥ 12× ${ratio >= 12 ? 'met' : 'MISSED'}`,
  );
}

/** --jobs: the same corpus with --jobs 1 and --jobs 2, throughput ratio and identical output. */
function corpusRun(): void {
  const folder = join(scratch, 'corpus');
  mkdirSync(folder);
  const text = buildCorpus(root, 256 * 1024, 7);
  for (let i = 0; i < CORPUS_FILES; i++) {
    // Each file a different 8-40 KB slice (privacy policies run to tens of KB), so files differ as real ones do.
    const start = (i * 9973) % (text.length - 40 * 1024);
    writeFileSync(join(folder, `policy-${String(i).padStart(5, '0')}.md`), text.slice(start, start + 8 * 1024 + ((i * 1031) % (32 * 1024))));
  }
  const lint = (jobs: number) => [cli, 'lint', '--format', 'jsonl', '--fail-on', 'never', '--jobs', String(jobs), folder];
  const outputs = [1, 2].map((jobs) => spawnSync(process.execPath, lint(jobs), { cwd: scratch, maxBuffer: 1 << 30 }));
  if (outputs.some((o) => o.status !== 0)) {
    console.log(`\n--jobs corpus: skipped (${outputs.map((o) => String(o.stderr).trim()).join(' / ')})`);
    return;
  }
  const identical = outputs[0]!.stdout.equals(outputs[1]!.stdout);
  const runs = Math.max(3, Math.ceil(RUNS / 2));
  const times: Record<number, number[]> = { 1: [], 2: [] };
  for (let round = 0; round < runs; round++) for (const jobs of [1, 2]) times[jobs]!.push(run(lint(jobs)));
  const [one, two] = [median(times[1]!), median(times[2]!)];
  console.log(`\nCorpus of ${CORPUS_FILES} files (${(CORPUS_FILES / 1000).toFixed(0)}k), lint --format jsonl, median of ${runs} runs:`);
  printTable([
    ['jobs', 'median', 'files/s', 'vs --jobs 1', 'target'],
    ['1', `${one.toFixed(0)} ms`, (CORPUS_FILES / (one / 1000)).toFixed(0), '1.00×', 'baseline'],
    [
      '2',
      `${two.toFixed(0)} ms`,
      (CORPUS_FILES / (two / 1000)).toFixed(0),
      `${(one / two).toFixed(2)}×`,
      `≥ 1.7× ${one / two >= 1.7 ? 'met' : 'MISSED'}; output ${identical ? 'identical' : 'DIFFERS'}`,
    ],
  ]);
  if (cpus().length < 2) console.log('(one core: --jobs 2 cannot be faster here)');
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    );
}
