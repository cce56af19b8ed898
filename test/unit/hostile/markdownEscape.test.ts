// Issue #19, hovers and quick picks: record text keeps its meaning. A web-form URL with ")" broke
// out of its link in the company hover; "$(icon)" in a workspace company's name drew an icon.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { escapeIcons, escapeMarkdown, markdownLink } from '../../../src/core/text/markdownEscape';

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
    for (const text of ['$(zap) Acme', '[x](https://evil.example)', '**bold** `code` <b>', '1. # heading', 'a\\b ~~s~~']) {
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

  it('is the only Markdown escape in the adapter: hovers and pickers use it', () => {
    const own = sourceFiles('src')
      .filter((file) => !file.includes(join('core', 'text', 'markdownEscape.ts')))
      .filter((file) => /function escape\w*\(text: string\)[^{]*\{\s*return text\.replace\(\/\[\\\\`\*_/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(own, []);
    for (const file of ['src/directory/describeCompany.ts', 'src/vague/vagueLanguageHover.ts', 'src/directory/companyPicker.ts', 'src/directory/letterAddressing.ts']) {
      assert.match(readFileSync(file, 'utf8'), /from '\.\.\/core\/text\/markdownEscape'/, file);
    }
  });
});
