// `npm run bench:editor`, the part that runs inside the real extension host (code-server, started by
// scripts/run-editor-bench.mjs as the host tests are): loaded as the extensionTestsPath, it measures
// the extension as a user meets it and prints one line `RTO_EDITOR_BENCH {json}` for the runner.
// - activation: `activate()` of this extension, cold (code loading included), against VS Code's own
//   Markdown extension (vscode.markdown-language-features) activated the same way in the same host;
// - heap: the extension host's used heap (after a full garbage collection) before and after opening
//   the 20 real policies of bench/quality (en and held-out) and linting them;
// - edit latency on a 1 MiB policy: from the document change to its updated diagnostics, for
//   incremental updates (a word typed or deleted in a paragraph) and full re-lints (every tenth edit
//   adds or removes a link reference definition, which re-reads the whole document); the typing
//   delay (debounce) is reported apart, and the extension's own busy time (thread CPU time of its
//   synchronous steps) beside the wall time. The update is the moment the extension hands the new
//   diagnostics to VS Code (the end of its 'publish' step, which sends them to the window); the
//   moment the extension host announces them to other extensions (onDidChangeDiagnostics, which VS
//   Code delays by design to merge bursts) is printed beside it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as vscode from 'vscode';
import type { RightToObjectApi } from '../../src/extension';
import { startStep } from '../../test/support/stepClock';
import { createThreadCpuClock } from '../../test/support/threadCpuClock';
import { buildCorpus } from '../corpus';

const EXTENSION_ID = 'right-to-object.right-to-object';
const BASELINE_EXTENSION_ID = 'vscode.markdown-language-features';
const EDITS = Number(process.env.RTO_BENCH_EDITS ?? 40);

interface EditSample {
  kind: 'incremental' | 'full';
  /** Edit → the extension's diagnostics handed to VS Code (end of the 'publish' step). */
  latencyMs: number;
  /** Edit → the first onDidChangeDiagnostics event that carries the new diagnostics. */
  announcedMs: number;
  busyMs: number;
  /** The extension's first step of this update → the diagnostics handed to VS Code: the lint without the host's other work before it. */
  ownMs: number;
}

export async function run(): Promise<void> {
  const root = process.env.RTO_ROOT ?? join(__dirname, '..', '..', '..');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('bench:editor needs the bench workspace open');
  const gc = exposeGc();
  const results: Record<string, unknown> = { host: `${vscode.version} ${vscode.env.appHost}`, node: process.version };

  // Activation, cold: nothing has activated the extension yet (no Markdown document was opened).
  const extension = vscode.extensions.getExtension<RightToObjectApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  results.activationWasCold = !extension.isActive;
  const profilingActivation = process.env.RTO_BENCH_PROFILE ? await startHostProfile() : undefined;
  results.activationMs = await timeActivation(extension);
  await profilingActivation?.stop(join(process.env.RTO_BENCH_PROFILE!, 'host-activation.cpuprofile'));
  // This extension's own share: its bundle's evaluation and its activate(); between the two the host
  // creates the extension's context (storage and the like), which no extension can make faster.
  const marks = extension.exports.testing.activation;
  results.activationOwnMs = marks.evaluatedAt - marks.loadStartedAt + (marks.activatedAt - marks.activateStartedAt);
  progress(`activation ${String(results.activationMs)} ms, of which the extension's code ${String(results.activationOwnMs)} ms`);
  const baseline = vscode.extensions.getExtension(BASELINE_EXTENSION_ID);
  results.baselineActivationWasCold = baseline ? !baseline.isActive : false;
  results.baselineActivationMs = baseline ? await timeActivation(baseline) : undefined;
  const api = extension.exports;

  // Heap: 20 real policies opened and linted.
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const policies = ['en', 'heldout'].flatMap((set) => {
    const dir = join(root, 'bench', 'quality', set, 'policies');
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => join(dir, name));
  });
  for (const [index, path] of policies.entries()) {
    const target = vscode.Uri.joinPath(folder, `policy-${String(index).padStart(2, '0')}.md`);
    writeFileSync(target.fsPath, readFileSync(path, 'utf8'));
    const document = await vscode.workspace.openTextDocument(target);
    await vscode.window.showTextDocument(document, { preview: false });
    await api.lintNow(document);
  }
  gc();
  results.policies = policies.length;
  results.heapBeforeMb = heapBefore / 1048576;
  results.heapAfterMb = process.memoryUsage().heapUsed / 1048576;
  results.heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
  progress(`heap growth ${String(results.heapGrowthMb)} MB`);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');

  // Edit latency on a 1 MiB document.
  const big = vscode.Uri.joinPath(folder, 'policy-1mib.md');
  writeFileSync(big.fsPath, buildCorpus(root, 1024 * 1024));
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(big));
  await api.lintNow(editor.document);
  await settled(big);
  results.documentChars = editor.document.getText().length;
  progress('1 MiB document linted');
  results.samples = await measureEdits(editor, api);
  console.log(`RTO_EDITOR_BENCH ${JSON.stringify(results)}`);
  // The runner now reads VS Code's own activation times from the window (Show Running Extensions)
  // and tells us it is done by creating this file; the window stays open until then.
  const done = join(folder.fsPath, '.bench-done');
  for (const deadline = Date.now() + 120_000; Date.now() < deadline && !existsSync(done);) await new Promise((resolve) => setTimeout(resolve, 200));
}

