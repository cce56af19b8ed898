// `npm run bench`: the vague-language linter's speed on a 1 MiB policy-like document, against the
// issue's targets, and against write-good (npm) on the same text as the named baseline.
// Each figure is the median of repeated runs after warm-up, on this machine, in one process.
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import Module from 'node:module';
import { buildCorpus } from './corpus';
import { DEFAULT_LINT_CONFIG } from '../src/core/vague/lintConfig';
import { lintDocument, linterFor } from '../src/core/vague/lintDocument';
import { DocumentLintState } from '../src/core/vague/documentLintState';
import { analyseScope } from '../src/core/markdown/scope';
import { expandPattern } from '../src/core/match/expandPattern';
import { compilePhrases } from '../src/core/match/phraseMatcher';
import { CATALOGUE } from '../src/core/vague/catalogue';

const root = join(__dirname, '..', '..');
const MIB = 1024 * 1024;

function minimum(values: number[]): number {
  return Math.min(...values);
}
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}
/** CPU time of this process per run, in ms, for the same runs as `time` (less disturbed by other processes). */
const cpuSamples: number[][] = [];
function time(runs: number, warmups: number, work: () => void): number[] {
  for (let i = 0; i < warmups; i++) work();
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    work();
    const used = process.cpuUsage(cpuStarted);
    samples.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  cpuSamples.push(cpu);
  return samples;
}
const lastCpuMedian = () => median(cpuSamples[cpuSamples.length - 1]!);
const ms = (value: number) => `${value.toFixed(2)} ms`;
const LANGUAGE_NAMES = { en: 'English', de: 'German', fr: 'French' } as const;

const verdict = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');

const text = buildCorpus(root, MIB);
const bytes = Buffer.byteLength(text, 'utf8');
console.log(`Corpus: ${(bytes / MIB).toFixed(2)} MiB, ${text.split('\n').length} lines (generated from the project's own text, seed 20261129)`);
console.log(`Machine: ${process.platform} ${process.arch}, Node ${process.version}, load average ${require('node:os').loadavg()[0]!.toFixed(2)} (figures are wall-clock: run on an idle machine)\n`);

// Cold: compile the automaton (first lint of a session).
let started = performance.now();
const linter = linterFor(DEFAULT_LINT_CONFIG);
const compileMs = performance.now() - started;
const findings = lintDocument(text, { kind: 'markdown', config: DEFAULT_LINT_CONFIG });
console.log(`Catalogue: ${CATALOGUE.length} rules; automaton compiled in ${ms(compileMs)} (once per session); ${findings.length} findings in the corpus`);

// 1. Full lint including Markdown scoping.
const fullSamples = time(21, 3, () => lintDocument(text, { kind: 'markdown', config: DEFAULT_LINT_CONFIG }));
const full = median(fullSamples);
const fullCpu = lastCpuMedian();
const scopeOnly = median(time(21, 3, () => analyseScope(text, 'prose')));
console.log(
  `Full lint, 1 MiB analysis corpus, with Markdown scoping (the default scope 'auto' lints only its quotes; real policy text per language below): ${ms(full)} median, ${ms(minimum(fullSamples))} best, ${ms(fullCpu)} CPU (scoping alone ${ms(scopeOnly)}) — target ≤ 30 ms: ${verdict(full <= 30)}`,
);

// 2. Phrase matching alone.
const phrases = CATALOGUE.flatMap((rule) => rule.patterns.flatMap(expandPattern));
const matcher = compilePhrases(phrases);
const matchSamples = time(21, 3, () => matcher.findAll(text));
const matchMs = median(matchSamples);
const matchCpu = lastCpuMedian();
const matchRate = bytes / MIB / (matchMs / 1000);
console.log(
  `Phrase matching alone (${phrases.length} phrases, one pass): ${ms(matchMs)} median = ${matchRate.toFixed(0)} MiB/s (best ${(bytes / MIB / (minimum(matchSamples) / 1000)).toFixed(0)} MiB/s, ${(bytes / MIB / (matchCpu / 1000)).toFixed(0)} MiB/s by CPU time) — target ≥ 100 MiB/s: ${verdict(matchRate >= 100)}`,
);

// 3. Incremental update after a one-character edit.
const edits = measureEdits(text);
console.log(
  `After a one-character edit: ${ms(edits.median)} median, ${ms(edits.p95)} p95 (${edits.incremental}/60 incremental, the rest fell back to a full lint near fences/HTML) — target ≤ 3 ms: ${verdict(edits.median <= 3)}`,
);

