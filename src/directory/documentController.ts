// The `controller:` line of a Markdown document's front matter, read from its first lines only
// (front matter is at the top), without loading the directory.
import type * as vscode from 'vscode';
import { controllerLine, type ControllerLine } from '../core/directory/controller';
import { findFrontMatterOpening } from '../core/text/frontMatter';

/** The hover, the diagnostics and the quick fix read at most this many lines. */
export const MAX_FRONT_MATTER_LINES = 200;

export function controllerLineOf(document: vscode.TextDocument): ControllerLine | undefined {
  if (document.lineCount === 0 || !findFrontMatterOpening(document.lineAt(0).text)) return undefined;
  const end = Math.min(document.lineCount - 1, MAX_FRONT_MATTER_LINES);
  return controllerLine(document.getText(document.lineAt(end).rangeIncludingLineBreak.with({ start: document.lineAt(0).range.start })));
}
