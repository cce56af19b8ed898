// @ts-check
// Mocha's spec reporter, plus the run's counts (mocha's own statistics) recorded for `npm test`
// (scripts/testResults.cjs), so its summary adds up numbers instead of matching text. Used by the
// unit layer (.mocharc.json) and the browser layer (scripts/run-e2e.mjs).
const Mocha = require('mocha');
const { recordResults } = require('./testResults.cjs');

class ResultsReporter extends Mocha.reporters.Spec {
  /** @param {Mocha.Runner} runner @param {Mocha.MochaOptions} options */
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      recordResults(process.env.RTO_TEST_SUITE ?? 'mocha', stats);
    });
  }
}

module.exports = ResultsReporter;
