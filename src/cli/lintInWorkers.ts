// `lint --jobs N`: the files are linted by this thread and N-1 worker threads (lintWorker.ts); each
// takes the next file when it is free. Results arrive in any order and are handed on in the
// files' own order, so the output is the same as with --jobs 1. Each worker has a few files
// queued, so it never waits for this thread between two files (this thread lints too, and answers
// messages only between its own files). A worker gets files only once it has loaded (its "ready"
// message): it starts without the main thread's code cache, and files handed to it while it
// loaded kept the output waiting, so this thread stood idle with AHEAD files done. Memory stays
// bounded: a file is only handed out while fewer than AHEAD files wait for an earlier, slower one
// to finish.
import type { Worker } from 'node:worker_threads';
import type { LintConfig } from '../core/vague/lintConfig';
import type { Finding } from '../core/vague/finding';
import type { NotChecked } from '../core/vague/languagePlan';
import type { InputFile } from './expandPaths';
import { UsageError } from './io';
import type { WorkerReply } from './lintWorker';

const QUEUED_PER_WORKER = 4;
const AHEAD_PER_THREAD = 16;

interface Linted {
  text: string;
  findings: readonly Finding[];
  notChecked: readonly NotChecked[];
}

export async function lintInWorkers(
  files: readonly InputFile[],
  config: LintConfig,
  jobs: number,
  workerFile: string,
  lintHere: (file: InputFile) => Promise<Linted>,
  onFile: (file: InputFile, text: string, findings: readonly Finding[], notChecked: readonly NotChecked[]) => void,
): Promise<void> {
  // Loaded here, not at the top: most runs lint one file in this thread, and loading Node's
  // worker_threads module cost every `lint` ~1.5 ms of start-up.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
  const workers = Array.from({ length: Math.max(1, Math.min(jobs, files.length) - 1) }, () => new Worker(workerFile, { workerData: { config } }));
  const ahead = (workers.length + 1) * AHEAD_PER_THREAD;
  const waiting = new Map<number, Linted>();
  /** Files handed to each worker that has loaded and not yet answered. */
  const queued = new Map<Worker, number>();
  let nextToHand = 0;
  let nextToWrite = 0;
  let failure: unknown;
  const mayHand = () => failure === undefined && nextToHand < files.length && nextToHand < nextToWrite + ahead;
  /** Keeps each worker's queue full. */
  const fill = () => {
    for (const worker of queued.keys()) {
      while (queued.get(worker)! < QUEUED_PER_WORKER && mayHand()) {
        worker.postMessage({ index: nextToHand, absolute: files[nextToHand++]!.absolute });
        queued.set(worker, queued.get(worker)! + 1);
      }
    }
  };
  let finished!: () => void;
  const allWritten = new Promise<void>((resolve) => (finished = resolve));
  const fail = (error: unknown) => {
    failure ??= error;
    finished();
  };
  /** Stores a result and writes every result that is now next in order. */
  const deliver = (index: number, linted: Linted) => {
    waiting.set(index, linted);
    try {
      for (let ready = waiting.get(nextToWrite); ready; ready = waiting.get(nextToWrite)) {
        waiting.delete(nextToWrite);
        onFile(files[nextToWrite]!, ready.text, ready.findings, ready.notChecked);
        nextToWrite++;
      }
    } catch (error) {
      fail(error);
    }
    if (nextToWrite === files.length) finished();
  };
  for (const worker of workers) {
    worker.on('error', (error) => fail(new UsageError(`a lint worker failed: ${error.message}`)));
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        queued.set(worker, 0);
        return fill();
      }
      queued.set(worker, queued.get(worker)! - 1);
      if ('error' in reply) return fail(new UsageError(reply.error));
      deliver(reply.index, reply);
      fill();
    });
  }
  try {
    fill();
    // This thread's share: the next file whenever it is free, with the workers' messages in between.
    while (failure === undefined && nextToWrite < files.length) {
      if (!mayHand()) {
        await Promise.race([allWritten, new Promise((resolve) => setTimeout(resolve, 1))]);
        continue;
      }
      const index = nextToHand++;
      try {
        deliver(index, await lintHere(files[index]!));
      } catch (error) {
        fail(error);
      }
      fill();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await allWritten;
    if (failure !== undefined) throw failure instanceof Error ? failure : new Error('a lint worker failed');
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
