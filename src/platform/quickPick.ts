// One step of a multi-step quick pick. The rows are filtered and ranked by our own word search
// (src/core/text/wordSearch.ts): each typed word must start a word of the row or of its keywords,
// so "EU GDPR" finds "European Union" and "AI" does not rank "Complaint" first. When nothing matches,
// a "no match" row keeps the picker open instead of ending the command on Enter. A row's long text
// (`more`) is shown once, under the input, while that row is active, instead of on every row.
// Outside a numbered flow a step with a single option is skipped (nothing to choose); in a numbered
// flow it is shown, so the counter runs (1/N) … (N/N) without gaps.
import * as vscode from 'vscode';
import { rankByWords } from '../core/text/wordSearch';
import { escapeIcons } from '../core/text/markdownEscape';
import { trackPick } from './pickProbe';

export interface Option<T> extends vscode.QuickPickItem {
  value: T;
  /** Names the row answers to without showing them (an id's words, a law's short name). */
  keywords?: readonly string[];
  /** Long text shown once, under the input, while this row is active. */
  more?: string;
}

export interface StepOptions {
  title: string;
  placeholder: string;
  step?: number;
  totalSteps?: number;
  /** Show the pick even with one option, when the item itself tells the user something. */
  showSingle?: boolean;
}

interface Row<T> extends vscode.QuickPickItem {
  option?: Option<T>;
  /** The "no match" row: accepting it clears the filter instead of ending the command. */
  noMatch?: true;
}

/** Proposed or newer QuickPick members, set where the host supports them and ignored elsewhere. */
interface NewerQuickPick {
  /** Keeps our ranking instead of re-sorting by label match (quickPickSortByLabel). */
  sortByLabel?: boolean;
  /** Text under the input (QuickPick.prompt, VS Code 1.104+). */
  prompt?: string;
}

/** The rows for `value`: every option (with separators) when blank, else the ranked matches or the "no match" row. */
function rowsFor<T>(options: readonly Option<T>[], value: string): Row<T>[] {
  const selectable = options.filter((option) => option.kind !== vscode.QuickPickItemKind.Separator);
  if (value.trim() === '') return options.map((option) => (option.kind === vscode.QuickPickItemKind.Separator ? { ...option } : { ...option, alwaysShow: true, option }));
  const ranked = rankByWords(value, selectable).map((index): Row<T> => ({ ...selectable[index]!, alwaysShow: true, option: selectable[index]! }));
  if (ranked.length > 0) return ranked;
  return [
    {
      label: vscode.l10n.t('$(search-stop) No match for “{0}”', escapeIcons(value.trim())),
      description: vscode.l10n.t('Enter or Backspace shows every choice again'),
      alwaysShow: true,
      noMatch: true,
    },
  ];
}

/** The value the user accepted, or undefined when the pick was dismissed. */
export async function pickOne<T>(options: readonly Option<T>[], step: StepOptions): Promise<T | undefined> {
  const selectable = options.filter((option) => option.kind !== vscode.QuickPickItemKind.Separator);
  if (selectable.length === 0) return undefined;
  const numbered = step.step !== undefined && step.totalSteps !== undefined;
  if (selectable.length === 1 && !step.showSingle && !numbered) return selectable[0]?.value;
  const pick = vscode.window.createQuickPick<Row<T>>();
  const newer = pick as NewerQuickPick;
  pick.title = step.title;
  pick.placeholder = step.placeholder;
  pick.step = step.step;
  pick.totalSteps = step.totalSteps;
  // Our own filter decides what is shown and in which order (every row has alwaysShow).
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  newer.sortByLabel = false;
  const refilter = (value: string) => {
    const rows = rowsFor(options, value);
    pick.items = rows;
    const first = rows.find((row) => row.kind !== vscode.QuickPickItemKind.Separator);
    pick.activeItems = first ? [first] : [];
    showMore(first);
  };
  const showMore = (row: Row<T> | undefined) => {
    newer.prompt = row?.option?.more;
  };
  const listeners: vscode.Disposable[] = [];
  try {
    return await new Promise<T | undefined>((resolve) => {
      listeners.push(
        pick.onDidChangeValue(refilter),
        pick.onDidChangeActive((rows) => showMore(rows[0])),
        pick.onDidAccept(() => {
          const row = pick.selectedItems[0] ?? pick.activeItems[0];
          if (!row?.option) {
            // "No match": stay open and show every choice again.
            pick.value = '';
            refilter('');
            return;
          }
          resolve(row.option.value);
          pick.hide();
        }),
        pick.onDidHide(() => resolve(undefined)),
        trackPick(pick, refilter),
      );
      refilter('');
      pick.show();
    });
  } finally {
    for (const listener of listeners) listener.dispose();
    pick.dispose();
  }
}
