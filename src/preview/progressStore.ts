// Which steps a person has ticked, per document, in the workspace's Memento: it survives reloading
// the window. One entry per document (keyed by its URI) holding the keys of the steps done.
import type * as vscode from 'vscode';
import { parseStoredStepKeys } from './webviewMessages';

const KEY_PREFIX = 'rightToObject.walkthroughProgress:';
/** More keys than any walkthrough has steps: a runaway webview cannot grow the store forever. */
const MAX_KEYS_PER_DOCUMENT = 500;

export class ProgressStore {
  constructor(private readonly memento: vscode.Memento) {}

  /** Keys of the steps marked done in this document. */
  done(uri: vscode.Uri): string[] {
    return parseStoredStepKeys(this.memento.get<unknown>(this.keyFor(uri)));
  }

  async setDone(uri: vscode.Uri, stepKey: string, done: boolean): Promise<void> {
    const keys = new Set(this.done(uri));
    if (done) keys.add(stepKey);
    else keys.delete(stepKey);
    if (keys.size > MAX_KEYS_PER_DOCUMENT) return;
    await this.memento.update(this.keyFor(uri), keys.size > 0 ? [...keys] : undefined);
  }

  async reset(uri: vscode.Uri): Promise<void> {
    await this.memento.update(this.keyFor(uri), undefined);
  }

  private keyFor(uri: vscode.Uri): string {
    return KEY_PREFIX + uri.toString();
  }
}