// 4. Activation: load the Node bundle and call activate() with a stub `vscode` module.
const activationMs = measureActivation();
console.log(`Activation (require dist/extension.js + activate, vscode API stubbed): ${ms(activationMs)} median — target ≤ 25 ms: ${verdict(activationMs <= 25)}`);

// 5. Languages (#14): matching with the German and French catalogues loaded too, and a full lint
// of 1 MiB with language detection, on the English corpus and on a mixed one.
{
  const { planLanguages } = require('../src/core/vague/languagePlan') as typeof import('../src/core/vague/languagePlan');
  const { ruleModule } = require('../src/core/vague/ruleModules') as typeof import('../src/core/vague/ruleModules');
  const { documentLanguage } = require('../src/core/language/assign') as typeof import('../src/core/language/assign');
  const moduleStarted = performance.now();
  const german = ruleModule('de');
  const french = ruleModule('fr');
  linterFor(DEFAULT_LINT_CONFIG, 'de');
  linterFor(DEFAULT_LINT_CONFIG, 'fr');
  const loadMs = performance.now() - moduleStarted;
  const allPhrases = [...CATALOGUE, ...german.CATALOGUE, ...french.CATALOGUE].flatMap((rule) => rule.patterns.flatMap(expandPattern));
  const allMatcher = compilePhrases(allPhrases);
  const allSamples = time(21, 3, () => allMatcher.findAll(text));
  const allRate = bytes / MIB / (median(allSamples) / 1000);
  const allCpuRate = bytes / MIB / (lastCpuMedian() / 1000);
  console.log(
    `\nLanguages: ${german.CATALOGUE.length} German and ${french.CATALOGUE.length} French rules loaded and compiled in ${ms(loadMs)} (on first use). ` +
      `Phrase matching with all three catalogues (${allPhrases.length} phrases, one pass): ${allRate.toFixed(0)} MiB/s median, best ${(bytes / MIB / (minimum(allSamples) / 1000)).toFixed(0)} MiB/s, ${allCpuRate.toFixed(0)} MiB/s by CPU time — target ≥ 100 MiB/s: ${verdict(allRate >= 100)}`,
  );
  // Each language is matched on its own masked copy: a trilingual document is scanned once per language.
  const perLanguage = median(
    time(21, 3, () => {
      for (const language of ['en', 'de', 'fr'] as const) linterFor(DEFAULT_LINT_CONFIG, language).lint(text);
    }),
  );
  console.log(
    `Matching as the linter does, each catalogue on its own pass (en + de + fr, 1 MiB each): ${ms(perLanguage)} median = ${((3 * bytes) / MIB / (perLanguage / 1000)).toFixed(0)} MiB/s (${((3 * bytes) / MIB / (lastCpuMedian() / 1000)).toFixed(0)} MiB/s by CPU time)`,
  );
  const analysis = analyseScope(text, 'prose');
  const detectMs = median(time(21, 3, () => planLanguages(analysis.masked, analysis.units, analysis.containers, documentLanguage(text, 'auto'), 'auto')));
  console.log(`Language detection alone over the corpus's ${analysis.units.length} blocks: ${ms(detectMs)} median, ${ms(lastCpuMedian())} CPU`);
  const englishFull = median(time(21, 3, () => lintDocument(text, { kind: 'markdown', config: DEFAULT_LINT_CONFIG })));
  console.log(
    `Full lint, 1 MiB English analysis corpus, with detection (as in 1.; the default scope lints only its quotes): ${ms(englishFull)} median, ${ms(lastCpuMedian())} CPU — target ≤ 40 ms: ${verdict(englishFull <= 40)}`,
  );
  const mixed = buildMixedCorpus(text);
  const mixedBytes = Buffer.byteLength(mixed, 'utf8');
  const mixedFindings = lintDocument(mixed, { kind: 'markdown', config: DEFAULT_LINT_CONFIG });
  const byLanguage = ['en', 'de', 'fr'].map((language) => `${language} ${mixedFindings.filter((finding) => (finding.language ?? 'en') === language).length}`).join(', ');
  const mixedFull = median(time(21, 3, () => lintDocument(mixed, { kind: 'markdown', config: DEFAULT_LINT_CONFIG })));
  console.log(
    `Full lint, ${(mixedBytes / MIB).toFixed(2)} MiB mixed (English corpus with every fourth block a quoted German or French paragraph from bench/language/eval), with detection: ${ms(mixedFull)} median, ${ms(lastCpuMedian())} CPU (findings: ${byLanguage}) — target ≤ 40 ms: ${verdict(mixedFull <= 40)}`,
  );

  // The two speed targets for each catalogue on a document in its own language, with all three
  // catalogues loaded (they are, above): its phrases matched in one pass, and a full lint of 1 MiB with
  // detection and the context analysis in that language.
  // English too on real policy text: the generated corpus above is an analysis with quotes, which
  // the default scope ('auto') lints in 'quotes' scope only, so its figure is not comparable.
  const targets: string[] = [];
  for (const [language, module] of [
    ['en', { CATALOGUE }],
    ['de', german],
    ['fr', french],
  ] as const) {
    const corpus = buildLanguageCorpus(language, bytes);
    const corpusBytes = Buffer.byteLength(corpus, 'utf8');
    const ownPhrases = module.CATALOGUE.flatMap((rule) => rule.patterns.flatMap(expandPattern));
    const ownMatcher = compilePhrases(ownPhrases);
    const ownRate = corpusBytes / MIB / (median(time(21, 3, () => ownMatcher.findAll(corpus))) / 1000);
    const ownCpuRate = corpusBytes / MIB / (lastCpuMedian() / 1000);
    const ownFindings = lintDocument(corpus, { kind: 'markdown', config: DEFAULT_LINT_CONFIG });
    const inLanguage = ownFindings.filter((finding) => finding.language === language).length;
    const ownFull = median(time(21, 3, () => lintDocument(corpus, { kind: 'markdown', config: DEFAULT_LINT_CONFIG })));
    console.log(
      `${LANGUAGE_NAMES[language]} text, ${(corpusBytes / MIB).toFixed(2)} MiB (the ${language} policies of bench/language/eval and bench/quality/${language}, repeated): ` +
        `its ${ownPhrases.length} phrases matched at ${ownRate.toFixed(0)} MiB/s median (${ownCpuRate.toFixed(0)} MiB/s by CPU time) — target ≥ 100 MiB/s: ${verdict(ownRate >= 100)}; ` +
        `full lint with detection and context: ${ms(ownFull)} median, ${ms(lastCpuMedian())} CPU (${ownFindings.length} findings, ${inLanguage} in ${language}) — target ≤ 40 ms: ${verdict(ownFull <= 40)}`,
    );
    // The same one-letter edits as in 3., on real policy text (converted policies: headings and tables touching their text).
    const realEdits = measureEdits(corpus);
    console.log(
      `  one-character edits in it: ${ms(realEdits.median)} median, ${ms(realEdits.p95)} p95 (${realEdits.incremental}/60 incremental) — target ≤ 3 ms median: ${verdict(realEdits.median <= 3)}`,
    );
    targets.push(
      `  ${language}  matching ${ownRate.toFixed(0)} MiB/s (${verdict(ownRate >= 100)}); full lint 1 MiB ${ms(ownFull)} median (${verdict(ownFull <= 40)}); edits ${ms(realEdits.median)} median, ${ms(realEdits.p95)} p95 (${realEdits.incremental}/60 incremental)`,
    );
  }
  console.log(`\nSpeed targets per catalogue (all three loaded; matching ≥ 100 MiB/s, full lint of 1 MiB ≤ 40 ms median):\n${targets.join('\n')}`);
}

