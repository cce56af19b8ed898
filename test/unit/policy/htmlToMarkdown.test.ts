import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPolicy } from '../../../src/core/policy/importPolicy';
import { htmlToMarkdown } from '../../../src/core/policy/htmlToMarkdown';
import { decodeHtml } from '../../../src/core/policy/charset';
import { readSnapshotMeta } from '../../../src/core/policy/snapshotMeta';
import { normaliseForHash } from '../../../src/core/policy/normalise';
import { sha256Hex } from '../../../src/core/policy/sha256';

const fixtures = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'policies');
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));

function hostilePage(): string {
  return readFileSync(join(fixtures, 'hostile.html'), 'utf8')
    .replace('{{HUGE}}', 'A'.repeat(2_000_000))
    .replace('{{DEEP}}', `${'<div><span>'.repeat(3000)}Deeply nested text survives.${'</span></div>'.repeat(3000)}`);
}

describe('policy import: HTML to Markdown', () => {
  it('decodes the charset a meta tag declares (windows-1252, not UTF-8)', () => {
    const { text, charset } = decodeHtml(fixture('real-world.html'));
    assert.equal(charset, 'windows-1252');
    assert.match(text, /Café owners and naïve readers/);
    assert.match(text, /“we”/);
  });

  it('keeps headings, nested lists, tables and links (absolute, through <base href>), and drops navigation, scripts, styles and the cookie banners', async () => {
    const snapshot = await importPolicy({ bytes: fixture('real-world.html'), source: 'real-world.html', retrieved: new Date('2024-03-02T10:00:00Z') });
    const md = snapshot.markdown;
    assert.match(md, /^# Privacy Policy$/m);
    assert.match(md, /^## 1\. Data we collect$/m);
    assert.match(md, /^- Account data\n {2}- your name\n {2}- your e-mail address\n- Order data/m);
    assert.match(md, /^\| Purpose \| Legal basis \|\n\| --- \| --- \|\n\| Processing your order \| Performance of a contract \|\n\| Newsletter \| Consent \|$/m);
    assert.match(md, /\[cookie notice\]\(https:\/\/www\.example-shop\.com\/legal\/cookies\.html\)/);
    assert.match(md, /\[settings page\]\(https:\/\/www\.example-shop\.com\/help\/settings\)/);
    assert.match(md, /\[privacy@example-shop\.com\]\(mailto:privacy@example-shop\.com\)/);
    assert.match(md, /Café owners/);
    for (const gone of ['Help centre', 'My account', 'Accept all cookies', 'best experience', 'Manage cookie preferences', 'Imprint', 'font-family', 'analytics.js', 'acceptAll']) {
      assert.ok(!md.includes(gone), `"${gone}" should not be in:\n${md}`);
    }
    assert.equal(snapshot.meta.title, 'Privacy Policy – Example Shop');
    assert.equal(snapshot.day, '2024-03-02');
    assert.equal(snapshot.charset, 'windows-1252');
  });

  it('writes front matter a YAML reader reads back, with the sha256 of the normalised text', async () => {
    const snapshot = await importPolicy(
      { bytes: fixture('real-world.html'), url: 'https://www.example-shop.com/privacy', source: 'https://www.example-shop.com/privacy', retrieved: new Date('2024-03-02T10:00:00Z') },
      [
        { slug: 'example-shop', name: 'Example Shop Ltd', domains: ['example-shop.com'] },
        { slug: 'other', name: 'Other', domains: ['other.example'] },
      ],
    );
    const meta = readSnapshotMeta(snapshot.text);
    assert.deepEqual(meta, {
      title: 'Privacy Policy – Example Shop',
      source: 'https://www.example-shop.com/privacy',
      retrieved: '2024-03-02T10:00:00.000Z',
      sha256: await sha256Hex(normaliseForHash(snapshot.markdown)),
      controller: 'Example Shop Ltd',
    });
    assert.match(meta.sha256 ?? '', /^[0-9a-f]{64}$/);
    assert.equal(snapshot.companyFolder, 'example-shop');
  });

  it('turns hostile markup into inert Markdown: no script, handler, javascript:/data:/vbscript: link, image data or raw tag survives', () => {
    const started = Date.now();
    const { markdown } = htmlToMarkdown(hostilePage(), 'https://example.org/privacy');
    assert.ok(Date.now() - started < 10_000, 'took too long');
    for (const bad of [/javascript:/i, /vbscript:/i, /data:/i, /onload|onmouseover/i, /(?:^|[^\\])</m, /steal\(\)/, /alert\('inline'\)/, /AAAAAAAA/, /evil\.example/]) {
      assert.doesNotMatch(markdown, bad);
    }
    assert.match(markdown, /\[ok link\]\(https:\/\/example\.org\/ok\)/);
    assert.match(markdown, /Click here/);
    assert.match(markdown, /\\<img src=x onerror=alert\(1\)\\> is text/);
    assert.match(markdown, /^# Privacy notice$/m);
    assert.equal(markdown.match(/Privacy notice/g)?.length, 1);
    assert.match(markdown, /Deeply nested text survives\./);
    assert.match(markdown, /legitimate interests/);
  });
});
