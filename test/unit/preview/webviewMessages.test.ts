import assert from 'node:assert/strict';
import { parseStoredStepKeys, parseWebviewMessage } from '../../../src/preview/webviewMessages';
import { parsePreviewState } from '../../../src/preview/previewState';

const URI = 'file:///work/guide.md';
const KEY = 's-0123456789abcdef';

describe('preview: messages from the webview', () => {
  it('accepts each well-formed message as it is', () => {
    const good = [
      { type: 'ready' },
      { type: 'setStep', uri: URI, key: KEY, done: true },
      { type: 'setStep', uri: URI, key: `${KEY}-2`, done: false },
      { type: 'resetProgress', uri: URI },
      { type: 'openLink', href: 'https://example.org/' },
      { type: 'revealLine', uri: URI, line: 3, character: 0 },
      { type: 'rendered', uri: URI, version: 7, done: 1, total: 7 },
    ];
    for (const message of good) assert.deepEqual(parseWebviewMessage(message), message, JSON.stringify(message));
  });

  it('refuses wrong shapes, types and values', () => {
    const bad: unknown[] = [
      undefined,
      null,
      'ready',
      42,
      [],
      {},
      { type: 'navigate', href: 'https://example.org' },
      { type: 'setStep', uri: URI, key: KEY, done: 'yes' },
      { type: 'setStep', uri: URI, key: '../../etc', done: true },
      { type: 'setStep', uri: URI, key: 's-0123', done: true },
      { type: 'setStep', key: KEY, done: true },
      { type: 'revealLine', uri: URI, line: -1, character: 0 },
      { type: 'revealLine', uri: URI, line: 1.5, character: 0 },
      { type: 'revealLine', uri: URI, line: '3', character: 0 },
      { type: 'revealLine', uri: URI, line: Number.NaN, character: 0 },
      { type: 'openLink', href: 5 },
      { type: 'openLink', href: `https://example.org/${'a'.repeat(5000)}` },
      { type: 'rendered', uri: URI, version: 1, done: -1, total: 7 },
      { type: 'resetProgress', uri: 7 },
    ];
    for (const message of bad) assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message));
  });

  it('keeps only the fields it knows', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'openLink', href: 'https://example.org/', command: 'workbench.action.terminal.new' }), {
      type: 'openLink',
      href: 'https://example.org/',
    });
  });

  it('reads back stored progress, dropping anything that is not a step key', () => {
    assert.deepEqual(parseStoredStepKeys([KEY, 'nope', 3, KEY, `${KEY}-2`]), [KEY, `${KEY}-2`]);
    assert.deepEqual(parseStoredStepKeys('s-0123456789abcdef'), []);
    assert.deepEqual(parseStoredStepKeys(undefined), []);
  });

  it('restores only a state that names a document', () => {
    assert.deepEqual(parsePreviewState({ uri: URI, scrollY: 120 }), { uri: URI });
    assert.equal(parsePreviewState({ uri: '' }), undefined);
    assert.equal(parsePreviewState({ uri: 3 }), undefined);
    assert.equal(parsePreviewState(undefined), undefined);
    assert.equal(parsePreviewState('file:///x.md'), undefined);
  });
});
