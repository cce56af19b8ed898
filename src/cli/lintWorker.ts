// A `lint --jobs N` worker thread (dist/cli/lintWorker.js): reads and lints the files the main
// thread hands it one at a time, and sends back each file's text and findings. Output stays in the
// main thread, which writes the files in their sorted order (lintInWorkers.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { LintConfig } from '../core/vague/lintConfig';
import { lintText, type TextLint } from './lintText';
import { readTextFile } from './readTextFile';
import { documentKind } from './documentKind';
import { usePhraseTablesBesideBundle } from './phraseTables';

export interface WorkerRequest {
  index: number;
  absolute: string;
}
export type WorkerReply = ({ index: number; text: string } & TextLint) | { index: number; error: string } | { ready: true };

const config = (workerData as { config: LintConfig }).config;
let answered = 0;
let afterAnswered: { count: number; then: () => void } | undefined;

/** Calls `then` once this worker has answered `count` files (lintWorkerStart.ts: to write the code cache). */
export function afterAnswers(count: number, then: () => void): void {
  afterAnswered = { count, then };
}

usePhraseTablesBesideBundle();
// The handler's promise is settled inside (every path posts a reply), so nothing is left unhandled.
parentPort?.on('message', (request: WorkerRequest) => void answer(request));
// Loaded: the main thread hands this worker files from now on (lintInWorkers.ts).
parentPort?.postMessage({ ready: true } satisfies WorkerReply);

async function answer({ index, absolute }: WorkerRequest): Promise<void> {
  let reply: WorkerReply;
  try {
    const text = await readTextFile(absolute);
    reply = { index, text, ...(await lintText(text, documentKind(absolute), config)) };
  } catch (error) {
    reply = { index, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
  if (++answered === afterAnswered?.count) afterAnswered.then();
}
