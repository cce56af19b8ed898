// Issue #19, workspace trust: settings that flow into outgoing text (the sender's name, e-mail and
// country in letters) or change what is fetched (remote images) cannot come from an untrusted
// workspace. VS Code enforces restrictedConfigurations; this checks the manifest declares them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { restrictedSettingValue } from '../../../src/core/config/restrictedSetting';
import { parsePreviewSettings } from '../../../src/core/walkthrough';

const root = join(__dirname, '..', '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  capabilities: { untrustedWorkspaces: { supported: boolean | 'limited'; restrictedConfigurations?: string[]; description: string } };
  contributes: { configuration: { properties: Record<string, { default: unknown; scope?: string; description?: string; markdownDescription?: string }> } };
};

describe('hostile input: workspace trust (#19)', () => {
  it('restricts every setting that flows into letters or changes what is fetched', () => {
    const trust = manifest.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited', 'restrictedConfigurations only apply with "limited"');
    const restricted = new Set(trust.restrictedConfigurations ?? []);
    for (const setting of ['rightToObject.letters.name', 'rightToObject.letters.email', 'rightToObject.letters.country', 'rightToObject.preview.remoteImages']) {
      assert.ok(restricted.has(setting), `${setting} is not restricted`);
    }
    const properties = manifest.contributes.configuration.properties;
    for (const setting of restricted) assert.ok(Object.hasOwn(properties, setting), `${setting} is restricted but not contributed`);
  });

  it('contributes the remote-images setting, off by default, described in every language', () => {
    const setting = manifest.contributes.configuration.properties['rightToObject.preview.remoteImages'];
    assert.ok(setting);
    assert.equal(setting.default, false);
    const key = /^%(.+)%$/.exec(setting.markdownDescription ?? '')?.[1];
    assert.ok(key);
    for (const file of ['package.nls.json', 'package.nls.de.json', 'package.nls.fr.json']) {
      const texts = JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>;
      assert.ok(texts[key]?.includes('https:'), `${file} lacks ${key}`);
    }
  });

  it('validates the remote-images setting like the others', () => {
    assert.deepEqual(parsePreviewSettings({}, 'p.'), { settings: { remoteImages: false }, problems: [] });
    assert.deepEqual(parsePreviewSettings({ remoteImages: true }, 'p.').settings, { remoteImages: true });
    const bad = parsePreviewSettings({ remoteImages: 'yes' }, 'rightToObject.preview.');
    assert.deepEqual(bad.settings, { remoteImages: false });
    assert.equal(bad.problems[0]?.setting, 'rightToObject.preview.remoteImages');
  });
});

describe('hostile input: restricted settings while untrusted (#19)', () => {
  // code-server runs the extension-host tests with --disable-workspace-trust, so an untrusted
  // workspace cannot be opened there; the adapter passes vscode.workspace.isTrusted to this.
  const source = {
    get: (key: string) => ({ email: 'attacker@evil.example', name: 'Workspace' })[key],
    inspect: (key: string) => ({ email: { globalValue: 'me@home.example' }, name: {} })[key],
  };

  it("an untrusted workspace cannot set the sender details: only the user's own value is read", () => {
    assert.equal(restrictedSettingValue(source, 'email', false), 'me@home.example');
    assert.equal(restrictedSettingValue(source, 'name', false), undefined);
  });

  it('a trusted workspace can', () => {
    assert.equal(restrictedSettingValue(source, 'email', true), 'attacker@evil.example');
  });
});
