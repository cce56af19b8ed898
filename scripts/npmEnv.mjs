// @ts-check
// The environment for an npm run nested inside another npm run (provisioning from `npm test`,
// `npm start`, …). The outer npm exports per-run variables that describe itself, not the user's
// configuration: code-server's postinstall reads the Node version from `npm_config_user_agent`, so an
// inherited "node/v20" makes it refuse to install even with Node 24 first on PATH. Those variables
// are dropped; what a user configured (registry, proxy, cache, CA file, userconfig) is kept.
import { delimiter } from 'node:path';

/** Variables the outer npm sets for its own run; none of them is user configuration. */
const PER_RUN_EXACT = new Set([
  'npm_config_user_agent',
  'npm_config_npm_version',
  'npm_config_local_prefix',
  'npm_config_call',
  'npm_execpath',
  'npm_node_execpath',
  'npm_command',
  'INIT_CWD',
  'NODE',
]);
const PER_RUN_PREFIXES = ['npm_lifecycle_', 'npm_package_'];

/** True for a variable that the outer npm set about its own run. */
export function isPerRunNpmVariable(/** @type {string} */ name) {
  // Environment names are case-insensitive on Windows and npm writes them in lower case there too.
  const lower = name.toLowerCase();
  if (PER_RUN_EXACT.has(name) || [...PER_RUN_EXACT].some((exact) => exact.toLowerCase() === lower)) return true;
  return PER_RUN_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * The environment for a nested npm: the parent's without the outer npm's per-run variables, with
 * `binDir` (if given) first on PATH and `extra` on top.
 * @param {NodeJS.ProcessEnv} parent
 * @param {{ binDir?: string, extra?: NodeJS.ProcessEnv }} [options]
 * @returns {NodeJS.ProcessEnv}
 */
export function nestedNpmEnv(parent, options = {}) {
  /** @type {NodeJS.ProcessEnv} */
  const env = {};
  for (const [name, value] of Object.entries(parent)) {
    if (!isPerRunNpmVariable(name)) env[name] = value;
  }
  if (options.binDir) env.PATH = parent.PATH ? `${options.binDir}${delimiter}${parent.PATH}` : options.binDir;
  return { ...env, ...options.extra };
}
