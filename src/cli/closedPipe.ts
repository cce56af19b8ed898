// A reader that stops early (`right-to-object letters --format json | head -1`) closes the pipe;
// the next write fails with EPIPE. That is the reader's choice, not our error: end quietly with
// exit code 0 instead of an unhandled 'error' event and its stack trace (#19).
import type { Writable } from 'node:stream';

export function endQuietlyOnClosedPipe(stream: Writable, exit: (code: number) => void): void {
  stream.on('error', (error: NodeJS.ErrnoException) => exit(error.code === 'EPIPE' ? 0 : 2));
}
