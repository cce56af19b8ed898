// The shipped files' format (written by scripts/build-directory.mjs): {"fields": [...], "records":
// [[...], ...]}, one positional row per record, null for an absent value, trailing nulls cut. Rows
// keep the files at about two thirds of the size of keyed objects.

/** Column order of data/companies.json; the build script writes exactly these. */
export const COMPANY_FIELDS = ['slug', 'name', 'address', 'countries', 'quality', 'email', 'domains', 'medium', 'language', 'webform', 'needsIdDocument', 'runs'] as const;
/** Column order of data/authorities.json. */
export const AUTHORITY_FIELDS = ['slug', 'name', 'address', 'countries', 'email', 'webform', 'language'] as const;

/** A shipped file that does not have the expected layout: a build or packaging mistake, not user input. */
export class CompactFormatError extends Error {
  constructor(fileName: string, reason: string) {
    super(`${fileName}: ${reason} (rebuild with scripts/build-directory.mjs)`);
    this.name = 'CompactFormatError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rows back to keyed objects, absent values left out. Values are not checked here (see schema.ts). */
export function decodeRows(file: unknown, fields: readonly string[], fileName: string): Record<string, unknown>[] {
  if (!isRecord(file) || !Array.isArray(file.fields) || !Array.isArray(file.records)) {
    throw new CompactFormatError(fileName, 'expected {"fields": [...], "records": [...]}');
  }
  if (file.fields.length !== fields.length || file.fields.some((field, i) => field !== fields[i])) {
    throw new CompactFormatError(fileName, `columns are ${JSON.stringify(file.fields)}, expected ${JSON.stringify(fields)}`);
  }
  return file.records.map((row: unknown, index) => {
    if (!Array.isArray(row) || row.length > fields.length) throw new CompactFormatError(fileName, `records[${index}] is not a row of at most ${fields.length} values`);
    const record: Record<string, unknown> = {};
    row.forEach((value: unknown, column) => {
      if (value !== null) record[fields[column] ?? ''] = value;
    });
    return record;
  });
}