/**
 * Watches the document's diagnostics from now; `settled()` resolves once they differ from `before`
 * and no event has come for a second, with the times of all the events for the document (other
 * collections, ours and other extensions', announce their own changes in between).
 */
function watchUpdates(uri: vscode.Uri, before: string): { settled(since: number): Promise<number[]> } {
  const events: number[] = [];
  let changed = false;
  const listener = vscode.languages.onDidChangeDiagnostics((event) => {
    const at = performance.now();
    if (!event.uris.some((item) => item.toString() === uri.toString())) return;
    events.push(at);
    changed ||= signature(uri) !== before;
  });
  return {
    async settled(since: number) {
      try {
        for (;;) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          // Changed, or published again after the edit with the same result (typing "Our partners " before
          // a phrase can leave what is shown as it was, when the catalogue has nothing to say about it there).
          const publishedAgain = events.some((at) => at >= since);
          if ((changed || publishedAgain) && performance.now() - events[events.length - 1]! >= 1000) return events;
        }
      } finally {
        listener.dispose();
      }
    },
  };
}

/** Waits until the document's diagnostics have not changed for a second (a lint started on open may still publish). */
async function settled(uri: vscode.Uri): Promise<void> {
  let last = performance.now();
  const listener = vscode.languages.onDidChangeDiagnostics((event) => {
    if (event.uris.some((changed) => changed.toString() === uri.toString())) last = performance.now();
  });
  while (performance.now() - last < 1000) await new Promise((resolve) => setTimeout(resolve, 100));
  listener.dispose();
}

function progress(message: string): void {
  console.log(`[bench:editor] ${message}`);
}

function withTimeout<T>(promise: Promise<T>, message: string, ms = 30_000): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(message)), ms))]);
}

async function timeActivation(extension: vscode.Extension<unknown>): Promise<number> {
  const started = performance.now();
  await extension.activate();
  return performance.now() - started;
}

/**
 * RTO_BENCH_PROFILE=DIR: CPU profiles of the whole extension host (every extension in it), written
 * to DIR: of the activation, and of each full re-lint from its edit to its diagnostics (to see who
 * holds the host while the lint waits).
 */
