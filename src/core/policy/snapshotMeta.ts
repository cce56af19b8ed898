// Reads a snapshot's front matter (kept apart from snapshotFile.ts so the importer's bundle does not
// carry the YAML parser).
import { frontMatterString } from '../markdown/frontMatterValue';
import type { SnapshotMeta } from './snapshotFile';

/** The front matter of a snapshot, as far as it is there. */
export function readSnapshotMeta(text: string): Partial<SnapshotMeta> {
  const read = (key: string) => frontMatterString(text, key);
  return { title: read('title'), source: read('source'), retrieved: read('retrieved'), sha256: read('sha256'), controller: read('controller') };
}
