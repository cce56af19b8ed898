import assert from 'node:assert/strict';
import { normaliseForHash } from '../../../src/core/policy/normalise';
import { sha256Hex } from '../../../src/core/policy/sha256';
import { compareSnapshotNames, companySlug, snapshotFileName, snapshotText } from '../../../src/core/policy/snapshotFile';
import { readSnapshotMeta } from '../../../src/core/policy/snapshotMeta';
import { proposeController } from '../../../src/core/policy/proposeController';
import { registrableDomain, sameSite } from '../../../src/core/policy/registrableDomain';

const ORIGINAL = `---
title: "Policy"
---

# Privacy Policy

We may share your data with our *partners* and **service providers**
for our legitimate interests.

- name
- e-mail address
`;

describe('policy snapshots: normalisation, hash, file names', () => {
  it('hashes the same after re-wrapping, re-indenting, emphasis and front-matter changes', async () => {
    const rewrapped = `# Privacy   Policy\n\nWe may share your data\nwith our _partners_ and __service\nproviders__ for our legitimate   interests.\n\n* name\n+   e-mail address\n`;
    assert.equal(normaliseForHash(rewrapped), normaliseForHash(ORIGINAL));
    assert.equal(await sha256Hex(normaliseForHash(rewrapped)), await sha256Hex(normaliseForHash(ORIGINAL)));
  });

  it('hashes differently when a word changes or a paragraph is split', async () => {
    const changed = ORIGINAL.replace('partners', 'affiliates');
    const split = ORIGINAL.replace('providers**\nfor', 'providers**\n\nfor');
    const hash = await sha256Hex(normaliseForHash(ORIGINAL));
    assert.notEqual(await sha256Hex(normaliseForHash(changed)), hash);
    assert.notEqual(await sha256Hex(normaliseForHash(split)), hash);
    assert.match(hash, /^[0-9a-f]{64}$/);
  });

  it('keeps snake_case words, and a known SHA-256', async () => {
    assert.equal(normaliseForHash('user_id and _emphasis_'), 'user_id and emphasis');
    assert.equal(await sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('never overwrites: the next free name for a day is -2, -3…', () => {
    const taken = new Set(['2024-03-01.md', '2024-03-01-2.md']);
    assert.equal(
      snapshotFileName('2024-03-01', (name) => taken.has(name)),
      '2024-03-01-3.md',
    );
    assert.equal(
      snapshotFileName('2024-03-02', (name) => taken.has(name)),
      '2024-03-02.md',
    );
    assert.deepEqual(['2024-03-01-10.md', '2024-03-01.md', '2024-02-28.md', '2024-03-01-9.md'].sort(compareSnapshotNames), ['2024-02-28.md', '2024-03-01.md', '2024-03-01-9.md', '2024-03-01-10.md']);
  });

  it('writes front matter no title can break out of', () => {
    const text = snapshotText({ title: 'Evil"\nsource: https://evil.example', source: 'https://a.example/p', retrieved: '2024-03-01T00:00:00.000Z', sha256: 'ab' }, '# P\n');
    assert.deepEqual(readSnapshotMeta(text), {
      title: 'Evil" source: https://evil.example',
      source: 'https://a.example/p',
      retrieved: '2024-03-01T00:00:00.000Z',
      sha256: 'ab',
      controller: undefined,
    });
  });

  it('names the company folder by directory slug, else registrable domain, else title', () => {
    assert.equal(companySlug({ controllerSlug: 'meta', domain: 'facebook.com' }), 'meta');
    assert.equal(companySlug({ domain: 'example.co.uk' }), 'example');
    assert.equal(companySlug({ title: 'Privacy – Café GmbH!' }), 'privacy-cafe-gmbh');
    assert.equal(companySlug({}), 'policy');
  });

  it('compares sites by registrable domain (Public Suffix List, private suffixes too)', () => {
    assert.equal(registrableDomain('https://www.legal.example.co.uk/privacy'), 'example.co.uk');
    assert.ok(sameSite('https://www.example.com/a', 'https://legal.example.com/b'));
    assert.ok(!sameSite('https://www.example.com/a', 'https://example.net/b'));
    assert.ok(!sameSite('https://alice.github.io/a', 'https://mallory.github.io/b'));
    assert.ok(sameSite('http://127.0.0.1:8080/a', 'http://127.0.0.1:8080/b'));
  });

  it("proposes the controller whose domains hold the URL's registrable domain, and none when two claim it", () => {
    const companies = [
      { slug: 'example', name: 'Example Ltd', domains: ['example.com'] },
      { slug: 'shared-a', name: 'A', domains: ['shared.example'] },
      { slug: 'shared-b', name: 'B', domains: ['shared.example'] },
    ];
    assert.equal(proposeController('https://www.privacy.example.com/policy', companies)?.slug, 'example');
    assert.equal(proposeController('https://shared.example/p', companies), undefined);
    assert.equal(proposeController('https://unknown.example/p', companies), undefined);
  });
});
