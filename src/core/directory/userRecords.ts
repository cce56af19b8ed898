// Company records a user keeps in the workspace, to add a company the directory lacks or to
// correct one: {"records": [{"slug": "acme", "name": "ACME Ltd", ...}]}, each record in the shape
// of companySchema. Reading never throws: every problem names the file and the field, and a record
// with a problem is left out while the others are used.
import { safeParse } from 'zod/mini';
import { companySchema, type Company } from './schema';
import { withoutByteOrderMark } from '../text/byteOrderMark';

export interface RecordProblem {
  /** The file name as given, e.g. "companies.json". */
  file: string;
  /** Where in the file: "records[3].email"; empty for the file as a whole. */
  path: string;
  message: string;
}

export interface UserRecords {
  records: Company[];
  problems: RecordProblem[];
}

/** "companies.json: records[3].email: expected an email address". */
export function describeProblem(problem: RecordProblem): string {
  return problem.path === '' ? `${problem.file}: ${problem.message}` : `${problem.file}: ${problem.path}: ${problem.message}`;
}

/** ["records", 3, "email"] → "records[3].email". */
function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`), '');
}

const KNOWN_FIELDS = Object.keys(companySchema.def.shape);
const TOP_LEVEL = ['$schema', 'records'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a zod issue's path (zod leaves the input out of its issues). */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function recordProblems(file: string, index: number, value: unknown): RecordProblem[] {
  const result = safeParse(companySchema, value);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = pathText(['records', index, ...issue.path]);
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return { file, path, message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys} (known: ${KNOWN_FIELDS.join(', ')})` };
    }
    const missing = issue.code === 'invalid_type' && valueAt(value, issue.path) === undefined;
    return { file, path, message: missing ? 'is required' : issue.message };
  });
}

/**
 * Reads a workspace records file. Records with problems are left out; a later record with the
 * slug of an earlier one is left out too (one file, one record per slug).
 */
export function parseUserRecords(jsonText: string, fileName: string): UserRecords {
  let raw: unknown;
  try {
    raw = JSON.parse(withoutByteOrderMark(jsonText));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { records: [], problems: [{ file: fileName, path: '', message: `is not valid JSON (${reason}); no records read` }] };
  }
  if (!isObject(raw) || !Array.isArray(raw.records)) {
    return { records: [], problems: [{ file: fileName, path: '', message: 'expected an object with a "records" list: {"records": [{"slug": ..., "name": ..., ...}]}' }] };
  }
  const problems: RecordProblem[] = Object.keys(raw)
    .filter((key) => !TOP_LEVEL.includes(key))
    .map((key) => ({ file: fileName, path: key, message: `is not a known section (known: ${TOP_LEVEL.join(', ')}); ignored` }));
  const records: Company[] = [];
  const firstIndex = new Map<string, number>();
  raw.records.forEach((value: unknown, index) => {
    const found = recordProblems(fileName, index, value);
    if (found.length > 0) {
      problems.push(...found);
      return;
    }
    const record = value as Company;
    const earlier = firstIndex.get(record.slug);
    if (earlier !== undefined) {
      problems.push({ file: fileName, path: `records[${index}].slug`, message: `"${record.slug}" is already used by records[${earlier}]; this record is ignored` });
      return;
    }
    firstIndex.set(record.slug, index);
    records.push(record);
  });
  return { records, problems };
}

/**
 * Shipped records with the user's added or replaced by slug: a user record replaces the whole
 * shipped record (no field-by-field merge, so a field the user left out cannot linger). Sorted by slug.
 */
export function mergeRecords<T extends { slug: string }>(shipped: readonly T[], userRecords: readonly T[]): T[] {
  const bySlug = new Map<string, T>();
  for (const record of shipped) bySlug.set(record.slug, record);
  for (const record of userRecords) bySlug.set(record.slug, record);
  return [...bySlug.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
