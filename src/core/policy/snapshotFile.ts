// A snapshot's file: where it goes (policies/<company-slug>/<YYYY-MM-DD>.md, never over an
// existing one) and its front matter. Values are written as JSON strings, which YAML reads as
// double-quoted scalars, so no title can break out of its line.
import { isIsoDate } from '../text/isoDate';

export const DEFAULT_POLICIES_FOLDER = 'policies';

export interface SnapshotMeta {
  title: string;
  /** The URL fetched, or the file's name for a page imported from a file. */
  source: string;
  /** ISO 8601 timestamp of the fetch or the import. */
  retrieved: string;
  sha256: string;
  /** The proposed controller's name, when the directory matched the domain. */
  controller?: string;
}

/** A slug of lower-case letters, digits and hyphens ("Example Corp." → "example-corp"). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-')
    .slice(0, 60)
    .split('-')
    .filter(Boolean)
    .join('-');
  return slug || 'policy';
}

/**
 * The folder name for a company: the directory slug if one was proposed, else the source's
 * registrable domain without its suffix ("example" for example.co.uk), else the title.
 */
export function companySlug(options: { controllerSlug?: string; domain?: string; title?: string }): string {
  if (options.controllerSlug) return slugify(options.controllerSlug);
  if (options.domain) return slugify(options.domain.split('.')[0] ?? '');
  return slugify(options.title ?? '');
}

/** YYYY-MM-DD of a date, in UTC (the `retrieved` timestamp's own day). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first free file name for a day: "2024-03-01.md", then "2024-03-01-2.md", "-3"… */
export function snapshotFileName(day: string, exists: (name: string) => boolean): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${day}.md` : `${day}-${n}.md`;
    if (!exists(name)) return name;
  }
}

/** The snapshot document: front matter, then the Markdown. */
export function snapshotText(meta: SnapshotMeta, markdown: string): string {
  const lines = ['---', `title: ${JSON.stringify(meta.title)}`, `source: ${JSON.stringify(meta.source)}`, `retrieved: ${JSON.stringify(meta.retrieved)}`, `sha256: ${JSON.stringify(meta.sha256)}`];
  if (meta.controller) lines.push(`controller: ${JSON.stringify(meta.controller)}`);
  lines.push('---', '', '');
  return lines.join('\n') + markdown;
}

const SNAPSHOT_NAME = /^(\d{4}-\d{2}-\d{2})(?:-(\d+))?\.md$/;

/** The day and the -N suffix (1 when there is none) of a snapshot's file name, or undefined when it is not one. */
function snapshotNameParts(name: string): readonly [day: string, n: number] | undefined {
  const match = SNAPSHOT_NAME.exec(name);
  return match && isIsoDate(match[1]!) ? [match[1]!, Number(match[2] ?? 1)] : undefined;
}

/** Snapshot file names sort by day, then by the -N suffix ("2024-03-01-10.md" after "-9"). */
export function compareSnapshotNames(a: string, b: string): number {
  const key = (name: string) => snapshotNameParts(name) ?? ([name, 0] as const);
  const [dayA, nA] = key(a);
  const [dayB, nB] = key(b);
  return dayA < dayB ? -1 : dayA > dayB ? 1 : nA - nB;
}

/** Whether a file name is a snapshot's: a real calendar day ("2026-02-31.md" is not one), then an optional -N. */
export function isSnapshotName(name: string): boolean {
  return snapshotNameParts(name) !== undefined;
}
