// @ts-check
// Runs the browser tests (test/e2e/*.e2e.mjs) with mocha after making sure code-server and
// Chromium are provisioned. Usage: node scripts/run-e2e.mjs
import { spawnSync } from 'node:child_process';
import { provisionOrExit } from './provision.mjs';

provisionOrExit('e2e', 'browser', 'codeServer');
const result = spawnSync('npx', ['mocha', '--no-config', '--timeout', '180000', '--reporter', './scripts/mocha-results-reporter.cjs', 'test/e2e/*.e2e.mjs'], {
  stdio: 'inherit',
  timeout: 18 * 60_000,
});
process.exit(result.status ?? 1);
