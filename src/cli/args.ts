import { UsageError } from './io';

/** Checks an option's value against its allowed values, or fails with a usage error naming the flag. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}
