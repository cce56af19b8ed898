// One step of a multi-step quick pick. By default a step with a single option is skipped (nothing
// to choose). The first selectable item is active, so the preferred option is accepted with Enter.
import * as vscode from 'vscode';

export interface Option<T> extends vscode.QuickPickItem {
  value: T;
}

export interface StepOptions {
  title: string;
  placeholder: string;
  step?: number;
  totalSteps?: number;
  /** Show the pick even with one option, when the item itself tells the user something. */
  showSingle?: boolean;
}

/** The value the user accepted, or undefined when the pick was dismissed. */
export async function pickOne<T>(options: readonly Option<T>[], step: StepOptions): Promise<T | undefined> {
  const selectable = options.filter((option) => option.kind !== vscode.QuickPickItemKind.Separator);
  if (selectable.length === 0) return undefined;
  if (selectable.length === 1 && !step.showSingle) return selectable[0]?.value;
  const pick = vscode.window.createQuickPick<Option<T>>();
  pick.title = step.title;
  pick.placeholder = step.placeholder;
  pick.step = step.step;
  pick.totalSteps = step.totalSteps;
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.items = options;
  pick.activeItems = selectable.slice(0, 1);
  const listeners: vscode.Disposable[] = [];
  try {
    return await new Promise<T | undefined>((resolve) => {
      listeners.push(
        pick.onDidAccept(() => {
          resolve(pick.selectedItems[0]?.value ?? pick.activeItems[0]?.value);
          pick.hide();
        }),
        pick.onDidHide(() => resolve(undefined)),
      );
      pick.show();
    });
  } finally {
    for (const listener of listeners) listener.dispose();
    pick.dispose();
  }
}
