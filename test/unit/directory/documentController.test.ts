// The editor's reading of a document's `controller:` line (src/directory/documentController.ts)
// decides "is there front matter?" with the one finder of src/core/text, so a document whose text
// starts with a byte-order mark has its controller read, at the same place plus one.
import assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { controllerLineOf } from '../../../src/directory/documentController';

/** Just what controllerLineOf reads of a TextDocument: lines, and the text of a range from the start. */
function documentOf(text: string): vscode.TextDocument {
  const lines = text.split('\n');
  const starts = lines.map((_, index) => lines.slice(0, index).reduce((sum, line) => sum + line.length + 1, 0));
  const position = (line: number, character: number) => ({ line, character });
  const lineAt = (line: number) => ({
    text: lines[line]!,
    range: { start: position(line, 0) },
    rangeIncludingLineBreak: { with: ({ start }: { start: { line: number; character: number } }) => ({ start, end: position(line + 1, 0) }) },
  });
  const getText = (range: { start: { line: number; character: number }; end: { line: number } }) =>
    text.slice(starts[range.start.line]! + range.start.character, range.end.line < lines.length ? starts[range.end.line] : text.length);
  return { lineCount: lines.length, lineAt, getText } as unknown as vscode.TextDocument;
}

describe('the controller line of an open document', () => {
  const plain = '---\ntitle: Objection\ncontroller: Zalando SE\n---\n\n# Letter\n';
  it('is read from the front matter', () => {
    const line = controllerLineOf(documentOf(plain));
    assert.equal(line?.name, 'Zalando SE');
    assert.equal(plain.slice(line.start, line.end), 'Zalando SE');
  });
  it('is read after a byte-order mark, one character later', () => {
    const marked = `\uFEFF${plain}`;
    const line = controllerLineOf(documentOf(marked));
    assert.equal(line?.name, 'Zalando SE');
    assert.equal(marked.slice(line.start, line.end), 'Zalando SE');
    assert.equal(line.start, controllerLineOf(documentOf(plain))!.start + 1);
  });
  it('is not read without front matter', () => {
    assert.equal(controllerLineOf(documentOf('# Letter\ncontroller: Zalando SE\n')), undefined);
    assert.equal(controllerLineOf(documentOf('')), undefined);
  });
});
