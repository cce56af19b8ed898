import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { readSnapshotMeta } from '../../../src/core/policy/snapshotMeta';
import { fakeIo } from '../fakeCliIo';

describe('right-to-object import', function () {
  this.timeout(20_000);
  let server: Server;
  let base: string;
  let folder: string;
  before(async () => {
    server = createServer((request, response) => {
      if (request.url === '/privacy') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(
          '<html><head><title>Privacy</title></head><body><nav>Menu</nav><h1>Privacy</h1><p>We may share your data with partners for as long as necessary, which is a long enough sentence to count as the main text of this page.</p></body></html>',
        );
      } else {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    folder = mkdtempSync(join(tmpdir(), 'rto-import-'));
  });
  after(() => {
    server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes a dated snapshot with front matter from a local server, and a second one beside it instead of overwriting', async () => {
    const io = fakeIo({}, folder);
    assert.equal(await runCli(['import', `${base}/privacy`], io), 0, io.err);
    assert.equal(await runCli(['import', `${base}/privacy`], io), 0, io.err);
    const company = readdirSync(join(folder, 'policies'));
    assert.equal(company.length, 1);
    const files = readdirSync(join(folder, 'policies', company[0]!)).sort();
    const day = new Date().toISOString().slice(0, 10);
    assert.deepEqual(files, [`${day}-2.md`, `${day}.md`]);
    const text = readFileSync(join(folder, 'policies', company[0]!, `${day}.md`), 'utf8');
    const meta = readSnapshotMeta(text);
    assert.equal(meta.source, `${base}/privacy`);
    assert.equal(meta.title, 'Privacy');
    assert.match(meta.sha256 ?? '', /^[0-9a-f]{64}$/);
    assert.match(text, /^# Privacy$/m);
    assert.doesNotMatch(text, /Menu/);
  });

  it('refuses a non-HTML answer with one line, exit 2, and writes nothing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'rto-import-'));
    const io = fakeIo({}, empty);
    assert.equal(await runCli(['import', `${base}/data.json`], io), 2);
    assert.match(io.err, /^right-to-object import: error: Not an HTML page \(application\/json\); nothing was saved\.\n$/);
    assert.deepEqual(readdirSync(empty), []);
    rmSync(empty, { recursive: true, force: true });
  });
});
