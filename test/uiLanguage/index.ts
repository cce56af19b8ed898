// Loaded by the extension host (extensionTestsPath) in a German or French workbench (the runner's
// ui-de and ui-fr suites, scripts/run-host-tests.mjs): runs the *.LANG.test.js files next to this
// file for the display language VS Code runs in, and fails when there are none (an English
// workbench, say, because the stand-in language pack was not picked up).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { resultsLine } from '../../scripts/testResultsLine.mjs';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec', grep: process.env.RTO_TEST_GREP || undefined });
  const language = vscode.env.language.slice(0, 2);
  const files = readdirSync(__dirname)
    .filter((file) => file.endsWith(`.${language}.test.js`))
    .sort();
  if (files.length === 0) return Promise.reject(new Error(`No tests for the display language “${vscode.env.language}” (expected German or French)`));
  for (const name of files) mocha.addFile(join(__dirname, name));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(resultsLine(runner.stats ?? { passes: 0, failures, pending: 0 }));
      if (failures > 0) reject(new Error(`${failures} display-language test(s) failed`));
      else resolve();
    });
  });
}
