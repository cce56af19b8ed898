import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNonce } from '../../../src/platform/nonce';
import { localIsoDate } from '../../../src/core/text/localDate';
import { RenderScheduler } from '../../../src/preview/renderScheduler';

const root = join(__dirname, '..', '..', '..', '..');

describe('preview: helpers', () => {
  it('makes a different 128-bit hex nonce every time', () => {
    const nonces = new Set(Array.from({ length: 200 }, () => createNonce()));
    assert.equal(nonces.size, 200);
    for (const nonce of nonces) assert.match(nonce, /^[0-9a-f]{32}$/);
  });

  it('formats the local date as YYYY-MM-DD', () => {
    assert.equal(localIsoDate(new Date(2025, 4, 6, 23, 59)), '2025-05-06');
    assert.equal(localIsoDate(new Date(1999, 11, 31)), '1999-12-31');
  });

  it('debounces scheduled renders, and renders at once on demand', async () => {
    let renders = 0;
    const scheduler = new RenderScheduler(30, () => renders++);
    scheduler.schedule();
    scheduler.schedule();
    scheduler.schedule();
    assert.equal(renders, 0);
    assert.equal(scheduler.pending, true);
    await new Promise((resolve) => setTimeout(resolve, 80));
    assert.equal(renders, 1);
    scheduler.schedule();
    scheduler.now();
    assert.equal(renders, 2);
    assert.equal(scheduler.pending, false);
    await new Promise((resolve) => setTimeout(resolve, 80));
    assert.equal(renders, 2, 'now() must drop the pending render');
    scheduler.schedule();
    scheduler.dispose();
    await new Promise((resolve) => setTimeout(resolve, 80));
    assert.equal(renders, 2, 'dispose() must drop the pending render');
  });

  it('ships the same sample walkthrough as samples/ (media/samples is what the .vsix holds)', () => {
    const shipped = readFileSync(join(root, 'media', 'samples', 'meta-ai-objection.md'), 'utf8');
    const original = readFileSync(join(root, 'samples', 'meta-ai-objection.md'), 'utf8');
    assert.equal(shipped, original, 'copy samples/meta-ai-objection.md to media/samples/ again');
  });
});
