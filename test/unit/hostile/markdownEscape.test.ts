// Issue #19, hovers and quick picks: record text keeps its meaning. A web-form URL with ")" broke
// out of its link in the company hover; "$(icon)" in a workspace company's name drew an icon.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { escapeIcons, escapeMarkdown, escapeMarkdownCell, escapeMarkdownLine, markdownLink } from '../../../src/core/text/markdownEscape';

const md = new MarkdownIt({ html: false, linkify: false });

/** Every link's href and text in the rendered Markdown. */
function links(markdown: string): { href: string; text: string }[] {
  const found: { href: string; text: string }[] = [];
  let inside = false;
  for (const token of md.parseInline(markdown, {})[0]?.children ?? []) {
    if (token.type === 'link_open') found.push({ href: token.attrGet('href') ?? '', text: '' });
    inside = token.type === 'link_open' ? true : token.type === 'link_close' ? false : inside;
    if (token.type === 'text' && inside) found[found.length - 1]!.text += token.content;
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('hostile input: Markdown in hovers and quick picks (#19)', () => {
  it('a URL with ")" stays one link to the whole URL', () => {
    const url = 'https://acme.example/form)](https://evil.example/track';
    const link = markdownLink(url, url)!;
    const found = links(`Web form: ${link} after`);
    assert.equal(found.length, 1, link);
    assert.equal(decodeURI(found[0]!.href.replace(/%29/g, ')').replace(/%5D/g, ']').replace(/%28/g, '(')), url);
    assert.equal(found[0]!.text, url);
  });

  it('refuses schemes other than http(s) and mailto', () => {
    for (const url of ['javascript:alert(1)', 'command:workbench.action.quit', 'file:///etc/passwd', 'not a url']) assert.equal(markdownLink('x', url), undefined, url);
    assert.match(markdownLink('a@b.example', 'mailto:a@b.example') ?? '', /^\[a@b\\\.example\]\(mailto:a@b\.example\)$/);
  });

  it('escaped text renders as written, theme icons included', () => {
    for (const text of ['$(zap) Acme', '[x](https://evil.example)', '**bold** `code` <b>', '1. # heading', 'a\\b ~~s~~', 'AT&amp;T &#169; &copy', 'Smith & Co']) {
      const html = md.renderInline(escapeMarkdown(text));
      assert.equal(
        html
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
        text,
        text,
      );
    }
    assert.equal(escapeIcons('$(zap) Acme $(x'), '\\$(zap) Acme \\$(x');
  });

  it('a character reference stays as written in every context; a bare "&" is left alone', () => {
    // The hover's and the letter's escapes let "&amp;" through (shown as "&"); the table's escaped every "&".
    for (const escape of [escapeMarkdown, escapeMarkdownLine, escapeMarkdownCell]) {
      const html = md.renderInline(escape('AT&amp;T, &#169;, Smith & Co'));
      assert.equal(html, 'AT&amp;amp;T, &amp;#169;, Smith &amp; Co', escape.name);
    }
    assert.equal(escapeMarkdownCell('Smith & Co'), 'Smith & Co');
  });

  it('escapes a letter line and a table cell only as far as they need', () => {
    assert.equal(escapeMarkdownLine('1. Etage'), '1\\. Etage');
    assert.equal(escapeMarkdownLine('#200-1132 Alberni St.'), '#200-1132 Alberni St.');
    assert.equal(escapeMarkdownCell('a|b\nc [d] # e'), 'a\\|b c \\[d\\] # e');
  });

  it('is the only Markdown and HTML escape: every caller uses src/core/text', () => {
    const files = sourceFiles('src').filter((file) => !file.includes(join('core', 'text', 'markdownEscape.ts')) && !file.includes(join('core', 'text', 'htmlEscape.ts')));
    // A character class that starts with Markdown's backslash and backtick, or an "&amp;" written out.
    const own = files.filter((file) => /\/\[\\\\`|'&amp;'/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(own, []);
    for (const file of ['src/directory/describeCompany.ts', 'src/vague/vagueLanguageHover.ts', 'src/directory/companyPicker.ts', 'src/directory/letterAddressing.ts']) {
      assert.match(readFileSync(file, 'utf8'), /from '\.\.\/core\/text\/markdownEscape'/, file);
    }
  });
});
