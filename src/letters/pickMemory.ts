// Remembers the last letter chosen (jurisdiction, kind, language) across sessions, so the pickers
// can offer it first next time. Kept in globalState: it is a habit of the user, not of a workspace.
import type * as vscode from 'vscode';
import type { LetterSelection } from '../core/lettersEngine';
import { ownValue } from '../core/ownKeys';

const KEY = 'rightToObject.letters.lastSelection';

export class PickMemory {
  constructor(private readonly state: vscode.Memento) {}

  last(): Partial<LetterSelection> {
    const stored: unknown = this.state.get(KEY);
    if (typeof stored !== 'object' || stored === null) return {};
    // Stored by an older version or edited by hand: keep only string fields.
    const result: Partial<LetterSelection> = {};
    for (const key of ['jurisdiction', 'kind', 'language'] as const) {
      const value: unknown = ownValue(stored as Record<string, unknown>, key);
      if (typeof value === 'string') result[key] = value;
    }
    return result;
  }

  remember(selection: LetterSelection): Thenable<void> {
    return this.state.update(KEY, { jurisdiction: selection.jurisdiction, kind: selection.kind, language: selection.language });
  }
}
