// @ts-check
// `npm start`: builds the extension, provisions what is missing, starts a local VS Code
// (code-server on 127.0.0.1) with the extension loaded from this folder and the samples/
// workspace open, and prints the URL. Ctrl+C stops everything it started.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provisionOrExit } from './provision.mjs';
import { startCodeServer } from './codeServer.mjs';
import { root } from './paths.mjs';

const build = spawnSync('node', ['esbuild.js'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
// Serving VS Code needs code-server only; the browser is the user's own.
provisionOrExit('start', 'codeServer');

const scratch = mkdtempSync(join(tmpdir(), 'rto-start-'));
const extensionsDir = join(scratch, 'extensions');
mkdirSync(extensionsDir);
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// A link, so a rebuild (npm run watch) shows after a window reload, without reinstalling.
symlinkSync(root, join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`));

const port = Number(process.env.PORT ?? 8080);
const server = await startCodeServer({ extensionsDir, port, logFile: join(scratch, 'code-server.log') }).catch((error) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)} (is port ${port} in use? set PORT=...)`);
  process.exit(1);
});
const workspace = join(root, 'samples');
console.log(`\nRight to Object is running in VS Code at:\n\n  ${server.url}/?folder=${encodeURIComponent(workspace)}\n\nOpen that URL in a browser. Press Ctrl+C to stop.`);

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\n[start] stopping code-server');
  await server.stop();
  rmSync(scratch, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
setInterval(() => undefined, 1 << 30);
