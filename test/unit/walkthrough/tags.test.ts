import assert from 'node:assert/strict';
import { parseWalkthrough, renderWalkthroughBody, TAG_ALIASES, TAG_IDS, TAGS } from '../../../src/core/walkthrough';
import { nearestTag, suggestTagReplacement } from '../../../src/core/walkthrough/suggestTag';

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

  it('accepts the documented synonyms explain, follow-link and verification-code', () => {
    const w = parseWalkthrough(doc('1. [explain][Follow-Link][verification-code] x'));
    assert.deepEqual(w.steps[0]?.tags, ['justify', 'link', 'otp']);
    assert.deepEqual(w.problems, []);
    assert.equal(w.steps[0]?.fields, 1, 'explain counts the justification field like justify');
    for (const [alias, id] of Object.entries(TAG_ALIASES)) assert.ok((TAG_IDS as readonly string[]).includes(id), `${alias} → ${id}`);
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
    assert.deepEqual(
      w.steps.map((s) => s.tags),
      [[], [], []],
    );
    assert.equal(w.steps[0]?.text, '[form](https://example.org) open it');
    assert.deepEqual(w.problems, []);
  });

  it('drops a GitHub task-list box before the tags', () => {
    const w = parseWalkthrough(doc('1. [ ] [otp] enter the code\n2. [x] done already'));
    assert.deepEqual(
      w.steps.map((s) => [s.tags, s.text]),
      [
        [['otp'], 'enter the code'],
        [[], 'done already'],
      ],
    );
  });

  it('reads a waiting time from the tag, else from the text', () => {
    const w = parseWalkthrough(doc('1. [wait:30d] Wait.\n2. [wait] Then wait up to two weeks.\n3. You may have to wait 24 hours.\n4. [wait] No duration.'));
    assert.deepEqual(
      w.steps.map((s) => s.wait),
      [{ amount: 30, unit: 'day', source: 'tag' }, { amount: 2, unit: 'week', source: 'text' }, { amount: 24, unit: 'hour', source: 'text' }, undefined],
    );
  });

  it('warns about a bad parameter at the parameter, and about parameters on plain tags', () => {
    const text = doc('1. [wait:soon] x\n2. [otp:6] y\n3. [field:0] z');
    const w = parseWalkthrough(text);
    const bad = w.problems.filter((p) => p.code === 'bad-tag-parameter');
    assert.deepEqual(
      bad.map((p) => text.slice(p.start, p.end)),
      ['soon', '6', '0'],
    );
    assert.deepEqual(
      w.steps.map((s) => s.tags),
      [['wait'], ['otp'], ['field']],
    );
  });

  it('counts form fields per step', () => {
    const w = parseWalkthrough(doc('1. [country][email][justify] a\n2. [field:3] b\n3. [field] c\n4. [email][email] d'));
    assert.deepEqual(
      w.steps.map((s) => s.fields),
      [3, 3, 1, 1],
    );
  });

  it('names the nearest known tag in the warning: "did you mean"', () => {
    const text = doc('1. [explian] Say why.\n2. [emial] x\n3. [sparkle] y');
    const messages = parseWalkthrough(text)
      .problems.filter((p) => p.code === 'unknown-tag')
      .map((p) => p.message);
    assert.equal(messages.length, 3);
    assert.match(messages[0] ?? '', /^Unknown friction tag "\[explian\]"\. Did you mean \[justify\]\? Known tags: find, link, /);
    assert.match(messages[1] ?? '', /Did you mean \[email\]\?/);
    assert.doesNotMatch(messages[2] ?? '', /Did you mean/, 'nothing is near "sparkle"');
    assert.match(messages[2] ?? '', /Known tags: find, link, account, country, email, field, justify, otp, id-upload, wait, discretion, confirm\./);
  });

  it('keeps an unknown tag visible at its step in the preview (not in an export), and counts it for nothing', () => {
    const text = doc('1. [link][sparkle] <b>x</b>');
    const w = parseWalkthrough(text);
    assert.deepEqual(w.steps[0]?.tags, ['link']);
    const preview = renderWalkthroughBody(w, text, { mode: 'preview', today: '2026-01-01' });
    assert.match(
      preview,
      /<span class="rto-step-tags"><span class="rto-tag rto-tag-link">Follow a link<\/span> <span class="rto-tag rto-tag-unknown" data-tag="\[sparkle\]"[^>]*>Unknown tag \[sparkle\]<\/span><\/span>/,
    );
    const exported = renderWalkthroughBody(w, text, { mode: 'export', today: '2026-01-01' });
    assert.doesNotMatch(exported, /rto-tag-unknown/);
  });
});

describe('walkthrough: nearest friction tag', () => {
  it('finds the tag one or two edits away, or through a near alias', () => {
    assert.equal(nearestTag('justfy'), 'justify');
    assert.equal(nearestTag('jsutify'), 'justify');
    assert.equal(nearestTag('explian'), 'justify', 'a swap away from the alias explain');
    assert.equal(nearestTag('emial'), 'email');
    assert.equal(nearestTag('wiat'), 'wait');
    assert.equal(nearestTag('otb'), 'otp');
    assert.equal(nearestTag('folow-link'), 'link');
    assert.equal(nearestTag('verification'), 'otp', 'the start of verification-code');
    assert.equal(nearestTag('ID-Uplaod'), 'id-upload', 'any letter case');
  });

  it('gives the tag itself for a known name or alias', () => {
    assert.equal(nearestTag('otp'), 'otp');
    assert.equal(nearestTag('EXPLAIN'), 'justify');
  });

  it('suggests nothing when nothing is near, for one- or two-letter words, or for prototype keys', () => {
    for (const word of ['sparkle', 'bogus', 'x', 'ab', 'constructor', '__proto__', 'toString', 'a'.repeat(5000)]) assert.equal(nearestTag(word), undefined, word);
  });

  it('prefers the closest spelling, and the canonical id on a tie', () => {
    // "fild" is one edit from "field" and from "find": the tag list's order decides (find first).
    assert.equal(nearestTag('fild'), 'find');
    assert.equal(nearestTag('feild'), 'field');
  });

  it('writes the replacement for a tag as written, keeping a parameter the tag takes', () => {
    assert.equal(suggestTagReplacement('[explian]'), '[justify]');
    assert.equal(suggestTagReplacement('[Wiat:30d]'), '[wait:30d]');
    assert.equal(suggestTagReplacement('[feild:3]'), '[field:3]');
    assert.equal(suggestTagReplacement('[otb:6]'), '[otp]', 'otp takes no parameter');
    assert.equal(suggestTagReplacement('[otp]'), undefined, 'already known');
    assert.equal(suggestTagReplacement('[explain]'), undefined, 'an alias is accepted as it is');
    assert.equal(suggestTagReplacement('[sparkle]'), undefined);
    assert.equal(suggestTagReplacement('explian'), undefined, 'not a written tag');
    assert.equal(suggestTagReplacement('[explian] more'), undefined);
  });
});
