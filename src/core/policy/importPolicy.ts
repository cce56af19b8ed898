// A page (bytes as fetched or read from a file) → a snapshot: its Markdown with front matter, the
// company folder it belongs in and the day it is dated. Pure: the caller fetches, lists existing
// files (snapshotFileName) and writes.
import { decodeHtml } from './charset';
import { htmlToMarkdown } from './htmlToMarkdown';
import { normaliseForHash } from './normalise';
import { proposeController, type DomainRecord } from './proposeController';
import { registrableDomain } from './registrableDomain';
import { sha256Hex } from './sha256';
import { companySlug, isoDay, snapshotText, type SnapshotMeta } from './snapshotFile';

export interface PageInput {
  bytes: Uint8Array;
  /** The HTTP Content-Type, when fetched (its charset wins over a <meta> tag). */
  contentType?: string;
  /** The page's URL when fetched; links resolve against it. */
  url?: string;
  /** What `source:` says: the URL, or for a file its name. */
  source: string;
  retrieved: Date;
}

export interface PolicySnapshot {
  meta: SnapshotMeta;
  /** The whole file: front matter and Markdown. */
  text: string;
  /** The Markdown body alone. */
  markdown: string;
  /** Folder below the policies folder. */
  companyFolder: string;
  /** YYYY-MM-DD, the day of `retrieved`. */
  day: string;
  /** The charset the page was decoded with. */
  charset: string;
}

export async function importPolicy(page: PageInput, companies: readonly DomainRecord[] = []): Promise<PolicySnapshot> {
  const { text: html, charset } = decodeHtml(page.bytes, page.contentType);
  const { title, markdown } = htmlToMarkdown(html, page.url);
  const controller = page.url ? proposeController(page.url, companies) : undefined;
  const meta: SnapshotMeta = {
    title,
    source: page.source,
    retrieved: page.retrieved.toISOString(),
    sha256: await sha256Hex(normaliseForHash(markdown)),
    ...(controller ? { controller: controller.name } : {}),
  };
  const domain = page.url ? registrableDomain(new URL(page.url).hostname) : undefined;
  return { meta, text: snapshotText(meta, markdown), markdown, companyFolder: companySlug({ controllerSlug: controller?.slug, domain, title }), day: isoDay(page.retrieved), charset };
}
