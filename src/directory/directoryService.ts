// The company directory for the editor: the shipped records and the workspace's own, loaded on
// first need (never at activation), with the search index built in slices in the background so
// the extension host is never blocked for long. Workspace records files are watched; a change
// reloads them and fires onDidChange. One instance serves the letter commands, the hover and the
// diagnostics (directoryService()); registerDirectory disposes it.
import * as vscode from 'vscode';
import { KNOWN_NAME_SCORE } from '../core/directory/controller';
import type { Company, CompanyMatch, CompanySearchBuilder, Directory, RecordProblem } from '../core/directoryEngine';
import { directoryEngine } from '../platform/lazyModules';
import { log, logError } from '../platform/log';
import { readWorkspaceRecords, RECORDS_GLOBS } from './workspaceRecords';

export interface LoadedDirectory {
  directory: Directory;
  /** Slug → workspace file, for the records the workspace adds or replaces. */
  workspaceSources: ReadonlyMap<string, string>;
}

/** Milliseconds, measured in the extension host (also written to the log). */
export interface DirectoryTimings {
  /** Initialising the records module (the bundled JSON) on first use. */
  moduleMs?: number;
  /** Decoding the shipped rows into records. */
  decodeMs?: number;
  /** Reading and checking the workspace's records files. */
  workspaceRecordsMs?: number;
  /** From the start of indexing to the finished index (the slices and the waits between them). */
  indexMs?: number;
  /** The time spent in the slices, and the longest one: what blocked the extension host. */
  indexWorkMs?: number;
  indexSlices?: number;
  longestSliceMs?: number;
  /** The first search over the finished index. */
  firstSearchMs?: number;
}

/** Each slice of the index build aims at this much work before the host gets its turn again. */
const SLICE_TARGET_MS = 8;
/** Small, as the first slices run cold (not yet optimised by the JIT); later ones are sized by the time taken. */
const FIRST_SLICE_COMPANIES = 25;
const RELOAD_DELAY_MS = 300;
/** The longest company name in the shipped data has 105 characters; a much longer `controller:` is not looked up. */
const MAX_NAME_LENGTH = 300;

const now = (): number => performance.now();
const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const rounded = (ms: number): number => Math.round(ms * 10) / 10;

