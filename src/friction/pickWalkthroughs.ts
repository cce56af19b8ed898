// "Compare Opt-out Friction" over the workspace's walkthroughs, or the ones the user ticks in a
// multi-select quick pick (all ticked at first).
import * as vscode from 'vscode';
import type { FoundWalkthrough } from './findWalkthroughs';

export async function pickWalkthroughs(found: readonly FoundWalkthrough[]): Promise<FoundWalkthrough[] | undefined> {
  if (found.length <= 2) return [...found];
  const items = found.map((walkthrough) => ({
    label: walkthrough.row.company,
    description: walkthrough.row.title,
    detail: walkthrough.row.file,
    picked: true,
    walkthrough,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Compare Opt-out Friction'),
    placeHolder: vscode.l10n.t('Choose the walkthroughs to compare'),
  });
  return picked?.map((item) => item.walkthrough);
}
