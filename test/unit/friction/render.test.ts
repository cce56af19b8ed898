import assert from 'node:assert/strict';
import {
  BAR_LENGTH_DEFINITION,
  barLength,
  CHART_PARTS,
  COLUMN_IDS,
  COLUMNS,
  FRICTION_PAGE_CSP,
  frictionJson,
  renderFrictionHtml,
  renderFrictionMarkdown,
  renderFrictionSvg,
  sortRows,
} from '../../../src/core/friction';
import { startTags } from '../walkthrough/htmlCheck';
import { contrast, rowOf } from './helpers';
import { assertWellFormedXml } from './xmlCheck';

const rows = sortRows([
  rowOf('Object to Meta', ['[find] a', '[link] b', '[country][email][justify] c', '[otp] d', '[confirm][discretion] e'], 'Meta Platforms Ireland Limited'),
  rowOf('LinkedIn setting', ['[account] a', '[find] b', 'c'], 'LinkedIn'),
]);
const HOSTILE = `Evil <script>alert(1)</script> & "Co" | ![x](javascript:alert(1)) <img src=x onerror=alert(1)> ]]> \u0007`;
const hostileRows = [rowOf(HOSTILE, ['[otp] a'], HOSTILE)];

// Light and dark backgrounds the chart is shown on: a page, GitHub dark, VS Code Dark+.
const BACKGROUNDS = { light: '#ffffff', githubDark: '#0d1117', vscodeDark: '#1e1e1e' };
const TEXT = { light: ['#1f2328', '#ffffff'], dark: ['#e6edf3', '#0d1117'] } as const;

describe('friction comparison: one column table for every renderer', () => {
  it("draws the chart's parts from the columns that have a chart colour, in column order", () => {
    const charted = COLUMN_IDS.filter((id) => COLUMNS[id].chart !== undefined);
    assert.deepEqual(
      CHART_PARTS.map((part) => part.id),
      charted,
    );
    assert.deepEqual(charted, ['steps', 'fields', 'oneTimeCodes', 'idUploads', 'justificationDemanded', 'accountRequired', 'outcomeAtDiscretion', 'waiting']);
    for (const part of CHART_PARTS) {
      const column = COLUMNS[part.id];
      assert.equal(part.colour, column.chart?.colour);
      for (const row of rows) assert.equal(part.amount(row), column.value(row), `${part.id} adds what the column counts`);
    }
    assert.equal(CHART_PARTS.find((p) => p.id === 'justificationDemanded')?.label, 'Justification demanded (yes = 1)');
    assert.equal(new Set(CHART_PARTS.map((p) => p.colour)).size, CHART_PARTS.length, 'one colour per kind');
  });

  it("names every part in the bar length's definition", () => {
    const definition = BAR_LENGTH_DEFINITION.toLowerCase();
    for (const part of CHART_PARTS) {
      const name = part.label
        .replace(/ \(yes = 1\)$/, '')
        .replace(/^at the /i, '')
        .toLowerCase();
      assert.ok(definition.includes(name), `${part.id}: "${name}" missing from the definition`);
    }
  });

  it('aligns each column the same way in Markdown and HTML: names and waiting left, numbers and yes/no right', () => {
    const alignment = renderFrictionMarkdown(rows).split('\n')[1] ?? '';
    const cells = alignment
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    assert.deepEqual(
      cells,
      COLUMN_IDS.map((id) => (COLUMNS[id].align === 'left' ? '---' : '---:')),
    );
    assert.deepEqual(
      COLUMN_IDS.filter((id) => COLUMNS[id].align === 'left'),
      ['company', 'waiting'],
    );
    const html = renderFrictionHtml(rows);
    assert.match(html, /<td class="rto-num" data-column="steps">5<\/td>/);
    assert.match(html, /<td data-column="waiting">None stated<\/td>/);
    assert.match(html, /<th scope="col" class="rto-num" data-column="justificationDemanded">/);
  });

  it('gives JSON the same columns, labels and definitions', () => {
    const json = frictionJson(rows, 'Order: x');
    assert.deepEqual(
      json.columns.map((c) => [c.id, c.label, c.definition]),
      COLUMN_IDS.map((id) => [id, COLUMNS[id].label, COLUMNS[id].definition]),
    );
    assert.equal(json.barLength, BAR_LENGTH_DEFINITION);
    assert.equal(json.rows, rows);
  });
});

describe('friction comparison: Markdown table', () => {
  it('has a header, an alignment row and one row per walkthrough, in the given order', () => {
    const lines = renderFrictionMarkdown(rows).split('\n');
    assert.equal(lines[0], `| ${COLUMN_IDS.map((id) => COLUMNS[id].label).join(' | ')} |`);
    assert.match(lines[1] ?? '', /^\| --- \| ---: \|/);
    assert.match(lines[2] ?? '', /^\| Meta Platforms Ireland Limited \| 5 \| 3 \| 1 \| 1 \| 0 \| Yes \| No \| Yes \| None stated \|$/);
    assert.match(lines[3] ?? '', /^\| LinkedIn \| 3 \|/);
  });

  it('escapes names so they cannot add cells, links, HTML or line breaks', () => {
    const markdown = renderFrictionMarkdown(hostileRows);
    const row = markdown.split('\n')[2] ?? '';
    assert.equal(row.split(/(?<!\\)\|/).length - 2, COLUMN_IDS.length, 'one cell per column');
    assert.doesNotMatch(row, /(?<!\\)[<[\]]|\u0007/, 'every <, [ and ] escaped, controls removed');
  });

  it('shows the chart above the table when asked', () => {
    assert.match(renderFrictionMarkdown(rows, { chartPath: 'friction (1).svg' }), /^!\[Opt-out friction compared: one bar per company\]\(friction%20%281%29\.svg\)\n/);
  });
});

