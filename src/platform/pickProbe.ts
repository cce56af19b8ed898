// Tests only (the extension API's `testing.picker`): what the quick pick on screen shows, and a way
// to type into it. Extension-host tests cannot type into the workbench's input, and the rows our
// own filter shows (src/letters/quickPick.ts) are what needs checking.
import type * as vscode from 'vscode';

export interface PickerState {
  title: string | undefined;
  step: number | undefined;
  totalSteps: number | undefined;
  value: string;
  /** The text under the input (the active row's long text). */
  prompt: string | undefined;
  rows: { label: string; description?: string | undefined; detail?: string | undefined; separator: boolean }[];
  active: string | undefined;
}

export interface PickerProbe {
  /** The open quick pick of this extension, or undefined. */
  state(): PickerState | undefined;
  /** Types `value` into the open quick pick, as the user would. */
  type(value: string): boolean;
}

interface Tracked {
  pick: vscode.QuickPick<vscode.QuickPickItem>;
  refilter: (value: string) => void;
}

let shown: Tracked | undefined;

/** Registers `pick` as the one on screen until the returned disposable is disposed. */
export function trackPick<T extends vscode.QuickPickItem>(pick: vscode.QuickPick<T>, refilter: (value: string) => void): vscode.Disposable {
  const tracked: Tracked = { pick: pick as unknown as vscode.QuickPick<vscode.QuickPickItem>, refilter };
  shown = tracked;
  return {
    dispose: () => {
      if (shown === tracked) shown = undefined;
    },
  };
}

const SEPARATOR = -1; // vscode.QuickPickItemKind.Separator, without importing vscode at run time here

export const pickerProbe: PickerProbe = {
  state() {
    if (!shown) return undefined;
    const { pick } = shown;
    return {
      title: pick.title,
      step: pick.step,
      totalSteps: pick.totalSteps,
      value: pick.value,
      prompt: (pick as { prompt?: string }).prompt,
      rows: pick.items.map((item) => ({ label: item.label, description: item.description, detail: item.detail, separator: (item.kind as number | undefined) === SEPARATOR })),
      active: pick.activeItems[0]?.label,
    };
  },
  type(value) {
    if (!shown) return false;
    shown.pick.value = value;
    shown.refilter(value);
    return true;
  },
};
