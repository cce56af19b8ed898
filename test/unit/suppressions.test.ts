import assert from 'node:assert/strict';
import { parseSuppressions } from '../../src/core/vague/suppressions';

describe('parseSuppressions', () => {
  const text = [
    'line0 partners', // 0
    '<!-- right-to-object-disable-next-line partners -->', // 1
    'line2 partners', // 2
    'line3 partners <!-- right-to-object-disable-line partners, such-as -->', // 3
    '<!-- right-to-object-disable -->', // 4
    'line5 anything', // 5
    '<!-- right-to-object-enable -->', // 6
    'line7 partners', // 7
  ].join('\n');
  const lineStart = (line: number) => text.split('\n').slice(0, line).join('\n').length + (line > 0 ? 1 : 0);
  const suppressions = parseSuppressions(text);

  it('disable-next-line covers the next line only, for the named rules', () => {
    assert.equal(suppressions.isSuppressed('partners', lineStart(2) + 6), true);
    assert.equal(suppressions.isSuppressed('such-as', lineStart(2) + 6), false);
    assert.equal(suppressions.isSuppressed('partners', lineStart(0) + 6), false);
  });
  it('disable-line covers its own line, with comma-separated rules', () => {
    assert.equal(suppressions.isSuppressed('partners', lineStart(3) + 6), true);
    assert.equal(suppressions.isSuppressed('such-as', lineStart(3)), true);
    assert.equal(suppressions.isSuppressed('may', lineStart(3)), false);
  });
  it('disable ... enable covers every rule in between, and nothing after', () => {
    assert.equal(suppressions.isSuppressed('anything', lineStart(5)), true);
    assert.equal(suppressions.isSuppressed('partners', lineStart(7) + 6), false);
  });
  it('an unclosed disable runs to the end of the document', () => {
    const open = parseSuppressions('a\n<!-- right-to-object-disable such-as -->\nb such as\n');
    assert.equal(open.isSuppressed('such-as', 45), true);
    assert.equal(open.isSuppressed('partners', 45), false);
  });
});
