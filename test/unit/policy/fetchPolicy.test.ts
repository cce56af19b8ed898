import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchPolicyPage, PolicyFetchError } from '../../../src/core/policy/fetchPolicy';

/** A local server with one route per failure the fetcher must refuse (no internet needed). */
function startServer(): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (url === '/ok') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<h1>Policy</h1><p>We may share data.</p>');
    } else if (url === '/same-site-redirect') {
      response.writeHead(302, { location: '/ok' });
      response.end();
    } else if (url === '/other-site-redirect') {
      response.writeHead(302, { location: `http://localhost:${(server.address() as AddressInfo).port}/ok` });
      response.end();
    } else if (url === '/pdf') {
      response.writeHead(200, { 'content-type': 'application/pdf' });
      response.end('%PDF-1.4');
    } else if (url === '/huge') {
      response.writeHead(200, { 'content-type': 'text/html' }); // no content-length: the stream cap must hold
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const send = () => {
        while (sent < 200) {
          sent++;
          if (!response.write(chunk)) return void response.once('drain', send);
        }
        response.end();
      };
      send();
    } else if (url === '/slow') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<p>start');
      // never ends: the timeout must
    } else {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

async function refusal(promise: Promise<unknown>): Promise<PolicyFetchError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof PolicyFetchError, String(error));
    assert.ok(!error.message.includes('\n'));
    return error;
  }
  assert.fail('expected a refusal');
}

describe('policy import: fetching with limits', function () {
  this.timeout(20_000);
  let server: Server;
  let base: string;
  before(async () => ({ server, base } = await startServer()));
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('reads an HTML page and follows a redirect on the same site', async () => {
    const page = await fetchPolicyPage(`${base}/same-site-redirect`);
    assert.equal(new TextDecoder().decode(page.bytes), '<h1>Policy</h1><p>We may share data.</p>');
    assert.equal(page.url, `${base}/ok`);
    assert.match(page.contentType, /text\/html/);
  });

  it('refuses, with one sentence each: another site, not HTML, an error status, too large, too slow, cancelled, not http(s)', async () => {
    assert.equal((await refusal(fetchPolicyPage(`${base}/other-site-redirect`))).reason, 'redirect');
    assert.equal((await refusal(fetchPolicyPage(`${base}/pdf`))).reason, 'type');
    assert.equal((await refusal(fetchPolicyPage(`${base}/missing`))).reason, 'status');
    const large = await refusal(fetchPolicyPage(`${base}/huge`, { maxBytes: 1024 * 1024 }));
    assert.equal(large.reason, 'size');
    assert.match(large.message, /larger than 1 MB; nothing was saved/);
    const slow = await refusal(fetchPolicyPage(`${base}/slow`, { timeoutMs: 300 }));
    assert.equal(slow.reason, 'timeout');
    const cancel = new AbortController();
    const cancelled = refusal(fetchPolicyPage(`${base}/slow`, { signal: cancel.signal }));
    setTimeout(() => cancel.abort(), 100);
    assert.equal((await cancelled).reason, 'cancelled');
    assert.equal((await refusal(fetchPolicyPage('file:///etc/passwd'))).reason, 'url');
    assert.equal((await refusal(fetchPolicyPage('javascript:alert(1)'))).reason, 'url');
    assert.equal((await refusal(fetchPolicyPage('not a url'))).reason, 'url');
  });

  it('refuses a page over 10 MB by default', async () => {
    const fakeFetch = (async () => new Response(new Uint8Array(11 * 1024 * 1024), { headers: { 'content-type': 'text/html' } })) as typeof fetch;
    assert.equal((await refusal(fetchPolicyPage('https://example.com/p', { fetch: fakeFetch }))).reason, 'size');
  });
});
