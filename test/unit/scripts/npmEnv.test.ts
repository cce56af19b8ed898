import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPerRunNpmVariable, nestedNpmEnv } from '../../../scripts/npmEnv.mjs';

const root = join(__dirname, '..', '..', '..', '..');

/** The environment npm 11 hands a script, as seen under `npm test` on Node 20 (abridged). */
const OUTER_NPM_ENV: NodeJS.ProcessEnv = {
  PATH: '/usr/local/bin:/usr/bin:/bin',
  HOME: '/root',
  NODE: '/usr/bin/node',
  INIT_CWD: '/work/project',
  npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
  npm_config_npm_version: '11.19.1',
  npm_config_local_prefix: '/work/project',
  npm_config_registry: 'https://registry.example.test/',
  npm_config_https_proxy: 'http://proxy.example.test:3128',
  npm_config_cache: '/root/.npm',
  npm_config_cafile: '/etc/ssl/certs/ca-certificates.crt',
  npm_lifecycle_event: 'test',
  npm_lifecycle_script: 'node scripts/test-all.mjs',
  npm_package_name: 'right-to-object',
  npm_package_json: '/work/project/package.json',
  npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
  npm_node_execpath: '/usr/bin/node',
  npm_command: 'test',
};

describe('the environment of a nested npm (provisioning from inside npm test / npm start)', () => {
  it('drops the outer npm run’s own variables, above all the user agent naming Node 20', () => {
    const env = nestedNpmEnv(OUTER_NPM_ENV);
    for (const name of [
      'npm_config_user_agent',
      'npm_config_npm_version',
      'npm_config_local_prefix',
      'npm_lifecycle_event',
      'npm_lifecycle_script',
      'npm_package_name',
      'npm_package_json',
      'npm_execpath',
      'npm_node_execpath',
      'npm_command',
      'INIT_CWD',
      'NODE',
    ]) {
      assert.equal(Object.hasOwn(env, name), false, `${name} must not reach the nested npm`);
    }
  });

  it('keeps what the user configured: registry, proxy, cache, CA file, HOME', () => {
    const env = nestedNpmEnv(OUTER_NPM_ENV);
    assert.equal(env.npm_config_registry, 'https://registry.example.test/');
    assert.equal(env.npm_config_https_proxy, 'http://proxy.example.test:3128');
    assert.equal(env.npm_config_cache, '/root/.npm');
    assert.equal(env.npm_config_cafile, '/etc/ssl/certs/ca-certificates.crt');
    assert.equal(env.HOME, '/root');
  });

  it('puts the given bin folder first on PATH and applies extra variables last', () => {
    const env = nestedNpmEnv(OUTER_NPM_ENV, { binDir: '/opt/node24/bin', extra: { npm_config_nodedir: '/opt/node24' } });
    assert.equal(env.PATH, '/opt/node24/bin:/usr/local/bin:/usr/bin:/bin');
    assert.equal(env.npm_config_nodedir, '/opt/node24');
  });

  it('recognises per-run variables whatever their case (npm writes them lower-case on Windows)', () => {
    assert.equal(isPerRunNpmVariable('NPM_LIFECYCLE_EVENT'), true);
    assert.equal(isPerRunNpmVariable('Npm_Config_User_Agent'), true);
    assert.equal(isPerRunNpmVariable('npm_config_registry'), false);
  });

  it('a real npm started with it reports its own user agent, not the inherited one', function () {
    this.timeout(30_000);
    const inherited = { ...process.env, ...OUTER_NPM_ENV, PATH: process.env.PATH, npm_config_user_agent: 'npm/0.0.0 node/v20.0.0 inherited' };
    const ask = (env: NodeJS.ProcessEnv) => spawnSync('npm', ['config', 'get', 'user-agent'], { env, encoding: 'utf8', cwd: root }).stdout.trim();
    // Without the cleaning, npm takes the outer run's user agent as configuration: the bug.
    assert.match(ask(inherited), /inherited/);
    const cleaned = ask(nestedNpmEnv(inherited));
    assert.doesNotMatch(cleaned, /inherited/);
    assert.match(cleaned, /node\//);
  });

  it('is what every nested npm in provisioning is started with', () => {
    const source = readFileSync(join(root, 'scripts', 'provision.mjs'), 'utf8');
    const npmCalls = [...source.matchAll(/run\([^)]*'npm'[^)]*\)/g)].map((match) => match[0]);
    assert.ok(npmCalls.length >= 2, 'provisioning runs npm');
    for (const call of npmCalls) assert.match(call, /\benv\b/, `nested npm without an explicit environment: ${call}`);
    // Every environment handed to npmInstallInto or npm pack is built by nestedNpmEnv.
    const envSources = [...source.matchAll(/npmInstallInto\([^;]*?(nestedNpmEnv\(|\benv\))/g)].map((match) => match[1]);
    assert.ok(envSources.length >= 3 && envSources.every((how) => how === 'nestedNpmEnv(' || how === 'env)'));
    assert.match(source, /const env = nestedNpmEnv\(process\.env, \{/);
  });
});
