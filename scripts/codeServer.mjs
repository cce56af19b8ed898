// @ts-check
// Starts code-server (a real VS Code) on a free loopback port in its own process group, and stops
// exactly what it started. Shared by the extension-host tests, the browser tests and `npm start`.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, rmSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeServerBin, node24Bin } from './paths.mjs';
import { installStandInLanguagePack } from './languagePack.mjs';

/** User settings that keep the workbench free of prompts and panels unrelated to the extension. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'git.openRepositoryInParentFolders': 'never',
  'git.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
};

/** @returns {Promise<number>} a port that was free a moment ago */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ extensionsDir?: string, smokeTestDriver?: boolean, logFile?: string, port?: number, settings?: Record<string, unknown>, workspaceTrust?: boolean, locale?: 'de' | 'fr' }} [options]
 * `workspaceTrust`: keep VS Code's workspace trust on, so a folder opens untrusted (restricted mode).
 * `locale`: run the workbench in German or French, through a stand-in language pack (languagePack.mjs).
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void>, userDataDir: string }>}
 */
export async function startCodeServer(options = {}) {
  const port = options.port ?? (await freePort());
  const scratch = mkdtempSync(join(tmpdir(), 'rto-code-server-'));
  const config = join(scratch, 'config.yaml');
  writeFileSync(config, '');
  const userDataDir = join(scratch, 'user-data');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2));
  const extensionsDir = options.extensionsDir ?? join(scratch, 'extensions');
  if (options.locale) {
    mkdirSync(extensionsDir, { recursive: true });
    installStandInLanguagePack({ extensionsDir, userDataDir, locale: options.locale });
  }
  const args = [
    codeServerBin,
    '--config',
    config,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
  ];
  // Lets the workbench run extension tests from the URL payload and report their exit code.
  if (options.smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  const log = options.logFile ? openSync(options.logFile, 'a') : 'ignore';
  const child = spawn(node24Bin, args, { detached: true, stdio: ['ignore', log, log] });
  let exited = false;
  child.on('exit', () => (exited = true));

  const stop = async () => {
    if (!exited && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // The group is already gone.
      }
      const deadline = Date.now() + 5000;
      while (!exited && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      if (!exited) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // The group is already gone.
        }
      }
    }
    rmSync(scratch, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) break;
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return { url, port, stop, userDataDir };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`code-server did not start on ${url}${options.logFile ? ` (log: ${options.logFile})` : ''}`);
}
