import assert from 'node:assert/strict';
import { parseWalkthrough, type Problem, type Walkthrough } from '../../../src/core/walkthrough';

function only(w: Walkthrough, code: Problem['code']): Problem {
  const found = w.problems.filter((p) => p.code === code);
  assert.equal(found.length, 1, `exactly one ${code} problem, got ${JSON.stringify(w.problems)}`);
  return found[0]!;
}

/** The problem covers exactly `expected`, at the given 0-based line and character. */
function assertAt(text: string, problem: Problem, expected: string, line: number, character: number): void {
  assert.equal(text.slice(problem.start, problem.end), expected);
  assert.equal(problem.line, line, 'line');
  assert.equal(problem.character, character, 'character');
}

const GOOD = `---
title: Object to AI training
controller: Example Ltd
jurisdiction: eu-gdpr
deadline: 2025-05-26
updated: 2025-05-01
sources:
  - https://example.org/a
  - http://example.org/b
---

Intro paragraph.

1. [find] Look in your notifications.
2. [link][email] Open the form and give your email.
3. Submit it.
`;

describe('walkthrough: parseWalkthrough', () => {
  it('reads valid front matter and the steps', () => {
    const w = parseWalkthrough(GOOD);
    assert.deepEqual(w.problems, []);
    assert.equal(w.title, 'Object to AI training');
    assert.deepEqual(w.frontMatter, {
      title: 'Object to AI training',
      controller: 'Example Ltd',
      jurisdiction: 'eu-gdpr',
      deadline: '2025-05-26',
      updated: '2025-05-01',
      sources: ['https://example.org/a', 'http://example.org/b'],
    });
    assert.deepEqual(
      w.steps.map((s) => [s.index, s.tags, s.text, s.line]),
      [
        [0, ['find'], 'Look in your notifications.', 13],
        [1, ['link', 'email'], 'Open the form and give your email.', 14],
        [2, [], 'Submit it.', 15],
      ],
    );
  });

  it('gives the same result for CRLF and LF line endings, with CRLF offsets', () => {
    const crlf = GOOD.replace(/\n/g, '\r\n');
    const w = parseWalkthrough(crlf);
    assert.deepEqual(w.problems, []);
    assert.deepEqual(
      w.steps.map((s) => [s.line, s.text]),
      parseWalkthrough(GOOD).steps.map((s) => [s.line, s.text]),
    );
    const bad = parseWalkthrough(crlf.replace('2025-05-26', '2025-13-01'));
    assertAt(crlf.replace('2025-05-26', '2025-13-01'), only(bad, 'front-matter-invalid'), '2025-13-01', 4, 10);
  });

  it('skips a byte-order mark before the front matter', () => {
    const w = parseWalkthrough(`\uFEFF${GOOD}`);
    assert.deepEqual(w.problems, []);
    assert.equal(w.title, 'Object to AI training');
  });

  it('points at an invalid date value', () => {
    const text = GOOD.replace('deadline: 2025-05-26', 'deadline: 2025-02-30');
    const problem = only(parseWalkthrough(text), 'front-matter-invalid');
    assert.equal(problem.severity, 'error');
    assertAt(text, problem, '2025-02-30', 4, 10);
    assert.match(problem.message, /deadline/);
    assert.equal(parseWalkthrough(text).frontMatter.deadline, undefined, 'the bad field is left out');
    assert.equal(parseWalkthrough(text).frontMatter.controller, 'Example Ltd', 'the good fields are kept');
  });

  it('rejects a date that is a number or has no leading zeros', () => {
    for (const value of ['20250526', '2025-5-26']) {
      const text = GOOD.replace('2025-05-26', value);
      assertAt(text, only(parseWalkthrough(text), 'front-matter-invalid'), value, 4, 10);
    }
  });

  it('points at the bad item of the sources list', () => {
    const text = GOOD.replace('http://example.org/b', 'javascript:alert(1)');
    const problem = only(parseWalkthrough(text), 'front-matter-invalid');
    assertAt(text, problem, 'javascript:alert(1)', 8, 4);
    assert.deepEqual(parseWalkthrough(text).frontMatter.sources, undefined);
  });

  it('requires a kebab-case jurisdiction', () => {
    const text = GOOD.replace('jurisdiction: eu-gdpr', 'jurisdiction: EU GDPR');
    assertAt(text, only(parseWalkthrough(text), 'front-matter-invalid'), 'EU GDPR', 3, 14);
  });

  it('reports a missing title at the opening fence and falls back to the first heading', () => {
    const text = '---\ncontroller: X\n---\n# Heading title\n\n1. a\n';
    const w = parseWalkthrough(text);
    const problem = only(w, 'missing-title');
    assert.equal(problem.severity, 'error');
    assertAt(text, problem, '---', 0, 0);
    assert.equal(w.title, 'Heading title');
  });

  it('reports a missing title when there is no front matter at all', () => {
    const text = 'Just text\n\n1. a\n';
    const w = parseWalkthrough(text);
    assertAt(text, only(w, 'missing-title'), 'Just text', 0, 0);
    assert.equal(w.title, 'Untitled walkthrough');
  });

  it('reports an empty title at its key', () => {
    const text = '---\ntitle:\n---\n1. a\n';
    assertAt(text, only(parseWalkthrough(text), 'missing-title'), 'title', 1, 0);
  });

  it('reports a title that is not text at its value', () => {
    const text = '---\ntitle: [a, b]\n---\n1. a\n';
    const w = parseWalkthrough(text);
    assertAt(text, only(w, 'front-matter-invalid'), '[a, b]', 1, 7);
    assert.equal(w.problems.filter((p) => p.code === 'missing-title').length, 0, 'no second problem for the same key');
  });

  it('reports malformed YAML with its position and keeps going', () => {
    const text = '---\ntitle: ok\ncontroller: "unterminated\n---\n1. a\n';
    const w = parseWalkthrough(text);
    const yaml = w.problems.filter((p) => p.code === 'yaml-syntax');
    assert.ok(yaml.length > 0);
    assert.ok(yaml.every((p) => p.severity === 'error'));
    assert.ok(
      yaml.every((p) => p.start >= 4 && p.end <= text.indexOf('\n---', 4) + 1),
      'inside the front matter',
    );
    assert.equal(w.steps.length, 1);
  });

  it('reports duplicate keys at the second key', () => {
    const text = '---\ntitle: a\ntitle: b\n---\n1. a\n';
    const problem = parseWalkthrough(text).problems.find((p) => p.code === 'yaml-syntax');
    assert.ok(problem);
    assert.equal(problem.line, 2);
    assert.equal(problem.character, 0);
  });

  it('reports front matter that is not a map', () => {
    const text = '---\n- a\n- b\n---\n1. a\n';
    assertAt(text, only(parseWalkthrough(text), 'front-matter-not-a-map'), '- a\n- b\n', 1, 0);
  });

  it('reports unclosed front matter at the opening fence', () => {
    const text = '---\ntitle: x\n\n1. a\n';
    const w = parseWalkthrough(text);
    assertAt(text, only(w, 'front-matter-unclosed'), '---', 0, 0);
  });

  it('notes unknown front-matter keys as information', () => {
    const text = '---\ntitle: T\nlayout: page\n---\n1. a\n';
    const problem = only(parseWalkthrough(text), 'front-matter-unknown-key');
    assert.equal(problem.severity, 'information');
    assertAt(text, problem, 'layout', 2, 0);
  });

  it('survives a YAML alias bomb', () => {
    const lines = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++)
      lines.push(
        `${'bcdefghij'[i]}: &${'bcdefghij'[i]} [${Array(9)
          .fill(`*${i === 0 ? 'a' : 'bcdefghij'[i - 1]}`)
          .join(',')}]`,
      );
    const text = `${lines.join('\n')}\ntitle: T\n---\n1. a\n`;
    const w = parseWalkthrough(text);
    assert.equal(w.steps.length, 1);
    assert.ok(w.problems.some((p) => p.code === 'yaml-syntax'));
  });

  it('reports a document without steps', () => {
    const text = '---\ntitle: T\n---\nNo list here.\n\n- a bullet\n';
    const problem = only(parseWalkthrough(text), 'no-steps');
    assert.equal(problem.severity, 'error');
    assertAt(text, problem, 'No list here.', 3, 0);
  });

  it('never throws, whatever the input', () => {
    const inputs = [
      '',
      '\n\n\n',
      '---',
      '---\n---',
      '...',
      '\u0000\u0001\u0002\u0003\uFFFF\uD800\uDC00\uD800',
      String.fromCharCode(...Array.from({ length: 512 }, (_, i) => i)),
      '\r\r\r1. [find]\r2. x',
      '1.'.repeat(5000),
      '>'.repeat(2000) + ' 1. [otp] x',
      '   '.repeat(500) + '1. x',
      '---\n' + '['.repeat(10000) + '\n---\n',
      '---\ntitle: !!binary AAAA\n---\n1. a',
      '---\n? [a]\n: b\n---\n1. a',
      '1. ' + '[find]'.repeat(5000),
    ];
    for (const input of inputs) {
      const w = parseWalkthrough(input);
      assert.equal(typeof w.title, 'string');
      for (const p of w.problems) {
        assert.ok(p.start >= 0 && p.start <= p.end && p.end <= input.length, `offsets in range for ${JSON.stringify(input.slice(0, 20))}`);
      }
    }
  });
});

