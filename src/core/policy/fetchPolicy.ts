// Fetches a policy page with limits, through the platform's fetch (Node 20+ and web workers have
// one). Only http(s); at most MAX_BYTES, read as a stream and abandoned past the cap; TIMEOUT_MS
// for the whole exchange; only HTML; redirects followed by hand (up to MAX_REDIRECTS) and refused
// when they leave the page's registrable domain. Every failure is one PolicyFetchError with a
// sentence for the user; nothing is returned then, so nothing can be written.
import { sameSite } from './registrableDomain';

export const MAX_BYTES = 10 * 1024 * 1024;
export const TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 5;

export class PolicyFetchError extends Error {
  constructor(
    message: string,
    /** Why, for callers that offer a way out (a blocked fetch in the browser offers the file route). */
    readonly reason: 'url' | 'network' | 'status' | 'redirect' | 'type' | 'size' | 'timeout' | 'cancelled',
  ) {
    super(message);
  }
}

export interface FetchedPage {
  bytes: Uint8Array;
  contentType: string;
  /** The URL finally read, after same-site redirects. */
  url: string;
}

export interface FetchOptions {
  /** The fetch to use (tests pass their own); defaults to globalThis.fetch. */
  fetch?: typeof fetch;
  /** Cancels the fetch (the user's Cancel button). */
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  /**
   * "manual" (Node): each redirect is checked before it is followed. "follow" (browsers, where a
   * manual redirect hides its target): the final URL is checked, and a page from another site is
   * refused before it is read.
   */
  redirects?: 'manual' | 'follow';
}

/** A URL the importer will fetch: absolute http(s), no credentials. Throws a PolicyFetchError otherwise. */
export function checkPolicyUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new PolicyFetchError(`"${input.trim().slice(0, 200)}" is not a web address (expected https://…).`, 'url');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new PolicyFetchError(`Only http and https addresses are fetched (got ${url.protocol}).`, 'url');
  if (url.username || url.password) throw new PolicyFetchError('Addresses with a user name or password are not fetched.', 'url');
  return url;
}

export async function fetchPolicyPage(input: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCancel = () => controller.abort();
  options.signal?.addEventListener('abort', onCancel);
  const aborted = () =>
    timedOut ? new PolicyFetchError(`No complete answer within ${timeoutMs / 1000} seconds; nothing was saved.`, 'timeout') : new PolicyFetchError('Cancelled; nothing was saved.', 'cancelled');
  try {
    if (options.signal?.aborted) throw aborted();
    const first = checkPolicyUrl(input);
    let url = first.href;
    for (let hop = 0; ; hop++) {
      let response: Response;
      try {
        response = await fetchImpl(url, {
          redirect: options.redirects ?? 'manual',
          signal: controller.signal,
          headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
          credentials: 'omit',
        });
      } catch (error) {
        if (controller.signal.aborted) throw aborted();
        throw new PolicyFetchError(`Could not fetch ${new URL(url).host}: ${describeNetworkError(error)}.`, 'network');
      }
      const finalUrl = response.url || url;
      if (!sameSite(first.href, finalUrl)) throw new PolicyFetchError(`The page redirected to another site (${new URL(finalUrl).host}); nothing was saved.`, 'redirect');
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        const next = new URL(response.headers.get('location')!, url);
        if (next.protocol !== 'https:' && next.protocol !== 'http:') throw new PolicyFetchError(`The page redirected to a ${next.protocol} address; nothing was saved.`, 'redirect');
        if (!sameSite(first.href, next.href)) throw new PolicyFetchError(`The page redirected to another site (${next.host}); nothing was saved.`, 'redirect');
        if (hop >= MAX_REDIRECTS) throw new PolicyFetchError(`More than ${MAX_REDIRECTS} redirects; nothing was saved.`, 'redirect');
        await response.body?.cancel();
        url = next.href;
        continue;
      }
      if (!response.ok) throw new PolicyFetchError(`${new URL(url).host} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}; nothing was saved.`, 'status');
      const contentType = response.headers.get('content-type') ?? '';
      if (!/^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType)) {
        await response.body?.cancel();
        throw new PolicyFetchError(`Not an HTML page (${contentType.split(';')[0]?.trim() || 'no content type'}); nothing was saved.`, 'type');
      }
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel();
        throw tooLarge(maxBytes);
      }
      const bytes = await readCapped(response, maxBytes, controller.signal, aborted);
      return { bytes, contentType, url: finalUrl };
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCancel);
  }
}

function tooLarge(maxBytes: number): PolicyFetchError {
  return new PolicyFetchError(`The page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; nothing was saved.`, 'size');
}

async function readCapped(response: Response, maxBytes: number, signal: AbortSignal, aborted: () => PolicyFetchError): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof PolicyFetchError) throw error;
    if (signal.aborted) throw aborted();
    throw new PolicyFetchError(`The connection broke while reading the page: ${describeNetworkError(error)}.`, 'network');
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The cause of a failed fetch in a few words (Node puts it in error.cause; browsers say little). */
function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const text = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return text.split('\n')[0]!.slice(0, 200);
}
