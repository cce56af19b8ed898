// A CliIo that keeps output in memory and reads files from a map.
import type { CliIo } from '../../../src/cli/io';

export interface FakeIo extends CliIo {
  out: string[];
  err: string[];
  reads: string[];
}

export function fakeIo(files: Record<string, string>, cwd = '/work/space'): FakeIo {
  const io: FakeIo = {
    out: [],
    err: [],
    reads: [],
    cwd,
    stdout: (text) => void io.out.push(text),
    stderr: (text) => void io.err.push(text),
    readFile: async (path) => {
      io.reads.push(path);
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory,\nopen '${path}'`);
      return text;
    },
  };
  return io;
}