/**
 * 60 one-letter edits at random places in prose (a fixed seed), each brought up to date by a
 * DocumentLintState as the editor does; the first 10 warm up.
 */
function measureEdits(document: string): { median: number; p95: number; incremental: number } {
  const state = new DocumentLintState(document, 'markdown', DEFAULT_LINT_CONFIG);
  let current = document;
  const editTimes: number[] = [];
  let incremental = 0;
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 60; i++) {
    // Type one letter at a random place in prose (inside a paragraph).
    let at = Math.floor(random() * current.length);
    while (!/[a-z]/.test(current[at] ?? '')) at = (at + 1) % current.length;
    const next = `${current.slice(0, at)}x${current.slice(at)}`;
    // The editor hands over a flat string (document.getText()); flatten V8's concatenation first.
    next.indexOf('\u0001');
    const begin = performance.now();
    state.update(next, { start: at, unchangedSuffix: current.length - at });
    editTimes.push(performance.now() - begin);
    if (state.lastUpdate === 'incremental') incremental++;
    current = next;
  }
  return { median: median(editTimes.slice(10)), p95: percentile(editTimes.slice(10), 0.95), incremental };
}

/**
 * About `size` bytes of real text in one language: the policies of bench/language/eval and of the
 * language's quality set (front matter removed), repeated block by block.
 */
