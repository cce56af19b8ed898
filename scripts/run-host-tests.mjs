// @ts-check
// Runs the mocha suite in out/test/integration inside a real VS Code extension host (code-server),
// driven by headless Chromium. The workbench reports the suite's exit code through the
// smoke-test driver (window.codeAutomationExit). Usage: node scripts/run-host-tests.mjs
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { format } from 'node:util';
import { join } from 'node:path';
import { provisionOrExit } from './provision.mjs';
import { parseResultsLine } from './testResultsLine.mjs';
import { recordResults } from './testResults.cjs';
import { startCodeServer } from './codeServer.mjs';
import { launchBrowser } from './browser.mjs';
import { artifactsDir, root } from './paths.mjs';

const SUITE_TIMEOUT_MS = 6 * 60_000;

/**
 * The suites: test/integration in a trusted workspace (the usual case), test/untrusted in a folder
 * VS Code opens in restricted mode (workspace trust on, never prompted), and test/uiLanguage in a
 * German and in a French workbench (a stand-in language pack, scripts/languagePack.mjs).
 * @type {{ name: string, tests?: string, fixture: string, trust: boolean, settings: Record<string, unknown>, locale?: 'de' | 'fr' }[]}
 */
const SUITES = [
  { name: 'integration', fixture: 'workspace', trust: false, settings: {} },
  {
    name: 'untrusted',
    fixture: 'untrusted-workspace',
    trust: true,
    settings: { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.emptyWindow': false },
  },
  { name: 'ui-de', tests: 'uiLanguage', fixture: 'workspace', trust: false, settings: {}, locale: 'de' },
  { name: 'ui-fr', tests: 'uiLanguage', fixture: 'workspace', trust: false, settings: {}, locale: 'fr' },
];

async function main() {
  provisionOrExit('extension-host', 'browser', 'codeServer');
  mkdirSync(artifactsDir, { recursive: true });
  let failed = 0;
  for (const suite of SUITES) {
    if (process.env.RTO_HOST_SUITE && process.env.RTO_HOST_SUITE !== suite.name) continue;
    console.log(`\n[host-tests] suite ${suite.name}${suite.trust ? ' (untrusted workspace)' : ''}${suite.locale ? ` (display language ${suite.locale})` : ''}`);
    if ((await runSuite(suite)) !== 0) failed++;
  }
  return failed === 0 ? 0 : 1;
}

/** @param {typeof SUITES[number]} suite */
async function runSuite(suite) {
  // Tests edit documents: give them a copy of the fixture workspace, never the repository's.
  const workspace = mkdtempSync(join(tmpdir(), 'rto-host-workspace-'));
  cpSync(join(root, 'test', 'fixtures', suite.fixture), workspace, { recursive: true });

  // The web workbench saves edited files after a second by default (files.autoSave: afterDelay);
  // tests edit fixture documents and revert them, so a save would leak one test's edits into the next.
  const server = await startCodeServer({
    smokeTestDriver: true,
    logFile: join(artifactsDir, `code-server-host-tests-${suite.name}.log`),
    settings: { 'files.autoSave': 'off', ...suite.settings },
    workspaceTrust: suite.trust,
    locale: suite.locale,
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const exitCode = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (/** @type {number} */ code) => resolve(code));
    });
    const workbenchLog = createWriteStream(join(artifactsDir, `host-tests-workbench-${suite.name}.log`));
    await page.exposeFunction('codeAutomationLog', (/** @type {string} */ type, /** @type {unknown[]} */ args) => {
      const line = format(...args);
      workbenchLog.write(`${type} ${line}\n`);
      const counts = parseResultsLine(line);
      if (counts) recordResults(`extension-host ${suite.name}`, counts);
      // The workbench's own chatter ("[AgentHost] ...") goes to the log file only; mocha's lines are shown.
      if (!/^\[[A-Za-z ]+\]|ENOTFOUND|^\s+at /.test(line)) console.log(line);
    });
    const remote = (/** @type {string} */ path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(root)],
      ['extensionTestsPath', remote(join(root, 'out', 'test', suite.tests ?? suite.name, 'index.js'))],
    ];
    const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), SUITE_TIMEOUT_MS));
    const result = await Promise.race([exitCode, timeout]);
    if (result === 'timeout') {
      await page.screenshot({ path: join(artifactsDir, `host-tests-timeout-${suite.name}.png`) }).catch(() => undefined);
      console.error(`[host-tests] no result after ${SUITE_TIMEOUT_MS / 1000} s; screenshot in test-artifacts/`);
      return 1;
    }
    return Number(result);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[host-tests] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
