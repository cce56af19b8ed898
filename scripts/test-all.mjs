// @ts-check
// `npm test`: every layer in order, each under a time limit, stopping nothing but what it started.
// Prints each layer's output, then one closing line "total: N passed, N failed".
// Layers: type check, bundles, pattern check (super-linear regular expressions), unit tests (mocha, Node), extension-host tests (mocha inside
// code-server), web extension-host tests (mocha in the web worker, @vscode/test-web), browser
// tests (Chromium against the real workbench).
import { spawn } from 'node:child_process';

/** @type {{ name: string, command: string[], minutes: number, counts: boolean }[]} */
const LAYERS = [
  { name: 'types', command: ['npx', 'tsc', '--noEmit', '-p', '.'], minutes: 5, counts: false },
  { name: 'build', command: ['node', 'esbuild.js'], minutes: 3, counts: false },
  { name: 'build-tests', command: ['node', 'esbuild.js', '--tests'], minutes: 3, counts: false },
  // Rejects super-linear regular expressions in src/ (eslint-plugin-regexp's backtracking rules).
  { name: 'patterns', command: ['node', 'scripts/check-patterns.mjs'], minutes: 2, counts: false },
  { name: 'unit', command: ['npx', 'mocha', '--config', '.mocharc.json'], minutes: 10, counts: true },
  // Needs the provisioned code-server for VS Code's own Markdown grammar, which ours is injected into.
  { name: 'grammar', command: ['node', 'scripts/run-grammar-tests.mjs'], minutes: 5, counts: true },
  { name: 'extension-host', command: ['node', 'scripts/run-host-tests.mjs'], minutes: 20, counts: true },
  { name: 'web', command: ['node', 'scripts/run-web-tests.mjs'], minutes: 10, counts: true },
  { name: 'browser', command: ['node', 'scripts/run-e2e.mjs'], minutes: 20, counts: true },
];

/** Runs one layer in its own process group; resolves with its exit code and output. */
function runLayer(/** @type {typeof LAYERS[number]} */ layer) {
  return new Promise((resolve) => {
    const [cmd, ...args] = layer.command;
    const child = spawn(/** @type {string} */ (cmd), args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
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
      resolve({ code: code ?? (signal ? 1 : 0), output });
    });
  });
}

/** Reads mocha's "N passing / N failing" summary (also when it came through the workbench log). */
function countsOf(/** @type {string} */ output) {
  const last = (/** @type {RegExp} */ pattern) => {
    const all = [...output.matchAll(pattern)];
    return all.length > 0 ? Number(all[all.length - 1]?.[1]) : 0;
  };
  return { passed: last(/(\d+) passing/g), failed: last(/(\d+) failing/g), pending: last(/(\d+) pending/g) };
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
    const { code, output } = /** @type {{ code: number, output: string }} */ (await runLayer(layer));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (layer.counts) {
      const counts = countsOf(output);
      passed += counts.passed;
      failed += counts.failed;
      skipped += counts.pending;
      if (code !== 0 && counts.failed === 0) failed += 1; // a crash before any test result counts as a failure
      if (code === 0 && counts.passed === 0) {
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
  process.exit(failures.length === 0 ? 0 : 1);
}

void main();
