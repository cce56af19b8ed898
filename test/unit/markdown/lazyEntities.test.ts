// markdown-it's entity decoding goes through src/core/markdown/lazyEntities.ts in every bundle
// (esbuild.js), which loads the `entities` package on first use: what markdown-it decodes must not change.
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';

describe('markdown-it with the entity decoder loaded on first use', () => {
  it('decodes entities in text, link destinations and titles, and code fence info', () => {
    const md = new MarkdownIt();
    assert.equal(md.renderInline('AT&amp;T &copy; &#169; &#xA9; &bogus;'), 'AT&amp;T © © © &amp;bogus;');
    assert.equal(md.renderInline('[x](https://a.example/?a=1&amp;b=2 "Q&amp;A")'), '<a href="https://a.example/?a=1&amp;b=2" title="Q&amp;A">x</a>');
    assert.equal(md.render('```js&period;x\ncode\n```\n'), '<pre><code class="language-js.x">code\n</code></pre>\n');
  });
});
