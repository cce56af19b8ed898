import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

/**
 * node:util's parseArgs, with what it refuses (an unknown option, a missing value) turned into a usage
 * error (exit 2). With `usage`, the message is put on one line and followed by it.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T, usage?: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(usage === undefined ? message : `${message.replace(/\s+/g, ' ').trim()}. ${usage}`);
  }
}

/** Checks an option's value against its allowed values, or fails with a usage error naming the flag. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}
