// @ts-check
// The one line a mocha run inside an editor (extension host, web worker) prints at its end: mocha's
// own counts as JSON behind a fixed prefix, so the runners read numbers, not the reporter's text.
// No Node imports: the web-worker test bundle imports this too.

const PREFIX = '[rto-test-results] ';

/** @typedef {{ passes: number, failures: number, pending: number }} TestCounts */

/** The line for mocha's run statistics. */
export function resultsLine(/** @type {TestCounts} */ stats) {
  return `${PREFIX}${JSON.stringify({ passes: stats.passes, failures: stats.failures, pending: stats.pending })}`;
}

/** The counts in a results line; undefined for any other line. */
export function parseResultsLine(/** @type {string} */ line) {
  if (!line.startsWith(PREFIX)) return undefined;
  const value = JSON.parse(line.slice(PREFIX.length));
  return /** @type {TestCounts} */ ({ passes: Number(value.passes), failures: Number(value.failures), pending: Number(value.pending) });
}
