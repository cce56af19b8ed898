// `lint --shard I/N`: lints only the I-th of N disjoint parts of the file list, so a batch engine
// (GNU parallel, a cluster scheduler) can split a very large corpus across machines, each running
// the same command with its own I. A file's part depends only on its path as printed (relative to
// the working folder, with "/" separators), not on the other files, so every machine computes the
// same split from the same folder, and the N parts together are the whole list, each file once.
import { UsageError } from './io';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

const MAX_SHARDS = 100_000;

/** Parses "I/N" (1 ≤ I ≤ N). */
export function parseShard(value: string): Shard {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!(index >= 1 && count >= 1 && index <= count && count <= MAX_SHARDS)) {
    throw new UsageError(`--shard must be I/N with 1 ≤ I ≤ N ≤ ${MAX_SHARDS}, e.g. 2/8 (got "${value}")`);
  }
  return { index, count };
}

/** The files of part `shard.index`, in their order. */
export function filesOfShard<T extends { display: string }>(files: readonly T[], shard: Shard): T[] {
  return files.filter((file) => shardOf(file.display, shard.count) === shard.index);
}

/** The part (1 to count) a path belongs to: FNV-1a of its UTF-16 code units, modulo count. */
export function shardOf(path: string, count: number): number {
  const normalised = path.replace(/\\/g, '/');
  let hash = 0x811c9dc5;
  for (let i = 0; i < normalised.length; i++) hash = Math.imul(hash ^ normalised.charCodeAt(i), 0x01000193) >>> 0;
  return (hash % count) + 1;
}