async function startHostProfile(): Promise<{ stop(file: string): Promise<void> }> {
  const { Session } = await import('node:inspector');
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  return {
    async stop(file) {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

/** global.gc, which the extension host does not expose by default. */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => {
    gc();
    gc();
  };
}

async function measureEdits(editor: vscode.TextEditor, api: RightToObjectApi): Promise<EditSample[]> {
  const document = editor.document;
  const uri = document.uri.toString();
  const cpuClock = createThreadCpuClock();
  let busy = 0;
  let published: number[] = [];
  /** Each step of the current edit: its name, when it started and ended, and its thread CPU. */
  let steps: { step: string; startedAt: number; endedAt: number; busyMs: number }[] = [];
  const watch = api.testing.watchLintSteps(() => {
    const startedAt = performance.now();
    const elapsed = startStep(cpuClock?.read, () => performance.now());
    return (step) => {
      const { busyMs } = elapsed();
      busy += busyMs;
      steps.push({ step, startedAt, endedAt: performance.now(), busyMs });
      if (step === 'publish') published.push(performance.now());
    };
  });
  const samples: EditSample[] = [];
  // Where the extension reports a phrase now (in the scope it checks, within the first 5,000
  // diagnostics it publishes): typing "Our partners " there adds a finding, deleting it removes it.
  const text = document.getText();
  const paragraphs = vscode.languages
    .getDiagnostics(document.uri)
    .filter((diagnostic) => diagnostic.source === 'Right to Object' && diagnostic.range.start.line > 0)
    .map((diagnostic) => document.offsetAt(diagnostic.range.start))
    .filter((offset) => offset < text.length * 0.4);
  if (paragraphs.length < 100) throw new Error(`only ${paragraphs.length} diagnostics to edit at`);
  try {
    const reference = '[bench-ref]: https://example.org/\n\n';
    let referenceLine: vscode.Range | undefined;
    const paragraph = (index: number) => document.positionAt(paragraphs[(index * 97) % paragraphs.length]! + (referenceLine ? reference.length : 0));
    let typed = 0;
    for (let index = 0; index < EDITS; index++) {
      const full = index % 10 === 9;
      const word = full ? -1 : typed++;
      const changed = new Promise<number>((resolve) => {
        const listener = vscode.workspace.onDidChangeTextDocument((event) => {
          if (event.document.uri.toString() !== uri) return;
          listener.dispose();
          resolve(performance.now());
        });
      });
      // Our diagnostics as they are now: the update is the last change event after which they differ.
      const updates = watchUpdates(document.uri, signature(document.uri));
      const profiling = full && process.env.RTO_BENCH_PROFILE ? await startHostProfile() : undefined;
      busy = 0;
      published = [];
      steps = [];
      await editor.edit((edit) => {
        if (full) {
          // A link reference definition changes how links parse anywhere: the whole document is re-read.
          if (referenceLine) edit.delete(referenceLine);
          else edit.insert(new vscode.Position(0, 0), reference);
        } else if (word % 2 === 0) {
          edit.insert(paragraph(word), 'Our partners ');
        } else {
          const at = paragraph(word - 1);
          edit.delete(new vscode.Range(at, at.translate(0, 'Our partners '.length)));
        }
      });
      if (full) referenceLine = referenceLine ? undefined : new vscode.Range(0, 0, 2, 0);
      const changedAt = await changed;
      const events = await withTimeout(updates.settled(changedAt), `edit ${index}: no diagnostics update`);
      if (profiling) await profiling.stop(join(process.env.RTO_BENCH_PROFILE!, `host-full-edit-${index}.cpuprofile`));
      // The vague-language publish of this edit (one per typing pause), and the event that announced it.
      const publishedAt = published.filter((at) => at >= changedAt).pop();
      if (publishedAt === undefined) throw new Error(`edit ${index}: diagnostics changed without a publish step`);
      const announcedAt = events.find((at) => at >= publishedAt) ?? Number.NaN;
      const latencyMs = publishedAt - changedAt;
      progress(`edit ${index} ${full ? 'full' : 'incremental'}: ${latencyMs.toFixed(1)} ms (announced at ${(announcedAt - changedAt).toFixed(1)} ms)`);
      const firstStepAt = steps.find((entry) => entry.startedAt >= changedAt)?.startedAt ?? changedAt;
      samples.push({ kind: full ? 'full' : 'incremental', latencyMs, announcedMs: announcedAt - changedAt, busyMs: busy, ownMs: publishedAt - firstStepAt });
      // Where the time goes: the first step after the debounce, the steps' own time, and the waits
      // between them (the host running other work while a full re-lint yields).
      progress(`  ${timeline(steps, changedAt, publishedAt)}`);
    }
  } finally {
    watch.dispose();
    cpuClock?.dispose();
  }
  return samples;
}

/** "first step at 251 ms; 38 steps: 41.2 ms running (37.0 ms CPU), 160.3 ms waiting between them; longest wait 120 ms before 'slice'". */
function timeline(steps: { step: string; startedAt: number; endedAt: number; busyMs: number }[], changedAt: number, publishedAt: number): string {
  const mine = steps.filter((entry) => entry.startedAt >= changedAt && entry.endedAt <= publishedAt + 0.5);
  if (mine.length === 0) return 'no steps recorded';
  let running = 0;
  let cpu = 0;
  let waiting = 0;
  let longest = { ms: 0, before: '' };
  for (const [index, entry] of mine.entries()) {
    running += entry.endedAt - entry.startedAt;
    cpu += entry.busyMs;
    if (index > 0) {
      const wait = entry.startedAt - mine[index - 1]!.endedAt;
      waiting += wait;
      if (wait > longest.ms) longest = { ms: wait, before: entry.step };
    }
  }
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const byName = new Map<string, { count: number; wall: number }>();
  for (const entry of mine) {
    const named = byName.get(entry.step) ?? { count: 0, wall: 0 };
    named.count++;
    named.wall += entry.endedAt - entry.startedAt;
    byName.set(entry.step, named);
  }
  const names = [...byName].map(([step, { count, wall }]) => `${step} ×${count} ${ms(wall)}`).join(', ');
  return `first step at ${ms(mine[0]!.startedAt - changedAt)}; ${mine.length} steps: ${ms(running)} running (${ms(cpu)} CPU), ${ms(waiting)} waiting between them; longest wait ${ms(longest.ms)} before '${longest.before}' (${names})`;
}

/** Identifies the extension's current diagnostics of a document (their count and where they are). */
function signature(uri: vscode.Uri): string {
  const ours = vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Right to Object');
  let sum = 0;
  for (const diagnostic of ours) if (diagnostic.range.start.line === 0 && diagnostic.range.end.line === 0) sum += diagnostic.message.length;
  for (const diagnostic of ours) sum = (sum * 31 + diagnostic.range.start.line * 1000 + diagnostic.range.start.character) % 1_000_000_007;
  return `${ours.length}:${sum}`;
}
