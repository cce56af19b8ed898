// What a command-line subcommand may touch. Passed in, so tests run commands without a process.
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file as UTF-8; rejects with a readable Error when it cannot. */
  readFile(path: string): Promise<string>;
  cwd: string;
}

/** Exit codes shared by every subcommand. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A usage or input problem: printed as one line on stderr, exit 2, never a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * By name, not instanceof: each command is its own file in the release build (esbuild.js), with
 * its own copy of this class.
 */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof Error && error.name === 'UsageError';
}

/** Each subcommand: parses its own arguments and returns the exit code. */
export type CliCommand = (args: string[], io: CliIo) => Promise<number>;
