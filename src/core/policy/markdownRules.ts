// Turndown rules for what policies contain and turndown's defaults write awkwardly: GFM tables
// (turndown has none; @joplin/turndown-plugin-gfm keeps any table it cannot express as raw HTML,
// and no raw HTML may reach the Markdown, so the rule is ours), and list items with a one-space
// marker ("- item", "1. item") indented to match, as people write them.
import type TurndownService from 'turndown';

type Node = TurndownService.Node;

interface TableNode {
  nodeName: string;
  parentNode: TableNode | null;
  children: ArrayLike<TableNode>;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<TableNode>;
}

function asTable(node: Node): TableNode {
  return node as unknown as TableNode;
}

function closestTable(node: TableNode): TableNode | undefined {
  for (let current = node.parentNode; current; current = current.parentNode) if (current.nodeName === 'TABLE') return current;
  return undefined;
}

/** Cells of a row, counting colspan (capped: a hostile colspan=100000 must not write 100,000 pipes). */
function cellCount(row: TableNode): number {
  let count = 0;
  for (const cell of Array.from(row.children)) count += Math.min(20, Math.max(1, Number(cell.getAttribute('colspan')) || 1));
  return count;
}

/** The text with its trailing line breaks reduced to one (none if it had none), in linear time. */
function withOneTrailingNewline(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '\n') end--;
  return end === text.length ? text : `${text.slice(0, end)}\n`;
}

export function addPolicyRules(service: TurndownService): void {
  service.addRule('tableCell', {
    filter: ['th', 'td'],
    replacement: (content) => ` ${content.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|') || ' '} |`,
  });
  service.addRule('tableRow', {
    filter: 'tr',
    replacement: (content, node) => {
      const table = closestTable(asTable(node));
      const rows = table ? Array.from(table.querySelectorAll('tr')) : [];
      if (rows[0] !== asTable(node)) return `\n|${content}`;
      // The first row is the header (policies' tables rarely mark one with <th>; GFM needs one).
      const columns = Math.max(...rows.map(cellCount), 1);
      const padding = ' |'.repeat(Math.max(0, columns - cellCount(asTable(node))));
      return `\n|${content}${padding}\n|${' --- |'.repeat(columns)}`;
    },
  });
  service.addRule('tableSection', { filter: ['thead', 'tbody', 'tfoot'], replacement: (content) => content });
  service.addRule('tableCaption', { filter: ['caption'], replacement: (content) => `\n\n${content.trim()}\n\n` });
  service.addRule('table', { filter: ['table'], replacement: (content) => `\n\n${content.replace(/\n+/g, '\n').trim()}\n\n` });
  service.addRule('listItem', {
    filter: 'li',
    replacement: (content, node) => {
      const item = asTable(node);
      const parent = item.parentNode;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start'));
        const index = Array.prototype.indexOf.call(parent.children, item);
        prefix = `${(Number.isFinite(start) && parent.getAttribute('start') !== null ? start : 1) + index}. `;
      }
      const text = withOneTrailingNewline(content.replace(/^\n+/, ''));
      const indented = text.replace(/\n(?=.)/g, `\n${' '.repeat(prefix.length)}`);
      return `${prefix}${indented.trimEnd()}${(node as { nextSibling?: unknown }).nextSibling ? '\n' : ''}`;
    },
  });
}
