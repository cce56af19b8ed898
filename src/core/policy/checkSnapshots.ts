// "Check for changes": re-fetch the source of every tracked policy and save a new dated snapshot
// beside the latest one when the normalised text changed. Pure of any host: the caller lists the
// snapshots (with their front matter already read), and passes how to fetch, list and write, so the
// editor (workspace.fs) and the command line (node:fs) share the logic. Sources are fetched one
// after another, only http(s) ones (a snapshot imported from a file has nothing to re-fetch).
import { checkPolicyUrl, fetchPolicyPage, PolicyFetchError, type FetchedPage } from './fetchPolicy';
import { importPolicy, type PolicySnapshot } from './importPolicy';
import { normaliseForHash } from './normalise';
import type { DomainRecord } from './proposeController';
import { sha256Hex } from './sha256';
import { compareSnapshotNames, isSnapshotName, snapshotFileName } from './snapshotFile';

export interface TrackedSnapshot {
  /** The company folder (below the policies folder) the file is in. */
  folder: string;
  /** The file name ("2026-12-01.md"). */
  name: string;
  /** The whole file. */
  text: string;
  /** Its front matter's `source:`, read by the caller. */
  source?: string;
}

/** One source to re-fetch: the latest snapshot of it in its folder. */
export interface TrackedSource {
  folder: string;
  source: string;
  latest: TrackedSnapshot;
}

interface OutcomeBase {
  folder: string;
  source: string;
  /** The file name of the snapshot compared with. */
  latest: string;
}

export type CheckOutcome =
  | (OutcomeBase & { kind: 'unchanged' })
  | (OutcomeBase & { kind: 'changed'; saved: string; snapshot: PolicySnapshot })
  | (OutcomeBase & { kind: 'failed'; message: string; reason: PolicyFetchError['reason'] | 'write' })
  | (OutcomeBase & { kind: 'skipped'; message: string });

export interface CheckOptions {
  /** Fetches a page with the importer's limits; defaults to fetchPolicyPage. */
  fetchPage?: (url: string, signal: AbortSignal | undefined) => Promise<FetchedPage>;
  /** The names of the files in a company folder (to pick a free snapshot name). */
  listNames(folder: string): Promise<readonly string[]>;
  /** Writes a new file; must fail rather than overwrite an existing one. */
  write(folder: string, name: string, text: string): Promise<void>;
  /** Directory records, to propose the controller of a new snapshot. */
  companies?: readonly DomainRecord[];
  now?: () => Date;
  signal?: AbortSignal;
  /** Called before each source is fetched. */
  onProgress?: (index: number, total: number, source: TrackedSource) => void;
}

export interface CheckReport {
  outcomes: CheckOutcome[];
  /** The user cancelled: the sources not reached are not in `outcomes`. */
  cancelled: boolean;
}

/**
 * The sources to check: for each company folder and each distinct `source:`, the latest snapshot
 * (by date and -N suffix). Files that are not snapshots (notes beside them) are ignored; snapshots
 * without a source are ignored too.
 */
export function trackedSources(snapshots: readonly TrackedSnapshot[]): TrackedSource[] {
  const latest = new Map<string, TrackedSource>();
  for (const snapshot of snapshots) {
    const source = snapshot.source?.trim();
    if (!source || !isSnapshotName(snapshot.name)) continue;
    const key = `${snapshot.folder}\u0000${source}`;
    const current = latest.get(key);
    if (!current || compareSnapshotNames(snapshot.name, current.latest.name) > 0) latest.set(key, { folder: snapshot.folder, source, latest: snapshot });
  }
  return [...latest.values()].sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

/** Whether a `source:` is a web address the checker re-fetches (a file name is not). */
export function isFetchableSource(source: string): boolean {
  try {
    checkPolicyUrl(source);
    return true;
  } catch {
    return false;
  }
}

export async function checkSnapshots(snapshots: readonly TrackedSnapshot[], options: CheckOptions): Promise<CheckReport> {
  const sources = trackedSources(snapshots);
  const fetchPage = options.fetchPage ?? ((url: string, signal: AbortSignal | undefined) => fetchPolicyPage(url, { signal }));
  const outcomes: CheckOutcome[] = [];
  for (const [index, tracked] of sources.entries()) {
    if (options.signal?.aborted) return { outcomes, cancelled: true };
    const base: OutcomeBase = { folder: tracked.folder, source: tracked.source, latest: tracked.latest.name };
    if (!isFetchableSource(tracked.source)) {
      outcomes.push({ ...base, kind: 'skipped', message: 'imported from a file, not a web address' });
      continue;
    }
    options.onProgress?.(index, sources.length, tracked);
    let page: FetchedPage;
    try {
      page = await fetchPage(tracked.source, options.signal);
    } catch (error) {
      if (error instanceof PolicyFetchError && error.reason === 'cancelled') return { outcomes, cancelled: true };
      const message = error instanceof Error ? error.message : String(error);
      outcomes.push({ ...base, kind: 'failed', message, reason: error instanceof PolicyFetchError ? error.reason : 'network' });
      continue;
    }
    const retrieved = (options.now ?? (() => new Date()))();
    const snapshot = await importPolicy({ bytes: page.bytes, contentType: page.contentType, url: page.url, source: tracked.source, retrieved }, options.companies ?? []);
    const previous = await sha256Hex(normaliseForHash(tracked.latest.text));
    if (previous === snapshot.meta.sha256) {
      outcomes.push({ ...base, kind: 'unchanged' });
      continue;
    }
    if (options.signal?.aborted) return { outcomes, cancelled: true };
    try {
      const existing = new Set(await options.listNames(tracked.folder));
      const saved = snapshotFileName(snapshot.day, (name) => existing.has(name));
      await options.write(tracked.folder, saved, snapshot.text);
      outcomes.push({ ...base, kind: 'changed', saved, snapshot });
    } catch (error) {
      outcomes.push({ ...base, kind: 'failed', message: `Could not save the new version: ${error instanceof Error ? error.message : String(error)}`, reason: 'write' });
    }
  }
  return { outcomes, cancelled: false };
}
