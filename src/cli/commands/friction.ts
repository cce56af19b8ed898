// `right-to-object friction PATH... [--format markdown|json|svg|html] [--sort COLUMN[:asc|desc]]`:
// compares the opt-out friction of walkthroughs (files, folders or globs). Documents without steps
// are skipped with a note on stderr (see isWalkthrough); problems in the walkthroughs do not stop the comparison.
import {
  COLUMN_IDS,
  frictionRow,
  isColumnId,
  isWalkthrough,
  orderNote,
  parseWalkthrough,
  renderFrictionHtml,
  renderFrictionJson,
  renderFrictionMarkdown,
  renderFrictionSvg,
  sortRows,
  type FrictionRow,
  type SortSpec,
} from '../../core/friction';
import { localIsoDate } from '../../core/text/localDate';
import { oneOf, parseCommandArgs } from '../args';
import { expandPaths } from '../expandPaths';
import { EXIT_OK, UsageError, type CliCommand } from '../io';

const FORMATS = ['markdown', 'json', 'svg', 'html'] as const;

export const FRICTION_USAGE = `Usage: right-to-object friction PATH... [--format ${FORMATS.join('|')}] [--sort COLUMN[:asc|desc]]
Columns: ${COLUMN_IDS.join(', ')}`;

function parseSort(value: string | undefined): SortSpec | undefined {
  if (value === undefined || value === 'default') return undefined;
  const [column, direction = 'desc'] = value.split(':');
  if (!isColumnId(column)) throw new UsageError(`--sort must name a column (${COLUMN_IDS.join(', ')}), got "${value}"`);
  return { column, direction: oneOf(direction, ['asc', 'desc'] as const, '--sort direction') };
}

function parseFrictionArgs(args: string[]) {
  return parseCommandArgs(
    {
      args,
      allowPositionals: true,
      options: { format: { type: 'string' }, sort: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    },
    FRICTION_USAGE.split('\n')[0],
  );
}

export const frictionCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseFrictionArgs(args);
  if (values.help) {
    io.stdout(`${FRICTION_USAGE}\n`);
    return EXIT_OK;
  }
  const format = oneOf(values.format ?? 'markdown', FORMATS, '--format');
  const sort = parseSort(values.sort);
  if (positionals.length === 0) throw new UsageError(`no PATH given. ${FRICTION_USAGE.split('\n')[0]}`);

  const rows: FrictionRow[] = [];
  for (const file of await expandPaths(positionals, io.cwd)) {
    const walkthrough = parseWalkthrough(await io.readFile(file.absolute));
    if (!isWalkthrough(walkthrough)) {
      io.stderr(`${file.display}: skipped, not a walkthrough (no numbered steps, or neither a title in front matter nor a friction tag)\n`);
      continue;
    }
    rows.push(frictionRow(walkthrough, file.display));
  }
  if (rows.length === 0) throw new UsageError('no walkthrough with steps among the given paths');
  const sorted = sortRows(rows, sort);
  const note = orderNote(sort);
  if (format === 'json') {
    io.stdout(renderFrictionJson(sorted, note));
  } else if (format === 'svg') {
    io.stdout(renderFrictionSvg(sorted, { standalone: true }));
  } else if (format === 'html') {
    io.stdout(renderFrictionHtml(sorted, { orderNote: note, today: localIsoDate() }));
  } else {
    io.stdout(renderFrictionMarkdown(sorted, { orderNote: note }));
  }
  return EXIT_OK;
};
