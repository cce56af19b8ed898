// Runs inside VS Code's web-worker extension host (vscode.dev style), started by
// scripts/run-web-tests.mjs through @vscode/test-web. Bundled for the browser with mocha's browser
// build; the test files are imported here because a worker cannot list a folder.
import 'mocha/mocha.js';
import { resultsLine } from '../../scripts/testResultsLine.mjs';

declare const mocha: { setup(options: Mocha.MochaOptions): void; run(done: (failures: number) => void): Mocha.Runner };

export function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 30_000 });
  // require, not import: the test files must register after mocha.setup, and imports are hoisted.
  /* eslint-disable @typescript-eslint/no-require-imports */
  require('./webExtension.test');
  require('./features.test');
  require('./directory.test');
  require('./policies.test');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // mocha's counts, for the runner's summary (scripts/testResultsLine.mjs).
      console.log(resultsLine(runner.stats ?? { passes: 0, failures, pending: 0 }));
      if (failures > 0) reject(new Error(`${failures} web test(s) failed`));
      else resolve();
    });
  });
}
