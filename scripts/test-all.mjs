// @ts-check
// `npm test`: every layer in order, each under a time limit, stopping nothing but what it started.
// Prints each layer's output, then one closing line "total: N passed, N failed".
// Layers: type check, bundles, lint (ESLint, folder boundaries), format check (Prettier), pattern check (super-linear regular expressions), unit tests with coverage (mocha under c8, Node), extension-host tests (mocha inside
// code-server), web extension-host tests (mocha in the web worker, @vscode/test-web), browser
// tests (Chromium against the real workbench).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import testResults from './testResults.cjs';

const { readResults } = testResults;
/** Where each counting layer's runner records mocha's counts (scripts/testResults.cjs). */
const resultsDir = mkdtempSync(join(tmpdir(), 'rto-test-results-'));

/** @type {{ name: string, command: string[], minutes: number, counts: boolean }[]} */
const LAYERS = [
  { name: 'types', command: ['npx', 'tsc', '--noEmit', '-p', '.'], minutes: 5, counts: false },
  { name: 'build', command: ['node', 'esbuild.js'], minutes: 3, counts: false },
  { name: 'build-tests', command: ['node', 'esbuild.js', '--tests'], minutes: 3, counts: false },
  // typescript-eslint (type-aware) and the folder boundaries of src/ (eslint.config.mjs); errors
  // only here, `npm run lint` also lists the warnings.
  { name: 'lint', command: ['npx', 'eslint', '--quiet', 'src', 'test'], minutes: 5, counts: false },
  // Prettier's format check (.prettierrc.json); `npm run format` fixes what it reports.
  { name: 'format', command: ['npm', 'run', '-s', 'format:check'], minutes: 2, counts: false },
  // Rejects super-linear regular expressions in src/ (eslint-plugin-regexp's backtracking rules).
  { name: 'patterns', command: ['node', 'scripts/check-patterns.mjs'], minutes: 2, counts: false },
  // Mocha under c8, then the coverage floors of src/core (scripts/coverage-floor.mjs): one run, and a
  // floor not reached fails the layer like a failing test.
  { name: 'unit', command: ['node', 'scripts/run-unit-tests.mjs'], minutes: 10, counts: true },
  // Needs the provisioned code-server for VS Code's own Markdown grammar, which ours is injected into.
  { name: 'grammar', command: ['node', 'scripts/run-grammar-tests.mjs'], minutes: 5, counts: true },
  { name: 'extension-host', command: ['node', 'scripts/run-host-tests.mjs'], minutes: 20, counts: true },
  { name: 'web', command: ['node', 'scripts/run-web-tests.mjs'], minutes: 10, counts: true },
  { name: 'browser', command: ['node', 'scripts/run-e2e.mjs'], minutes: 20, counts: true },
];

/** Runs one layer in its own process group, showing its output; resolves with its exit code. */
function runLayer(/** @type {typeof LAYERS[number]} */ layer, /** @type {string} */ resultsFile) {
  return new Promise((resolve) => {
    const [cmd, ...args] = layer.command;
    const env = { ...process.env, RTO_TEST_RESULTS: resultsFile, RTO_TEST_SUITE: layer.name };
    const child = spawn(/** @type {string} */ (cmd), args, { detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => process.stdout.write(chunk));
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    const timer = setTimeout(() => {
      console.error(`[test] ${layer.name}: over ${layer.minutes} min, stopping it`);
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, layer.minutes * 60_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 1 : 0) });
    });
  });
}

async function main() {
  const only = process.argv.slice(2);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const failures = [];
  for (const layer of LAYERS) {
    if (only.length > 0 && !only.includes(layer.name)) continue;
    console.log(`\n[test] ── ${layer.name} ──`);
    const started = Date.now();
    const resultsFile = join(resultsDir, `${layer.name}.jsonl`);
    const { code } = /** @type {{ code: number }} */ (await runLayer(layer, resultsFile));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (layer.counts) {
      const counts = readResults(resultsFile) ?? { passes: 0, failures: 0, pending: 0 };
      passed += counts.passes;
      failed += counts.failures;
      skipped += counts.pending;
      if (code !== 0 && counts.failures === 0) failed += 1; // a crash before any test result counts as a failure
      if (code === 0 && counts.passes === 0) {
        failed += 1;
        failures.push(`${layer.name} (ran no test)`);
        continue;
      }
    } else if (code !== 0) {
      failed += 1;
    }
    console.log(`[test] ${layer.name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${seconds} s`);
    if (code !== 0) failures.push(layer.name);
  }
  console.log(`\n[test] ${failures.length === 0 ? 'all layers passed' : `failed: ${failures.join(', ')}`}`);
  console.log(`total: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  rmSync(resultsDir, { recursive: true, force: true });
  process.exit(failures.length === 0 ? 0 : 1);
}

void main();
