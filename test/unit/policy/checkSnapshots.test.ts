// "Check for changes" against a local HTTP server whose page the test edits (never the network):
// the core logic with an in-memory folder, and `right-to-object check` on a real folder.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { checkSnapshots, trackedSources, type TrackedSnapshot } from '../../../src/core/policy/checkSnapshots';
import { importPolicy } from '../../../src/core/policy/importPolicy';
import { readSnapshotMeta } from '../../../src/core/policy/snapshotMeta';
import { fakeIo } from '../fakeCliIo';

const FIRST = `<html><head><title>Privacy Policy</title></head><body><nav>Home | Blog</nav><main><h1>Privacy Policy</h1>
<p>We collect your email address to run your account, and we keep it for as long as your account exists.</p>
<p>We share your data with our payment provider Stripe, Inc. to take payments for your subscription.</p></main></body></html>`;
// The same text, re-wrapped and with emphasis: no change for a reader.
const REWRAPPED = `<html><head><title>Privacy Policy</title></head><body><nav>Home | Blog | Jobs</nav><main><h1>Privacy   Policy</h1>
<p>We collect your <em>email address</em> to run your account,
and we keep it for as long as your account exists.</p>
<p>We share your data with our payment provider Stripe, Inc.
to take payments for your subscription.</p></main></body></html>`;
const CHANGED = `<html><head><title>Privacy Policy</title></head><body><main><h1>Privacy Policy</h1>
<p>We collect your email address to run your account, and we keep it for as long as your account exists.</p>
<p>We share your data with our payment provider Stripe, Inc. to take payments for your subscription.</p>
<h2>Artificial intelligence</h2>
<p>We may use your posts to train our models on the basis of our legitimate interests.</p></main></body></html>`;

