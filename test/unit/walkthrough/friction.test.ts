import assert from 'node:assert/strict';
import { parseWalkthrough, summarizeFriction } from '../../../src/core/walkthrough';

describe('walkthrough: summarizeFriction', () => {
  it('counts the Meta-style objection flow', () => {
    const w = parseWalkthrough(`---
title: T
---
1. [find] Find the notice.
2. [link] Follow the link.
3. [country][email] Country and email.
4. [justify] Explain.
5. [otp] Enter the code.
6. [confirm][discretion] Confirmation; they may refuse.
`);
    const s = summarizeFriction(w);
    assert.equal(s.steps, 6);
    assert.equal(s.fieldsToFill, 3);
    assert.equal(s.verifications, 1);
    assert.equal(s.oneTimeCodes, 1);
    assert.equal(s.idUploads, 0);
    assert.equal(s.justificationDemanded, true);
    assert.equal(s.outcomeAtDiscretion, true);
    assert.equal(s.accountRequired, false);
    assert.equal(s.hiddenEntryPoints, 1);
    assert.equal(s.linksToFollow, 1);
    assert.equal(s.confirmations, 1);
    assert.equal(s.stepsWithWaiting, 0);
    assert.deepEqual(s.waits, []);
    assert.equal(s.tagCounts.email, 1);
  });

  it('adds ID uploads to verifications and records an account requirement', () => {
    const w = parseWalkthrough('---\ntitle: T\n---\n1. [account] Log in.\n2. [id-upload][otp] Upload ID, then a code.\n3. [otp] Another code.\n');
    const s = summarizeFriction(w);
    assert.equal(s.verifications, 3);
    assert.equal(s.idUploads, 1);
    assert.equal(s.oneTimeCodes, 2);
    assert.equal(s.accountRequired, true);
  });

  it('lists stated waiting times with their step, and counts unstated ones', () => {
    const w = parseWalkthrough('---\ntitle: T\n---\n1. a\n2. [wait:1mo] b\n3. [wait] c\n4. wait 3 days\n');
    const s = summarizeFriction(w);
    assert.equal(s.stepsWithWaiting, 3);
    assert.deepEqual(s.waits, [
      { amount: 1, unit: 'month', source: 'tag', step: 1 },
      { amount: 3, unit: 'day', source: 'text', step: 3 },
    ]);
  });

  it('is all zeros for a walkthrough without steps, and has no score field', () => {
    const s = summarizeFriction(parseWalkthrough(''));
    assert.equal(s.steps, 0);
    assert.equal(s.fieldsToFill, 0);
    assert.equal(s.justificationDemanded, false);
    assert.ok(!Object.keys(s).some((k) => /score|rating|grade/i.test(k)));
  });
});
