// Loaded by the extension host (extensionTestsPath): runs every *.test.js next to this file.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { resultsLine } from '../../scripts/testResultsLine.mjs';

export function run(): Promise<void> {
  // RTO_TEST_GREP (inherited from code-server's environment) runs a subset while developing.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec', grep: process.env.RTO_TEST_GREP || undefined });
  for (const name of readdirSync(__dirname)
    .filter((file) => file.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(join(__dirname, name));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // mocha's counts, for the runner's summary (scripts/testResultsLine.mjs).
      console.log(resultsLine(runner.stats ?? { passes: 0, failures, pending: 0 }));
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