describe('walkthrough: which list holds the steps', () => {
  it('uses the first numbered list when there is no "Steps" heading', () => {
    const w = parseWalkthrough('---\ntitle: T\n---\n- bullet\n\n1. first\n2. second\n\nA paragraph ends the list.\n\n1. other list\n');
    assert.deepEqual(
      w.steps.map((s) => s.text),
      ['first', 'second'],
    );
  });

  it('uses the numbered list under a heading named "Steps", wherever it is', () => {
    const text = '---\ntitle: T\n---\n## Background\n\n1. not a step\n\n## Steps\n\nSome text.\n\n1. [otp] real step\n2. second\n\n## Later\n\n1. not either\n';
    const w = parseWalkthrough(text);
    assert.deepEqual(
      w.steps.map((s) => s.text),
      ['real step', 'second'],
    );
    assert.deepEqual(w.problems, []);
  });

  it('matches the heading case-insensitively and with a colon', () => {
    const w = parseWalkthrough('---\ntitle: T\n---\n1. no\n\n### steps:\n\n1. yes\n');
    assert.deepEqual(
      w.steps.map((s) => s.text),
      ['yes'],
    );
  });

  it('ignores a numbered list after the Steps section has ended', () => {
    const text = '---\ntitle: T\n---\n1. fallback\n\n## Steps\n\nProse only.\n\n## Next\n\n1. too late\n';
    const w = parseWalkthrough(text);
    assert.deepEqual(
      w.steps.map((s) => s.text),
      ['fallback'],
    );
    assertAt(text, only(w, 'steps-heading-without-list'), '## Steps', 5, 0);
  });

  it('does not take a numbered list nested in a bullet list', () => {
    const w = parseWalkthrough('---\ntitle: T\n---\n- outer\n  1. nested\n\n1. top\n');
    assert.deepEqual(
      w.steps.map((s) => s.text),
      ['top'],
    );
  });

  it('keeps nested content in the step text, dedented', () => {
    const w = parseWalkthrough('---\ntitle: T\n---\n1. [email] First line\n   continues here.\n\n   Second paragraph.\n   - sub item\n2. Next\n');
    assert.equal(w.steps[0]?.text, 'First line\ncontinues here.\n\nSecond paragraph.\n- sub item');
    assert.deepEqual(w.steps[0]?.tags, ['email']);
  });

  it('reads steps inside a block quote and steps whose marker stands alone', () => {
    const quoted = parseWalkthrough('---\ntitle: T\n---\n> 1. [otp] quoted\n>    more\n');
    assert.deepEqual(
      quoted.steps.map((s) => [s.tags, s.text]),
      [[['otp'], 'quoted\nmore']],
    );
    const alone = parseWalkthrough('---\ntitle: T\n---\n1.\n   [email] later\n');
    assert.deepEqual(
      alone.steps.map((s) => [s.tags, s.text]),
      [[['email'], 'later']],
    );
  });

  it('numbers steps from 0 whatever the list start number is', () => {
    const w = parseWalkthrough('---\ntitle: T\n---\n5) a\n6) b\n');
    assert.deepEqual(
      w.steps.map((s) => [s.index, s.text]),
      [
        [0, 'a'],
        [1, 'b'],
      ],
    );
  });
});