function buildLanguageCorpus(language: 'en' | 'de' | 'fr', size: number): string {
  const { readdirSync, readFileSync } = require('node:fs') as typeof import('node:fs');
  const { findFrontMatter } = require('../src/core/text/frontMatter') as typeof import('../src/core/text/frontMatter');
  const evalDir = join(root, 'bench', 'language', 'eval');
  const policyDir = join(root, 'bench', 'quality', language, 'policies');
  const files = [
    ...readdirSync(evalDir)
      .filter((name) => name.startsWith(`${language}-`) && name.endsWith('.md'))
      .map((name) => join(evalDir, name)),
    ...readdirSync(policyDir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => join(policyDir, name)),
  ];
  const blocks = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return text
      .slice(findFrontMatter(text)?.end ?? 0)
      .split(/\n\s*\n/)
      .filter((block) => block.trim() !== '');
  });
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const block = blocks[i % blocks.length]!;
    out.push(block);
    length += Buffer.byteLength(block, 'utf8') + 2;
  }
  return out.join('\n\n');
}

/** The English corpus with every fourth block replaced by a German or French paragraph (real text, bench/language/eval). */
function buildMixedCorpus(english: string): string {
  const { readFileSync } = require('node:fs') as typeof import('node:fs');
  const paragraphs = (file: string) =>
    readFileSync(join(root, 'bench', 'language', 'eval', file), 'utf8')
      .split(/\n\s*\n/)
      .filter((block) => /^[A-ZÀ-Ü]/.test(block) && block.split(/\s+/).length >= 20);
  const other = [...paragraphs('de-letsencrypt.md'), ...paragraphs('fr-letsencrypt.md'), ...paragraphs('de-mozilla-websites.md'), ...paragraphs('fr-mozilla-websites.md')];
  const blocks = english.split('\n\n');
  for (let i = 3, next = 0; i < blocks.length; i += 4, next++) blocks[i] = other[next % other.length]!.replace(/^/gm, '> ');
  return blocks.join('\n\n').slice(0, english.length);
}

// 6. Baseline: write-good on the same text.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const writeGood = require('write-good') as (text: string) => unknown[];
const wgMs = median(time(3, 1, () => writeGood(text)));
const wgRate = bytes / MIB / (wgMs / 1000);
console.log(`\nBaseline write-good 1.0.8 on the same text: ${ms(wgMs)} = ${wgRate.toFixed(2)} MiB/s`);
console.log(`Ratio, phrase matching vs write-good: ${(matchRate / wgRate).toFixed(0)}×`);
console.log(`Ratio, full lint (scoping + matching + filters) vs write-good: ${(wgMs / full).toFixed(0)}×`);
void linter;

function measureActivation(): number {
  const bundle = join(root, 'dist', 'extension.js');
  const stub = deepStub();
  const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
  (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load = (request, ...rest) => (request === 'vscode' ? stub : load(request, ...rest));
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    delete require.cache[require.resolve(bundle)];
    const begin = performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const extension = require(bundle) as { activate: (context: unknown) => unknown };
    extension.activate({ subscriptions: [], workspaceState: stub, globalState: stub, extensionUri: stub, extensionPath: root });
    samples.push(performance.now() - begin);
  }
  (Module as unknown as { _load: unknown })._load = load;
  return median(samples.slice(1));
}

/**
 * The vscode API's top-level names (namespaces, classes, enums, functions, constants), read from its
 * type declarations: the bundle copies them from the module once (esbuild.js, vscodeOncePlugin), so
 * the stub must list them as its own.
 */
function vscodeApiNames(): string[] {
  const { readFileSync } = require('node:fs') as typeof import('node:fs');
  const declarations = readFileSync(join(root, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  return [...declarations.matchAll(/^\texport (?:namespace|class|enum|function|const|let) (\w+)/gm)].map((match) => match[1]!);
}

/** A stand-in for the whole vscode API: every property, call and construction returns another stub. */
function deepStub(): unknown {
  const apiNames = vscodeApiNames();
  const handler: ProxyHandler<() => void> = {
    get: (_target, property) => (property === Symbol.iterator ? function* () {} : property === 'then' ? undefined : property === Symbol.toPrimitive ? () => 0 : stub),
    apply: () => stub,
    construct: () => stub,
    // esbuild's ESM interop copies the module onto an object whose prototype is the module.
    getPrototypeOf: () => stub as object,
    ownKeys: (target) => [...new Set([...Reflect.ownKeys(target), ...apiNames])],
    getOwnPropertyDescriptor: (target, property) => Reflect.getOwnPropertyDescriptor(target, property) ?? { configurable: true, enumerable: true, writable: true, value: stub },
    set: () => true,
    defineProperty: () => true,
  };
  const stub: unknown = new Proxy(function () {}, handler);
  return stub;
}
