import assert from 'node:assert/strict';
import { parseWalkthrough, renderStandaloneHtml, renderWalkthroughBody } from '../../../src/core/walkthrough';
import { assertSafeHtml, startTags } from './htmlCheck';

const HOSTILE_FRAGMENTS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<svg onload=alert(1)>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<a href="javascript:alert(1)">raw</a>',
  '[a](javascript:alert(1))',
  '[a](JaVaScRiPt:alert(1))',
  '[a](jav&#x09;ascript:alert(1))',
  '[a](&#106;avascript:alert(1))',
  '[a](java\tscript:alert(1))',
  '[a](%6Aavascript:alert(1))',
  '[a](<javascript:alert(1)>)',
  '[a]( javascript:alert(1))',
  '[a](vbscript:msgbox(1))',
  '[a](VBScript:msgbox(1))',
  '[a](data:text/html;base64,PHNjcmlwdD4=)',
  '[a](file:///etc/passwd)',
  '[a](command:workbench.action.terminal.new)',
  '[a](Command:workbench.action.terminal.new)',
  '[a](vscode://settings/foo)',
  '[a](vscode-insiders://x)',
  '<javascript:alert(1)>',
  '<command:workbench.action.reloadWindow>',
  '![i](javascript:alert(1))',
  '![i](data:image/svg+xml;base64,PHN2Zz4=)',
  '![i](x" onerror="alert(1))',
  '[ref]\n\n[ref]: javascript:alert(1)',
  '[t](https://ok.example "x\\" onmouseover=\\"alert(1)")',
  '```html\n<script>alert(1)</script>\n```',
  '<!-- <script>alert(1)</script> -->',
  '<style>body{}</style>',
  '<object data="x"></object>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
];

function renderBoth(text: string): string[] {
  const w = parseWalkthrough(text);
  return [
    renderWalkthroughBody(w, text, { mode: 'preview', today: '2025-01-01', resolveImage: (src) => `https://webview.example/${src}` }),
    renderWalkthroughBody(w, text, { mode: 'export', today: '2025-01-01' }),
    renderStandaloneHtml(w, text, { today: '2025-01-01' }),
  ];
}

describe('walkthrough: hostile input', () => {
  describe('the safety check itself', () => {
    it('catches executable markup', () => {
      for (const bad of [
        '<script>x</script>',
        '<p onclick="x">',
        '<p ONMOUSEOVER=x>',
        '<a href="javascript:x">',
        '<a href="JAVA&#x09;SCRIPT:x">',
        '<a href=" &#106;avascript:x">',
        '<a href="command:x">',
        '<a href="vscode:x">',
        '<img src="data:image/png;base64,AA">',
        '<iframe src="https://x">',
        '<svg>',
        '<p style="color:red">',
        '<input type="text">',
      ]) {
        assert.throws(() => assertSafeHtml(bad), assert.AssertionError, bad);
      }
    });

    it('accepts escaped text and quoted attribute values that only look dangerous', () => {
      assertSafeHtml('<p>&lt;script&gt; onerror=alert(1) javascript:</p><a href="https://x" title="a onclick=b">t</a>');
      assert.deepEqual(
        startTags('<a title="x>y" href="#a">').map((t) => t.attrs),
        [
          [
            ['title', 'x>y'],
            ['href', '#a'],
          ],
        ],
      );
    });
  });

  for (const fragment of HOSTILE_FRAGMENTS) {
    it(`neutralises ${JSON.stringify(fragment.slice(0, 50))}`, () => {
      const text = `---\ntitle: ${JSON.stringify(fragment)}\n---\n${fragment}\n\n1. [link] ${fragment}\n2. ${fragment.replace(/\n/g, ' ')}\n`;
      const [preview, exported, page] = renderBoth(text);
      assertSafeHtml(preview!);
      assertSafeHtml(exported!);
      assertSafeHtml(page!, { page: true });
    });
  }

  it('keeps the text of refused links and shows raw HTML as text', () => {
    const text = '---\ntitle: T\n---\n1. [click me](javascript:alert(1)) and <b onclick=x>bold</b>\n';
    const [preview] = renderBoth(text);
    assert.ok(preview!.includes('<span class="rto-link-blocked">click me</span>'));
    assert.ok(preview!.includes('&lt;b onclick=x&gt;bold&lt;/b&gt;'));
  });

  it('still allows http, https, mailto and in-document links', () => {
    const text = '---\ntitle: T\n---\n## Steps\n\n1. [a](https://a.example) [b](http://b.example) [c](mailto:dpo@c.example) [d](#steps)\n';
    const [preview] = renderBoth(text);
    const hrefs = startTags(preview!).flatMap((t) => (t.name === 'a' ? t.attrs.filter(([n]) => n === 'href').map(([, v]) => v) : []));
    assert.deepEqual(hrefs, ['https://a.example', 'http://b.example', 'mailto:dpo@c.example', '#rto-h-steps']);
  });

  it('produces safe HTML for random mixes of hostile fragments and Markdown', () => {
    // A fixed-seed generator, so a failure can be reproduced (the test bundles run outside
    // node_modules, where fast-check cannot be loaded).
    let seed = 0x2f6b1d3;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const markdown = ['1. ', '2) ', '- ', '> ', '## Steps\n', '\n', '\r\n', '[find]', '[wait:3d]', '[', ']', '(', ')', '<', '>', '"', "'", '&#x3a;', '`', '---\n', '\u0000', '\uD800'];
    for (let run = 0; run < 300; run++) {
      const pieces: string[] = [];
      const count = next(25);
      for (let i = 0; i < count; i++) {
        const pool = next(3) === 0 ? HOSTILE_FRAGMENTS : markdown;
        pieces.push(pool[next(pool.length)] ?? '');
      }
      const text = pieces.join('');
      const [preview, exported, page] = renderBoth(text);
      try {
        assertSafeHtml(preview!);
        assertSafeHtml(exported!);
        assertSafeHtml(page!, { page: true });
      } catch (error) {
        assert.fail(`unsafe output for ${JSON.stringify(text)}: ${String(error)}`);
      }
    }
  });
});
