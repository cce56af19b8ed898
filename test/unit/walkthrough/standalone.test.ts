import assert from 'node:assert/strict';
import { parseWalkthrough, renderStandaloneHtml, STANDALONE_CSP } from '../../../src/core/walkthrough';
import { assertSafeHtml, startTags } from './htmlCheck';

describe('walkthrough: renderStandaloneHtml', () => {
  const text = '---\ntitle: "Objection </title><script>alert(1)</script>"\n---\n1. [otp] Enter the code.\n';
  const html = renderStandaloneHtml(parseWalkthrough(text), text, { today: '2025-01-01' });

  it('is a complete document with charset, CSP, escaped title and inline styles', () => {
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(html.includes('<meta charset="utf-8">'));
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${STANDALONE_CSP}">`));
    assert.equal(STANDALONE_CSP, "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'");
    assert.ok(html.includes('<title>Objection &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>'));
    assert.match(html, /<style>[\s\S]*prefers-color-scheme: dark[\s\S]*<\/style>/);
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style>'), 'CSP comes before the styles');
    assert.ok(html.trimEnd().endsWith('</html>'));
  });

  it('needs no script and loads nothing external except https images', () => {
    assertSafeHtml(html, { page: true });
    assert.ok(!startTags(html).some((t) => t.name === 'link' || t.name === 'script'));
  });

  it('contains the export body without preview-only parts', () => {
    assert.ok(html.includes('<article class="rto-walkthrough" data-mode="export">'));
    assert.ok(html.includes('<span class="rto-tag rto-tag-otp">One-time code</span>'));
    const body = html.slice(html.indexOf('<body>'));
    assert.doesNotMatch(body, /data-line|rto-progress|rto-problem/);
  });
});
