// Runs inside VS Code's web-worker extension host (vscode.dev style), started by
// scripts/run-web-tests.mjs through @vscode/test-web. Bundled for the browser with mocha's browser
// build; the test files are imported here because a worker cannot list a folder.
import 'mocha/mocha.js';

declare const mocha: { setup(options: Mocha.MochaOptions): void; run(done: (failures: number) => void): void };

export function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 30_000 });
  require('./webExtension.test');
  require('./features.test');
  require('./directory.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web test(s) failed`)) : resolve()));
  });
}
