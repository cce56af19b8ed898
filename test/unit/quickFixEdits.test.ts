import assert from 'node:assert/strict';
import { applyEdits } from '../../src/core/edits/textEdit';
import { disableFileEdit, disableLineEdit, questionNoteEdits, sentenceEnd } from '../../src/core/vague/quickFixEdits';
import { parseSuppressions } from '../../src/core/vague/suppressions';

describe('quick-fix edits', () => {
  const text = 'We share data with partners. Then more.\n\nNext paragraph';
  const end = text.indexOf('partners') + 'partners'.length;

  it('finds the end of the sentence, or of the paragraph', () => {
    assert.equal(sentenceEnd(text, end), text.indexOf('. Then') + 1);
    assert.equal(sentenceEnd('No full stop here\n\nNext', 3), 'No full stop here'.length);
    assert.equal(sentenceEnd('He said "stop." Then', 0), 'He said "stop."'.length);
    assert.equal(sentenceEnd('version 1.2 is out. X', 0), 'version 1.2 is out.'.length);
  });
  it('inserts the question inline after the sentence, changing nothing else', () => {
    const result = applyEdits(text, questionNoteEdits(text, end, 'Which partners?', 'inline'));
    assert.equal(result, 'We share data with partners. *(Question to ask: Which partners?)* Then more.\n\nNext paragraph');
  });
  it('writes the question as a comment that cannot close early', () => {
    const result = applyEdits(text, questionNoteEdits(text, end, 'A -- B?', 'comment'));
    assert.ok(result.includes(' <!-- Question to ask: A — B? -->'));
  });
  it('writes a footnote with the next free number and the note at the end', () => {
    const withOne = `${text}\n\n[^q1]: earlier`;
    const result = applyEdits(withOne, questionNoteEdits(withOne, end, 'Which?', 'footnote'));
    assert.ok(result.startsWith('We share data with partners.[^q2] Then'));
    assert.ok(result.endsWith('[^q1]: earlier\n\n[^q2]: Question to ask: Which?\n'));
  });
  it("disables a rule on the finding's line, and the comment really suppresses it", () => {
    const result = applyEdits(text, [disableLineEdit(text, end - 3, 'partners')]);
    assert.equal(result.split('\n')[0], 'We share data with partners. Then more. <!-- right-to-object-disable-line partners -->');
    assert.equal(parseSuppressions(result).isSuppressed('partners', end - 3), true);
    assert.equal(parseSuppressions(result).isSuppressed('partners', result.indexOf('Next')), false);
  });
  it('disables a rule for the file after the front matter, keeping CRLF', () => {
    const doc = '---\r\ntitle: x\r\n---\r\nBody partners';
    const result = applyEdits(doc, [disableFileEdit(doc, 'partners')]);
    assert.equal(result, '---\r\ntitle: x\r\n---\r\n<!-- right-to-object-disable partners -->\r\nBody partners');
    assert.equal(parseSuppressions(result).isSuppressed('partners', result.indexOf('partners', 60)), true);
  });
});

describe('quick-fix edits on quoted policy text', () => {
  const quoted = '# Analysis\n\n> We share data with partners\n> for business purposes. More.\n\nMy comment.\n';
  const end = quoted.indexOf('partners') + 'partners'.length;
  it('inserts the question after the quote, never inside it', () => {
    for (const format of ['inline', 'comment', 'footnote'] as const) {
      const result = applyEdits(quoted, questionNoteEdits(quoted, end, 'Which partners?', format));
      const quoteEnd = quoted.indexOf('More.') + 'More.'.length;
      assert.equal(result.slice(0, quoteEnd), quoted.slice(0, quoteEnd), format);
      assert.match(result.slice(quoteEnd), /^\n\n\*?(?:\(|<!--)/, format);
    }
  });
  it('does not lint the inserted question', async () => {
    const { lintDocument } = await import('../../src/core/vague/lintDocument');
    const { DEFAULT_LINT_CONFIG } = await import('../../src/core/vague/lintConfig');
    const result = applyEdits(quoted, questionNoteEdits(quoted, end, 'Which third parties receive my data?', 'inline'));
    const findings = lintDocument(result, { kind: 'markdown', config: { ...DEFAULT_LINT_CONFIG, scope: 'everything' } });
    assert.ok(!findings.some((finding) => result.slice(finding.start, finding.end) === 'third parties'), 'the inserted question was flagged');
  });
});
