// `npm run bench:directory`: the company directory's shipped size, how long it takes to load, and
// how fast a search over all records is. 50 queries derived from the data (exact names, domains,
// name starts, typos, words without diacritics, some that match nothing); each figure is from one
// process on this machine, after one warm-up round unless it says "first".
import { performance } from 'node:perf_hooks';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type * as DirectoryCore from '../src/core/directory/index';
import type { Company } from '../src/core/directory/index';

const root = join(__dirname, '..', '..');
const DATA_FILES = ['companies.json', 'authorities.json', 'meta.json'];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}
const ms = (value: number) => `${value.toFixed(2)} ms`;

/** A query for the i-th sampled company, cycling through the kinds of query people type. */
function queryFor(company: Company, i: number): { text: string; kind: string } {
  const name = company.name;
  const firstWord = name.split(/\s+/)[0] ?? name;
  switch (i % 6) {
    case 0:
      return { text: name, kind: 'exact name' };
    case 1:
      return { text: company.domains?.[0] ?? name, kind: company.domains ? 'domain' : 'exact name' };
    case 2:
      return { text: name.slice(0, 4), kind: 'name start' };
    case 3: {
      const swap = firstWord.length > 4 ? `${firstWord.slice(0, 2)}${firstWord[3]}${firstWord[2]}${firstWord.slice(4)}` : `${firstWord}x`;
      return { text: name.replace(firstWord, swap), kind: 'typo' };
    }
    case 4:
      return { text: name.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase(), kind: 'no diacritics' };
    default:
      return { text: `zq${i}xv`, kind: 'no match' };
  }
}

const bytes = DATA_FILES.map((file) => statSync(join(root, 'src', 'core', 'directory', 'data', file)).size);
console.log(`Shipped data: ${bytes.reduce((a, b) => a + b, 0)} bytes (${DATA_FILES.map((f, i) => `${f} ${bytes[i]}`).join(', ')})`);

/** Wall-clock and CPU milliseconds of one call: CPU time shows the work when the machine is busy. */
function timed<T>(work: () => T): { value: T; wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = work();
  const used = process.cpuUsage(cpu);
  return { value, wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}
const both = (t: { wall: number; cpu: number }) => `${ms(t.wall)} (CPU ${ms(t.cpu)})`;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const init = timed(() => require('../src/core/directory/index') as typeof DirectoryCore);
const decode = timed(() => init.value.loadDirectory());
const directory = decode.value;
const index = timed(() => directory.searchCompanies('', 1));
console.log(
  `Load and parse: ${both({ wall: init.wall + decode.wall, cpu: init.cpu + decode.cpu })} = module with JSON ${both(init)} + decode ${both(decode)}; ` +
    `search index, built on the first search: ${both(index)}; ${directory.companies.length} companies, ${directory.authorities.length} authorities`,
);

const step = Math.floor(directory.companies.length / 50);
const queries = Array.from({ length: 50 }, (_, i) => ({ company: directory.companies[i * step] as Company, ...queryFor(directory.companies[i * step] as Company, i) }));

function round(): number[] {
  return queries.map(({ text }) => {
    const t = performance.now();
    directory.searchCompanies(text, 10);
    return performance.now() - t;
  });
}
const first = round();
const warm: number[] = [];
for (let i = 0; i < 5; i += 1) warm.push(...round());
console.log(
  `Search over all records, 50 queries, limit 10: median ${ms(percentile(warm, 0.5))}, p95 ${ms(percentile(warm, 0.95))} (first round: median ${ms(percentile(first, 0.5))}, p95 ${ms(percentile(first, 0.95))})`,
);

const exact = queries.filter((q) => q.kind === 'exact name' || q.kind === 'domain');
const top = exact.filter((q) => directory.searchCompanies(q.text, 10).some((m, rank) => rank === 0 && (m.company.slug === q.company.slug || m.score === 0)));
const typos = queries.filter((q) => q.kind === 'typo' || q.kind === 'no diacritics');
const found = typos.filter((q) => directory.searchCompanies(q.text, 10).some((m) => m.company.slug === q.company.slug));
console.log(`Ranking check: exact name/domain first (or tied exact) ${top.length}/${exact.length}; typo/no-diacritics in top 10 ${found.length}/${typos.length}`);
