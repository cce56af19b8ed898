import assert from 'node:assert/strict';
import { parseWalkthrough, TAG_IDS, TAGS } from '../../../src/core/walkthrough';

const doc = (steps: string) => `---\ntitle: T\n---\n${steps}\n`;

describe('walkthrough: friction tags', () => {
  it('defines label, description and measures for every tag id', () => {
    for (const id of TAG_IDS) {
      assert.equal(TAGS[id].id, id);
      assert.ok(TAGS[id].label.length > 2);
      assert.ok(TAGS[id].description.endsWith('.'));
      assert.ok(TAGS[id].feeds.length > 0);
    }
  });

  it('covers the vocabulary the format promises', () => {
    for (const id of ['find', 'link', 'account', 'country', 'email', 'justify', 'otp', 'id-upload', 'wait', 'discretion', 'confirm', 'field']) {
      assert.ok((TAG_IDS as readonly string[]).includes(id), id);
    }
  });

  it('reads several tags, with or without spaces, in any letter case, and strips them from the text', () => {
    const w = parseWalkthrough(doc('1. [LINK][email] [Country]  Open the form.'));
    assert.deepEqual(w.steps[0]?.tags, ['link', 'email', 'country']);
    assert.equal(w.steps[0]?.text, 'Open the form.');
    assert.deepEqual(w.problems, []);
  });

  it('accepts aliases and reports them under the canonical id', () => {
    const w = parseWalkthrough(doc('1. [login][code][id] x'));
    assert.deepEqual(w.steps[0]?.tags, ['account', 'otp', 'id-upload']);
  });

  it('warns about an unknown tag at the tag itself and ignores it', () => {
    const text = doc('1. [find] ok\n2. [link][bogus] [email] text');
    const w = parseWalkthrough(text);
    const problem = w.problems.find((p) => p.code === 'unknown-tag');
    assert.ok(problem);
    assert.equal(problem.severity, 'warning');
    assert.equal(text.slice(problem.start, problem.end), '[bogus]');
    assert.equal(problem.line, 4);
    assert.equal(problem.character, 9);
    assert.deepEqual(w.steps[1]?.tags, ['link', 'email']);
    assert.equal(w.steps[1]?.text, 'text');
  });

  it('treats only the start of a step as tags', () => {
    const w = parseWalkthrough(doc('1. Open [link] and [bogus] later'));
    assert.deepEqual(w.steps[0]?.tags, []);
    assert.equal(w.steps[0]?.text, 'Open [link] and [bogus] later');
    assert.deepEqual(w.problems, []);
  });

  it('leaves links, escaped brackets and footnote-like brackets alone', () => {
    const w = parseWalkthrough(doc('1. [form](https://example.org) open it\n2. \\[find] literal\n3. [1] numbered note'));
    assert.deepEqual(w.steps.map((s) => s.tags), [[], [], []]);
    assert.equal(w.steps[0]?.text, '[form](https://example.org) open it');
    assert.deepEqual(w.problems, []);
  });

  it('drops a GitHub task-list box before the tags', () => {
    const w = parseWalkthrough(doc('1. [ ] [otp] enter the code\n2. [x] done already'));
    assert.deepEqual(w.steps.map((s) => [s.tags, s.text]), [[['otp'], 'enter the code'], [[], 'done already']]);
  });

  it('reads a waiting time from the tag, else from the text', () => {
    const w = parseWalkthrough(doc('1. [wait:30d] Wait.\n2. [wait] Then wait up to two weeks.\n3. You may have to wait 24 hours.\n4. [wait] No duration.'));
    assert.deepEqual(w.steps.map((s) => s.wait), [
      { amount: 30, unit: 'day', source: 'tag' },
      { amount: 2, unit: 'week', source: 'text' },
      { amount: 24, unit: 'hour', source: 'text' },
      undefined,
    ]);
  });

  it('warns about a bad parameter at the parameter, and about parameters on plain tags', () => {
    const text = doc('1. [wait:soon] x\n2. [otp:6] y\n3. [field:0] z');
    const w = parseWalkthrough(text);
    const bad = w.problems.filter((p) => p.code === 'bad-tag-parameter');
    assert.deepEqual(bad.map((p) => text.slice(p.start, p.end)), ['soon', '6', '0']);
    assert.deepEqual(w.steps.map((s) => s.tags), [['wait'], ['otp'], ['field']]);
  });

  it('counts form fields per step', () => {
    const w = parseWalkthrough(doc('1. [country][email][justify] a\n2. [field:3] b\n3. [field] c\n4. [email][email] d'));
    assert.deepEqual(w.steps.map((s) => s.fields), [3, 3, 1, 1]);
  });
});
