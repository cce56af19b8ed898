// A CliIo for the command-line tests: keeps what is printed in memory and reads files from a map.
import type { CliIo } from '../../src/cli/io';

export interface FakeIo extends CliIo {
  /** Everything written to stdout / stderr, joined. */
  out: string;
  err: string;
  /** How many writes each got (a command prints its result in one write). */
  stdoutWrites: number;
  stderrWrites: number;
  /** The paths read, in order. */
  reads: string[];
}

export function fakeIo(files: Record<string, string> = {}, cwd = '/work/space'): FakeIo {
  const io: FakeIo = {
    out: '',
    err: '',
    stdoutWrites: 0,
    stderrWrites: 0,
    reads: [],
    cwd,
    stdout: (text) => {
      io.out += text;
      io.stdoutWrites++;
    },
    stderr: (text) => {
      io.err += text;
      io.stderrWrites++;
    },
    readFile: async (path) => {
      io.reads.push(path);
      const text = files[path];
      // Like Node's message, with a line break in it: the CLI must still print one line.
      if (text === undefined) throw new Error(`ENOENT: no such file or directory,\nopen '${path}'`);
      return text;
    },
  };
  return io;
}
