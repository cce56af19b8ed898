import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS, CONFIG_SECTION } from '../../src/platform/constants';
import { DEFAULT_LINT_CONFIG } from '../../src/core/vague/lintConfig';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));

describe('package.json', () => {
  it('contributes exactly the commands the code registers, each with the category', () => {
    const contributed = manifest.contributes.commands as { command: string; category: string }[];
    assert.deepEqual(contributed.map((c) => c.command).sort(), Object.values(COMMANDS).sort());
    assert.ok(contributed.every((c) => c.category === 'Right to Object'));
  });
  it('declares a setting for every linter configuration key', () => {
    const settings = Object.keys(manifest.contributes.configuration.properties);
    for (const key of Object.keys(DEFAULT_LINT_CONFIG)) assert.ok(settings.includes(`${CONFIG_SECTION}.diagnostics.${key}`), key);
  });
  it('uses the same defaults in the manifest as in the code', () => {
    const properties = manifest.contributes.configuration.properties;
    for (const [key, value] of Object.entries(DEFAULT_LINT_CONFIG)) assert.deepEqual(properties[`${CONFIG_SECTION}.diagnostics.${key}`].default, value, key);
  });
  it('documents every setting in the README', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    for (const setting of Object.keys(manifest.contributes.configuration.properties)) assert.ok(readme.includes(`\`${setting}\``), `README lacks ${setting}`);
  });

  it('declares both entry points and the capabilities', () => {
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.browser, './dist/web/extension.js');
    assert.ok(manifest.capabilities.untrustedWorkspaces.description);
    assert.ok(manifest.capabilities.virtualWorkspaces);
  });
});
