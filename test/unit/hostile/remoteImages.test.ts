// Issue #19, remote content: a guide could carry a tracking pixel, loaded by the preview and by
// the exported page. Remote images are off unless allowed, and shown as a link naming the host.
import assert from 'node:assert/strict';
import { parseWalkthrough, renderStandaloneHtml, renderWalkthroughBody } from '../../../src/core/walkthrough';
import { previewCsp } from '../../../src/core/walkthrough/previewCsp';
import { STANDALONE_CSP_REMOTE_IMAGES } from '../../../src/core/walkthrough/standalone';

const text = '---\ntitle: T\n---\n1. Open ![pixel](https://tracker.example/p.gif?u=1) and [![logo](https://cdn.example/l.png)](https://example.org)\n2. ![](https://bare.example/x.png)\n';
const walkthrough = parseWalkthrough(text);

describe('hostile input: remote images (#19)', () => {
  it('the preview loads no remote image by default; each is a link naming its host', () => {
    const html = renderWalkthroughBody(walkthrough, text, { mode: 'preview', today: '2026-12-04' });
    assert.doesNotMatch(html, /<img/);
    assert.ok(html.includes('<a class="rto-image-remote" href="https://tracker.example/p.gif?u=1" rel="noopener noreferrer">Image: pixel (not loaded from tracker.example)</a>'), html);
    assert.ok(html.includes('<span class="rto-image-remote">Image: logo (not loaded from cdn.example)</span>'), 'no anchor inside an anchor');
    assert.ok(html.includes('Remote image (not loaded from bare.example)'));
  });

  it('the exported page loads no image by default, and its CSP forbids them', () => {
    const html = renderStandaloneHtml(walkthrough, text, { today: '2026-12-04' });
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /img-src 'none'/);
  });

  it('loads them when the user allows remote images', () => {
    const preview = renderWalkthroughBody(walkthrough, text, { mode: 'preview', today: '2026-12-04', remoteImages: true });
    assert.ok(preview.includes('<img src="https://tracker.example/p.gif?u=1" alt="pixel">'));
    const exported = renderStandaloneHtml(walkthrough, text, { today: '2026-12-04', remoteImages: true });
    assert.ok(exported.includes(STANDALONE_CSP_REMOTE_IMAGES));
    assert.ok(exported.includes('<img src="https://cdn.example/l.png" alt="logo">'));
  });

  it("the preview page's CSP allows https: images only when remote images are on", () => {
    const source = 'https://file+.vscode-resource.vscode-cdn.net';
    const off = previewCsp(source, 'abc', false);
    assert.equal(off, `default-src 'none'; style-src ${source}; img-src ${source}; script-src 'nonce-abc'`);
    assert.doesNotMatch(off, /https:(?!\/\/)/, 'no bare https: source');
    assert.equal(previewCsp(source, 'abc', true), `default-src 'none'; style-src ${source}; img-src ${source} https:; script-src 'nonce-abc'`);
  });
});