describe('friction comparison: SVG chart', () => {
  it('is well-formed XML with one labelled bar per walkthrough and a legend that defines the bar length', () => {
    const svg = renderFrictionSvg(rows, { standalone: true });
    assertWellFormedXml(svg);
    const tags = startTags(svg);
    const bars = tags.filter((tag) => tag.name === 'g' && tag.attrs.some(([name, value]) => name === 'class' && value === 'rto-bar'));
    assert.equal(bars.length, 2);
    for (const row of rows) {
      assert.ok(svg.includes(`class="rto-bar-name" x="0" y=`) && svg.includes(`>${row.company}</text>`), `bar for ${row.company} labelled`);
      assert.ok(svg.includes(`>${barLength(row)}</text>`), `total for ${row.company}`);
    }
    assert.ok(svg.includes('5 steps, 3 fields, 1 one-time code, justification demanded, at the company&#39;s discretion'));
    for (const part of CHART_PARTS) assert.ok(svg.includes(`fill="${part.colour}"`), `legend swatch for ${part.id}`);
    const definition = [...svg.matchAll(/<text class="rto-chart-small rto-chart-definition"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    assert.equal(definition, BAR_LENGTH_DEFINITION.replace(/'/g, '&#39;'), 'bar length defined in full');
  });

  it('never hides a part: the drawn parts of each bar add up to its length', () => {
    const svg = renderFrictionSvg(rows, { standalone: true });
    const groups = svg.split('<g class="rto-bar"').slice(1);
    groups.forEach((group, index) => {
      const amounts = [...group.matchAll(/data-amount="(\d+)"/g)].map((m) => Number(m[1]));
      assert.equal(
        amounts.reduce((a, b) => a + b, 0),
        barLength(rows[index]!),
      );
    });
  });

  it('bar colours have 3:1 against light and dark backgrounds; text 4.5:1', () => {
    for (const part of CHART_PARTS) {
      for (const [name, background] of Object.entries(BACKGROUNDS)) {
        assert.ok(contrast(part.colour, background) >= 3, `${part.id} on ${name}: ${contrast(part.colour, background).toFixed(2)}`);
      }
    }
    for (const [fg, bg] of Object.values(TEXT)) assert.ok(contrast(fg, bg) >= 4.5);
    const svg = renderFrictionSvg(rows, { standalone: true });
    assert.ok(svg.includes(`color: ${TEXT.light[0]}`) && svg.includes(`color: ${TEXT.dark[0]}`), 'standalone text colours for both schemes');
    assert.ok(svg.includes('fill: currentColor'));
    assert.ok(!renderFrictionSvg(rows, { standalone: false }).includes(`color: ${TEXT.light[0]}`), 'inline charts inherit the page colour');
  });

  it('escapes hostile names and drops characters XML forbids', () => {
    const svg = renderFrictionSvg(hostileRows, { standalone: true });
    assertWellFormedXml(svg);
    assert.deepEqual([...new Set(startTags(svg).map((tag) => tag.name))].sort(), ['desc', 'g', 'rect', 'style', 'svg', 'text', 'title']);
    assert.ok(
      !/onerror|javascript:alert\(1\)"/.test(
        startTags(svg)
          .flatMap((tag) => tag.attrs.map(([n]) => n))
          .join(' '),
      ),
    );
  });

  it('says so when there is nothing to compare', () => {
    const svg = renderFrictionSvg([], { standalone: true });
    assertWellFormedXml(svg);
    assert.match(svg, /No walkthroughs to compare/);
  });
});

describe('friction comparison: HTML page', () => {
  it('is a page with a strict CSP, the chart, the table, definitions and sources, and no script', () => {
    const html = renderFrictionHtml(rows, { today: '2026-12-04' });
    assert.doesNotMatch(html, /<script/i);
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${FRICTION_PAGE_CSP}">`));
    assert.match(FRICTION_PAGE_CSP, /default-src 'none'/);
    assert.doesNotMatch(FRICTION_PAGE_CSP, /script-src/);
    assert.match(html, /<svg [^>]*class="rto-chart"/);
    assert.match(html, /<table class="rto-friction-table">/);
    assert.match(html, /<dt>Justification demanded<\/dt>/);
    assert.match(html, /Compared on 2026-12-04/);
    for (const tag of startTags(html)) {
      for (const [name] of tag.attrs) assert.ok(!name.startsWith('on') && name !== 'style', `${name} on <${tag.name}>`);
    }
  });

  it('escapes hostile names and links only to http(s) sources', () => {
    const [row] = hostileRows;
    const withSources = [{ ...row!, sources: ['javascript:alert(1)', 'https://example.org/ok'] }];
    const html = renderFrictionHtml(withSources);
    assert.doesNotMatch(html, /<script|<img/i);
    const hrefs = startTags(html).flatMap((tag) => tag.attrs.filter(([n]) => n === 'href').map(([, v]) => v));
    assert.deepEqual(hrefs, ['https://example.org/ok']);
    assert.ok(html.includes('Evil &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;'));
  });
});
