import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BEGIN, END, bundledPackages, bundledSection } from '../../../scripts/generate-notices.mjs';

const root = join(__dirname, '..', '..', '..', '..');

describe('third-party notices', () => {
  it('name every npm package the extension and the CLI bundle, with its licence text, as generated', function () {
    this.timeout(30_000);
    const notices = readFileSync(join(root, 'THIRD-PARTY-NOTICES.md'), 'utf8');
    const written = notices.slice(notices.indexOf(BEGIN), notices.indexOf(END) + END.length);
    for (const name of bundledPackages(root)) assert.match(written, new RegExp(`### ${name.replace(/[.]/g, '\\.')}@`), `${name} has no notice`);
    assert.equal(written, bundledSection(root), 'THIRD-PARTY-NOTICES.md is out of date: run node scripts/generate-notices.mjs');
  });
  it('ship in the .vsix', () => {
    assert.match(readFileSync(join(root, '.vscodeignore'), 'utf8'), /^!THIRD-PARTY-NOTICES\.md$/m);
  });
});
