// @ts-check
// Machine-readable test results for `npm test` (scripts/test-all.mjs): every test runner appends
// one JSON line per suite, with mocha's own counts, to the file named by RTO_TEST_RESULTS. Without
// that variable (a layer run by hand) nothing is written. CommonJS, so mocha's reporter can
// require it and write synchronously before the process ends.
const { appendFileSync, existsSync, readFileSync } = require('node:fs');

/** @typedef {{ passes: number, failures: number, pending: number }} TestCounts */

/** Appends one suite's counts to the results file, if `npm test` asked for one. */
exports.recordResults = function recordResults(/** @type {string} */ suite, /** @type {TestCounts} */ counts) {
  const file = process.env.RTO_TEST_RESULTS;
  if (!file) return;
  appendFileSync(file, `${JSON.stringify({ suite, passes: counts.passes, failures: counts.failures, pending: counts.pending })}\n`);
};

/** Every suite's counts in a results file, summed; undefined when no suite reported. */
exports.readResults = function readResults(/** @type {string} */ file) {
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  if (lines.length === 0) return undefined;
  const total = { passes: 0, failures: 0, pending: 0, suites: /** @type {string[]} */ ([]) };
  for (const line of lines) {
    const counts = JSON.parse(line);
    total.passes += Number(counts.passes);
    total.failures += Number(counts.failures);
    total.pending += Number(counts.pending);
    total.suites.push(String(counts.suite));
  }
  return total;
};
