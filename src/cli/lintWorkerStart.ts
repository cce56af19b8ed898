// The `lint --jobs N` worker thread's entry (dist/cli/lintWorkerStart.js): loads the worker's
// bundle, dist/cli/lintWorker.js, with V8's code cache as the main thread loads its command
// (codeCache.ts), and writes that cache once the worker has answered a few files, so that it holds
// the functions a lint compiles. Started from lintWorker.js itself, every worker compiled its
// ~650 kB from source in every run (~90 ms of CPU, and more for each function on first call).
import { join } from 'node:path';
import { requireWithCodeCache, saveCodeCaches } from './codeCache';

/** Files answered before the cache is written: by then a lint has compiled what it uses. */
const CACHE_AFTER_ANSWERS = 2;

const worker = requireWithCodeCache(join(__dirname, 'lintWorker.js')) as typeof import('./lintWorker');
worker.afterAnswers(CACHE_AFTER_ANSWERS, saveCodeCaches);