export class DirectoryService implements vscode.Disposable {
  private loading: Promise<LoadedDirectory> | undefined;
  private indexing: Promise<LoadedDirectory> | undefined;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  /** Problems of the last load, so a problem is shown once and again only after it was fixed. */
  private shownProblems = new Set<string>();
  private loggedShipped = false;
  /** The build of each index (the shipped one and each with workspace records), however many wait for it. */
  private readonly builds = new WeakMap<CompanySearchBuilder, Promise<void>>();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changeEmitter];
  readonly timings: DirectoryTimings = {};
  /** Fires after the workspace records were read again (and the new index is built). */
  readonly onDidChange = this.changeEmitter.event;

  constructor() {
    const reload = () => this.scheduleReload();
    for (const glob of RECORDS_GLOBS) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      this.subscriptions.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    }
    this.subscriptions.push(vscode.workspace.onDidChangeWorkspaceFolders(reload), vscode.workspace.onDidGrantWorkspaceTrust(reload));
  }

  /** The directory with the workspace's records; loads it on the first call. Its index may not be built yet. */
  directory(): Promise<LoadedDirectory> {
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = undefined; // try again next time
      throw error;
    });
    return this.loading;
  }

  /** The directory once its search index is built (in slices, in the background, on the first call). */
  searchable(): Promise<LoadedDirectory> {
    if (!this.indexing) {
      const indexing = this.directory().then(async (loaded) => {
        await this.buildIndex(loaded.directory.searchBuilder());
        return loaded;
      });
      this.indexing = indexing;
      indexing.catch(() => {
        if (this.indexing === indexing) this.indexing = undefined;
      });
    }
    return this.indexing;
  }

  /** Starts loading and indexing without waiting, e.g. when a letter command starts. Failures are logged. */
  warmUp(): void {
    this.searchable().catch((error: unknown) => logError('Loading the company directory', error));
  }

  /** Searches the directory (waiting for its index); the first search is timed and logged. */
  async search(query: string, limit?: number): Promise<{ loaded: LoadedDirectory; matches: CompanyMatch[] }> {
    const loaded = await this.searchable();
    const started = now();
    const matches = loaded.directory.searchCompanies(query, limit);
    if (this.timings.firstSearchMs === undefined) {
      this.timings.firstSearchMs = rounded(now() - started);
      log().info(`Company directory: first search took ${this.timings.firstSearchMs} ms (${matches.length} matches).`);
    }
    return { loaded, matches };
  }

  /** The record a document's controller names (exact name, domain or service; see core controller.ts), if any. */
  async companyNamed(name: string): Promise<Company | undefined> {
    return (await this.recordNamed(name))?.company;
  }

  /** Like companyNamed, with the workspace file the record comes from (undefined for a shipped record). */
  async recordNamed(name: string): Promise<{ company: Company; source: string | undefined } | undefined> {
    if (name.length > MAX_NAME_LENGTH) return undefined; // not a company name; not worth a search
    const { loaded, matches } = await this.search(name, 1);
    const best = matches[0];
    if (!best || best.score >= KNOWN_NAME_SCORE) return undefined;
    return { company: best.company, source: loaded.workspaceSources.get(best.company.slug) };
  }

  dispose(): void {
    if (this.reloadTimer !== undefined) clearTimeout(this.reloadTimer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private async load(): Promise<LoadedDirectory> {
    const engine = this.timed('moduleMs', () => directoryEngine());
    const shipped = this.timed('decodeMs', () => engine.loadDirectory());
    if (this.timings.moduleMs !== undefined && this.timings.decodeMs !== undefined && !this.loggedShipped) {
      this.loggedShipped = true;
      log().info(
        `Company directory loaded: records module ${this.timings.moduleMs} ms, decoding ${this.timings.decodeMs} ms ` +
          `(${shipped.companies.length} companies, ${shipped.authorities.length} authorities).`,
      );
    }
    // Most workspaces have no records of their own: index the shipped directory while their files
    // are read, so the first search need not wait for both one after the other.
    void this.buildIndex(shipped.searchBuilder()).catch((error: unknown) => logError('Indexing the company directory', error));
    const started = now();
    const workspace = await readWorkspaceRecords();
    this.timings.workspaceRecordsMs = rounded(now() - started);
    if (workspace.files > 0) {
      log().info(`Company directory: ${workspace.records.length} workspace record(s) from ${workspace.files} file(s), read in ${this.timings.workspaceRecordsMs} ms.`);
    }
    this.report(workspace.problems);
    const directory = workspace.records.length > 0 ? shipped.withUserRecords(workspace.records) : shipped;
    return { directory, workspaceSources: workspace.sources };
  }

  /** Runs `work`, recording its duration under `key` the first time only (later calls are cached and instant). */
  private timed<T>(key: 'moduleMs' | 'decodeMs', work: () => T): T {
    const started = now();
    const value = work();
    this.timings[key] ??= rounded(now() - started);
    return value;
  }

  /** One build per index, however many callers wait for it. */
  private buildIndex(builder: CompanySearchBuilder): Promise<void> {
    let build = this.builds.get(builder);
    if (!build) {
      build = this.buildInSlices(builder);
      this.builds.set(builder, build);
    }
    return build;
  }

  /**
   * Indexes a slice at a time, sized so that each takes about SLICE_TARGET_MS, and gives the
   * extension host its turn between slices. A search that comes first finishes the index at once.
   */
  private async buildInSlices(builder: CompanySearchBuilder): Promise<void> {
    if (builder.indexed === builder.total) {
      builder.finish();
      return;
    }
    const started = now();
    let count = FIRST_SLICE_COMPANIES;
    let slices = 0;
    let work = 0;
    let longest = 0;
    for (;;) {
      const sliceStart = now();
      const done = builder.step(count);
      const took = now() - sliceStart;
      slices += 1;
      work += took;
      longest = Math.max(longest, took);
      if (done) break;
      // At most four times as many as last time: the JIT may still slow one slice down.
      count = Math.max(10, Math.min(count * 4, 2_000, Math.round((count * SLICE_TARGET_MS) / Math.max(took, 0.5))));
      await nextTurn();
      if (builder.indexed === builder.total) break; // a search finished it meanwhile
    }
    builder.finish();
    const first = this.timings.indexMs === undefined;
    Object.assign(this.timings, { indexMs: rounded(now() - started), indexWorkMs: rounded(work), indexSlices: slices, longestSliceMs: rounded(longest) });
    log().info(
      `Company directory: search index of ${builder.total} companies built ${first ? '' : 'again '}in ${slices} slices, ` +
        `${rounded(work)} ms of work (longest slice ${rounded(longest)} ms) over ${rounded(now() - started)} ms.`,
    );
  }

  private scheduleReload(): void {
    if (!this.loading) return; // not loaded yet: the first load reads the files anyway
    if (this.reloadTimer !== undefined) clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = undefined;
      this.loading = undefined;
      this.indexing = undefined;
      this.searchable().then(
        () => this.changeEmitter.fire(),
        (error: unknown) => logError('Reloading the workspace company records', error),
      );
    }, RELOAD_DELAY_MS);
  }

  /** One warning for the problems that are new since the last load; all of them go to the log. */
  private report(problems: readonly RecordProblem[]): void {
    const { describeProblem } = directoryEngine();
    const texts = problems.map(describeProblem);
    const fresh = texts.filter((text) => !this.shownProblems.has(text));
    this.shownProblems = new Set(texts);
    for (const text of fresh) log().warn(`Company record left out: ${text}`);
    if (fresh.length === 0) return;
    const message =
      fresh.length === 1
        ? vscode.l10n.t('Right to Object: a company record was left out. {0}', fresh[0] ?? '')
        : vscode.l10n.t('Right to Object: company records were left out. {0} ({1} more problems in the output "Right to Object".)', fresh[0] ?? '', fresh.length - 1);
    void vscode.window.showWarningMessage(message);
  }
}

let shared: DirectoryService | undefined;

/** The one directory service of the extension, created on first use. */
export function directoryService(): DirectoryService {
  shared ??= new DirectoryService();
  return shared;
}

/** Disposes the shared service (on deactivation). */
export function disposeDirectoryService(): void {
  shared?.dispose();
  shared = undefined;
}
