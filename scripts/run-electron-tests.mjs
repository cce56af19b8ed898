// @ts-check
// The same extension-host suite as scripts/run-host-tests.mjs, launched by @vscode/test-electron
// in a desktop VS Code. For machines that can download VS Code (it fetches a build into
// .vscode-test/); the offline CI machines use code-server instead. Usage: npm run test:electron
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { root } from './paths.mjs';

const workspace = mkdtempSync(join(tmpdir(), 'rto-electron-workspace-'));
cpSync(join(root, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'integration', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(`[electron-tests] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