describe('Check for changes', function () {
  this.timeout(30_000);
  let server: Server;
  let base: string;
  let page = FIRST;
  let requests: string[] = [];
  before(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      if (request.url === '/privacy') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(page);
      } else {
        response.writeHead(404, { 'content-type': 'text/html' });
        response.end('gone');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());
  beforeEach(() => {
    page = FIRST;
    requests = [];
  });

  async function firstSnapshot(folder: string, name: string): Promise<TrackedSnapshot> {
    const snapshot = await importPolicy({
      bytes: new TextEncoder().encode(FIRST),
      contentType: 'text/html',
      url: `${base}/privacy`,
      source: `${base}/privacy`,
      retrieved: new Date('2026-01-02T10:00:00Z'),
    });
    return { folder, name, text: snapshot.text, source: snapshot.meta.source };
  }

  /** An in-memory policies folder. */
  function memoryFolder(initial: readonly TrackedSnapshot[]) {
    const files = new Map(initial.map((snapshot) => [`${snapshot.folder}/${snapshot.name}`, snapshot.text]));
    return {
      files,
      listNames: (folder: string) => Promise.resolve([...files.keys()].filter((key) => key.startsWith(`${folder}/`)).map((key) => key.slice(folder.length + 1))),
      write: (folder: string, name: string, text: string) => {
        if (files.has(`${folder}/${name}`)) return Promise.reject(new Error('exists'));
        files.set(`${folder}/${name}`, text);
        return Promise.resolve();
      },
    };
  }

  it('picks the latest snapshot of each source in each folder, ignoring other files and snapshots without a source', () => {
    const snapshot = (folder: string, name: string, source?: string): TrackedSnapshot => ({ folder, name, text: '', source });
    const sources = trackedSources([
      snapshot('acme', '2026-01-02.md', 'https://acme.example/privacy'),
      snapshot('acme', '2026-01-02-10.md', 'https://acme.example/privacy'),
      snapshot('acme', '2026-01-02-9.md', 'https://acme.example/privacy'),
      snapshot('acme', 'notes.md', 'https://acme.example/privacy'),
      snapshot('acme', '2026-03-01.md', 'https://acme.example/cookies'),
      snapshot('beta', '2026-05-01.md'),
    ]);
    assert.deepEqual(
      sources.map((source) => `${source.folder} ${source.source} ${source.latest.name}`),
      ['acme https://acme.example/cookies 2026-03-01.md', 'acme https://acme.example/privacy 2026-01-02-10.md'],
    );
  });

  it('says "unchanged" when only wrapping, emphasis and navigation changed, and writes nothing', async () => {
    page = REWRAPPED;
    const folder = memoryFolder([await firstSnapshot('acme', '2026-01-02.md')]);
    const report = await checkSnapshots(
      [...folder.files].map(([key, text]) => ({ folder: 'acme', name: key.slice(5), text, source: `${base}/privacy` })),
      { ...folder, now: () => new Date('2026-02-01T09:00:00Z') },
    );
    assert.deepEqual(
      report.outcomes.map((outcome) => outcome.kind),
      ['unchanged'],
    );
    assert.equal(folder.files.size, 1);
    assert.deepEqual(requests, ['/privacy']);
  });

  it('saves a new dated snapshot beside the latest when the text changed, with -2 on a day that has one', async () => {
    page = CHANGED;
    const first = await firstSnapshot('acme', '2026-02-01.md');
    const folder = memoryFolder([first]);
    const report = await checkSnapshots([first], { ...folder, now: () => new Date('2026-02-01T09:00:00Z') });
    const [outcome] = report.outcomes;
    assert.equal(outcome?.kind, 'changed');
    assert.equal(outcome.kind === 'changed' && outcome.saved, '2026-02-01-2.md');
    const saved = folder.files.get('acme/2026-02-01-2.md') ?? '';
    const meta = readSnapshotMeta(saved);
    assert.equal(meta.source, `${base}/privacy`);
    assert.equal(meta.retrieved, '2026-02-01T09:00:00.000Z');
    assert.match(saved, /legitimate interests/);
    assert.equal(folder.files.get('acme/2026-02-01.md'), first.text, 'the old snapshot is untouched');
  });

  it('reports a failed fetch and a file source without writing, and goes on with the others', async () => {
    const ok = await firstSnapshot('acme', '2026-01-02.md');
    const gone: TrackedSnapshot = { ...ok, folder: 'beta', source: `${base}/gone` };
    const file: TrackedSnapshot = { ...ok, folder: 'gamma', source: 'saved-page.html' };
    const folder = memoryFolder([ok, gone, file]);
    const report = await checkSnapshots([ok, gone, file], folder);
    assert.deepEqual(
      report.outcomes.map((outcome) => `${outcome.folder} ${outcome.kind}`),
      ['acme unchanged', 'beta failed', 'gamma skipped'],
    );
    const failed = report.outcomes[1];
    assert.match(failed?.kind === 'failed' ? failed.message : '', /answered 404/);
    assert.equal(folder.files.size, 3);
    assert.deepEqual(requests.sort(), ['/gone', '/privacy']);
  });

  it('stops when cancelled, fetching nothing more', async () => {
    const controller = new AbortController();
    controller.abort();
    const first = await firstSnapshot('acme', '2026-01-02.md');
    const report = await checkSnapshots([first], { ...memoryFolder([first]), signal: controller.signal });
    assert.equal(report.cancelled, true);
    assert.deepEqual(report.outcomes, []);
    assert.deepEqual(requests, []);
  });

  describe('right-to-object check [FOLDER]', () => {
    let cwd: string;
    beforeEach(() => {
      cwd = mkdtempSync(join(tmpdir(), 'rto-check-'));
    });
    afterEach(() => rmSync(cwd, { recursive: true, force: true }));

    it('exit 0 and "unchanged" when nothing changed; exit 1 and a second file with the change summary when it did', async () => {
      const io = fakeIo({}, cwd);
      assert.equal(await runCli(['import', `${base}/privacy`], io), 0, io.err);
      const [company] = readdirSync(join(cwd, 'policies'));
      assert.ok(company);
      const check = fakeIo({}, cwd);
      assert.equal(await runCli(['check'], check), 0, check.err);
      assert.match(check.out, /: unchanged \(http:\/\/127\.0\.0\.1:\d+\/privacy\)\n0 changed, 1 unchanged, 0 not checked\.\n$/);
      assert.equal(readdirSync(join(cwd, 'policies', company)).length, 1);

      page = CHANGED;
      const second = fakeIo({}, cwd);
      assert.equal(await runCli(['check', 'policies'], second), 1, second.err);
      const day = new Date().toISOString().slice(0, 10);
      assert.deepEqual(readdirSync(join(cwd, 'policies', company)).sort(), [`${day}-2.md`, `${day}.md`]);
      assert.match(second.out, new RegExp(`changed; saved policies/${company}/${day}-2\\.md \\(\\+\\d+ −0 vague phrase\\(s\\); legal bases named for the first time: legitimate interests\\)`));
      assert.match(readFileSync(join(cwd, 'policies', company, `${day}-2.md`), 'utf8'), /## Artificial intelligence/);
    });

    it('exit 2 with the reason when a source cannot be fetched, and for a folder that is not there', async () => {
      mkdirSync(join(cwd, 'tracked', 'acme'), { recursive: true });
      writeFileSync(join(cwd, 'tracked', 'acme', '2026-01-02.md'), `---\nsource: "${base}/gone"\n---\n\n# Policy\n`);
      const io = fakeIo({}, cwd);
      assert.equal(await runCli(['check', 'tracked'], io), 2);
      assert.match(io.out, /acme\/2026-01-02\.md: not checked: .*answered 404/);
      assert.deepEqual(readdirSync(join(cwd, 'tracked', 'acme')), ['2026-01-02.md']);
      const missing = fakeIo({}, cwd);
      assert.equal(await runCli(['check', 'nowhere'], missing), 2);
      assert.match(missing.err, /^right-to-object check: "nowhere" is not a folder of policy snapshots\n$/);
    });
  });
});
