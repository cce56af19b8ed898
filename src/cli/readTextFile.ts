// Reads an input file as UTF-8 for the command line, in the main thread and in lint workers alike;
// a failure becomes one readable usage error ("cannot read "x": no such file"), never a stack.
import { readFile } from 'node:fs/promises';
import { UsageError } from './io';

export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `cannot read "${path}": no such file` : `cannot read "${path}" (${code ?? 'unknown error'})`);
  }
}
