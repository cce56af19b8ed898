// The hostile corpus (test/fixtures/hostile/payloads.json) through the comparison: each payload as
// a whole walkthrough, and its text as the company name and title, rendered as HTML page, SVG and
// Markdown. The output is read with tag readers, not searched for substrings, so escaped text that
// only looks dangerous passes and real markup does not.
import assert from 'node:assert/strict';
import { frictionRow, parseWalkthrough, renderFrictionHtml, renderFrictionMarkdown, renderFrictionSvg, type FrictionRow } from '../../../src/core/friction';
import { expandPayload, type Payload } from '../../fixtures/hostile/compose.mjs';
import corpus from '../../fixtures/hostile/payloads.json';
import { startTags } from '../walkthrough/htmlCheck';
import { rowOf } from './helpers';
import { assertWellFormedXml } from './xmlCheck';

const payloads: readonly Payload[] = corpus;
const PAGE_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'h1', 'h2', 'p', 'div', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'dl', 'dt', 'dd', 'ul', 'li', 'a']);
const SVG_TAGS = new Set(['svg', 'title', 'desc', 'style', 'g', 'text', 'rect']);

function assertInertMarkup(markup: string, allowed: Set<string>, label: string): void {
  assert.doesNotMatch(markup, /<\s*script/i, `${label}: <script>`);
  for (const tag of startTags(markup)) {
    assert.ok(allowed.has(tag.name), `${label}: unexpected <${tag.name}>`);
    for (const [name, value] of tag.attrs) {
      assert.ok(!name.startsWith('on'), `${label}: ${name} on <${tag.name}>`);
      assert.notEqual(name, 'style', `${label}: style attribute`);
      if (name === 'href') assert.match(value, /^https?:\/\//i, `${label}: href ${value}`);
      assert.notEqual(name, 'src', `${label}: src attribute`);
    }
  }
}

describe('friction comparison: hostile corpus', () => {
  for (const payload of payloads) {
    it(`stays inert: ${payload.id}`, () => {
      const text = expandPayload(payload, 'http://127.0.0.1:9');
      const rows: FrictionRow[] = [frictionRow(parseWalkthrough(text), `${payload.id}.md`), rowOf(text.slice(0, 300), ['[otp] a'], text.slice(0, 300))];
      assertInertMarkup(renderFrictionHtml(rows), new Set([...PAGE_TAGS, ...SVG_TAGS]), 'page');
      const svg = renderFrictionSvg(rows, { standalone: true });
      assertWellFormedXml(svg);
      assertInertMarkup(svg, SVG_TAGS, 'svg');
      const table = renderFrictionMarkdown(rows)
        .split('\n')
        .filter((line) => line.startsWith('| '));
      for (const line of table) assert.doesNotMatch(line, /(?<!\\)[<[\]]/, 'unescaped Markdown in a row');
    });
  }
});
