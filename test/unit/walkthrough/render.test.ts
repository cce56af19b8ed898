import assert from 'node:assert/strict';
import { parseWalkthrough, renderWalkthroughBody, type RenderOptions } from '../../../src/core/walkthrough';
import { assertSafeHtml, startTags } from './htmlCheck';

const PREVIEW: RenderOptions = { mode: 'preview', today: '2025-05-20' };

function render(text: string, options: RenderOptions = PREVIEW): string {
  return renderWalkthroughBody(parseWalkthrough(text), text, options);
}

const doc = (body: string, front = 'title: T') => `---\n${front}\n---\n${body}\n`;

describe('walkthrough: renderWalkthroughBody structure', () => {
  const text = doc(
    '# T\n\nIntro.\n\n## Steps\n\n1. [otp] Enter the code.\n2. [wait:30d] Wait.\n\nAfter.',
    'title: T\ndeadline: 2025-05-26\ncontroller: Example Ltd\nsources:\n  - https://example.org/src',
  );
  const html = render(text);
  const w = parseWalkthrough(text);

  it('draws the steps as a checklist with keys, checkbox ids and labels', () => {
    assert.match(html, /<ol class="rto-steps" data-step-count="2">/);
    for (const step of w.steps) {
      assert.ok(html.includes(`<li class="rto-step" id="rto-step-${step.key}" data-step-key="${step.key}" data-step-index="${step.index}" data-line="${step.line}">`));
      assert.ok(html.includes(`<input type="checkbox" class="rto-step-check" id="rto-check-${step.key}" data-step-key="${step.key}"`));
      assert.ok(html.includes(`<label class="rto-step-label" for="rto-check-${step.key}">Step ${step.index + 1}</label>`));
    }
    const ids = startTags(html).flatMap((t) => t.attrs.filter(([n]) => n === 'id').map(([, v]) => v));
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  });

  it('shows tag badges and the step text without the tags', () => {
    assert.ok(html.includes('<span class="rto-tag rto-tag-otp">One-time code</span>'));
    assert.ok(html.includes('<span class="rto-tag rto-tag-wait">Waiting: 30 days</span>'));
    assert.ok(html.includes('Enter the code.'));
    assert.ok(!html.includes('[otp]'));
  });

  it('keeps the prose around the list and drops a heading that repeats the title', () => {
    assert.ok(html.includes('Intro.'));
    assert.ok(html.indexOf('Intro.') < html.indexOf('rto-steps'));
    assert.ok(html.indexOf('After.') > html.indexOf('rto-steps'));
    assert.equal((html.match(/<h1/g) ?? []).length, 1);
  });

  it('has the header, friction summary, sources and a soon banner', () => {
    assert.ok(html.includes('<h1 class="rto-title">T</h1>'));
    assert.ok(html.includes('Example Ltd'));
    assert.match(html, /<section class="rto-friction"/);
    assert.match(html, /data-fact="verifications"><dt>Verifications<\/dt><dd>1 \(one-time codes: 1\)<\/dd>/);
    assert.match(html, /<aside class="rto-deadline rto-deadline-soon" data-deadline-state="soon">/);
    assert.ok(html.includes('<a href="https://example.org/src" rel="noopener noreferrer">'));
  });

  it('makes a past deadline prominent and leaves the banner out without a deadline', () => {
    assert.match(render(text, { mode: 'preview', today: '2025-06-01' }), /rto-deadline-past/);
    assert.doesNotMatch(render(doc('1. a')), /rto-deadline/);
  });

  it('lists problems with positions in preview mode only', () => {
    const bad = doc('1. [bogus] x');
    const preview = render(bad);
    assert.match(preview, /<li class="rto-problem rto-problem-warning" data-code="unknown-tag" data-line="3" data-character="3"/);
    assert.doesNotMatch(render(bad, { mode: 'export', today: '2025-05-20' }), /rto-problem/);
  });

  it('adds data-line only in preview mode', () => {
    assert.match(html, /<p data-line="\d+">Intro\.<\/p>/);
    assert.doesNotMatch(render(text, { mode: 'export', today: '2025-05-20' }), /data-line/);
  });

  it('turns table alignment into classes instead of style attributes', () => {
    const out = render(doc('| a | b |\n|:-:|--:|\n| 1 | 2 |\n\n1. x'));
    assert.match(out, /<th class="rto-align-center"/);
    assert.match(out, /<td class="rto-align-right"/);
    assertSafeHtml(out);
  });

  it('gives headings prefixed ids and rewrites #anchors to match', () => {
    const out = render(doc('## Why it matters\n\n1. See [why](#why-it-matters).'));
    assert.ok(out.includes('id="rto-h-why-it-matters"'));
    assert.ok(out.includes('<a href="#rto-h-why-it-matters">why</a>'));
  });

  it('renders something, and never throws, for junk', () => {
    for (const junk of ['', '\u0000\uD800', '---', '1.'.repeat(3000)]) {
      const out = renderWalkthroughBody(parseWalkthrough(junk), junk, PREVIEW);
      assert.match(out, /^<article class="rto-walkthrough"/);
      assertSafeHtml(out);
    }
  });
});

describe('walkthrough: images', () => {
  it('keeps https images when remote images are allowed, and shows alt text for anything else', () => {
    const out = render(doc('1. ![ok](https://example.org/a.png) ![local](shot.png) ![bad](http://example.org/b.png) ![x](data:image/png;base64,AAAA)'), { ...PREVIEW, remoteImages: true });
    assert.ok(out.includes('<img src="https://example.org/a.png" alt="ok">'));
    assert.ok(out.includes('<span class="rto-image-alt">Image: local</span>'));
    assert.ok(out.includes('<span class="rto-image-alt">Image: bad</span>'));
    assert.ok(out.includes('<span class="rto-image-alt">Image: x</span>'));
    assertSafeHtml(out);
  });

  it('maps relative images through resolveImage, and only to https', () => {
    const seen: string[] = [];
    const out = render(doc('1. ![a](img/my%20shot.png) ![b](other.png) ![c](//evil.example/x.png)'), {
      ...PREVIEW,
      resolveImage: (src) => {
        seen.push(src);
        return src === 'other.png' ? 'javascript:alert(1)' : `https://webview.example/${encodeURI(src)}`;
      },
    });
    assert.deepEqual(seen, ['img/my shot.png', 'other.png']);
    assert.ok(out.includes('src="https://webview.example/img/my%20shot.png"'));
    assert.ok(out.includes('Image: b'));
    assert.ok(out.includes('Image: c'));
    assertSafeHtml(out);
  });

  it('shows the alt text when resolveImage throws', () => {
    const out = render(doc('1. ![a](x.png)'), {
      ...PREVIEW,
      resolveImage: () => {
        throw new Error('boom');
      },
    });
    assert.ok(out.includes('Image: a'));
  });
});
