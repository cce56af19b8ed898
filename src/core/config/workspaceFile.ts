// The workspace file .right-to-object.json, read the same way by the extension and the CLI:
//   { "diagnostics": { "scope": "quotes", "allowList": ["partners"], ... },
//     "companies": [{ "slug": "acme", "name": "ACME Ltd", ... }] }
// A syntax error or a bad value is a problem naming the file and the key, never an exception.
// "companies" holds company records for the directory, in the shape of its workspace records
// (src/core/directory/userRecords.ts) and checked by the same code.
import { parseUserRecords, type UserRecords } from '../directory/userRecords';
import { parseLintConfig, type ConfigProblem, type LintConfig } from '../vague/lintConfig';
import { withoutByteOrderMark } from '../text/byteOrderMark';

export { WORKSPACE_FILE_NAME } from './workspaceFileName';
import { WORKSPACE_FILE_NAME } from './workspaceFileName';
const KNOWN_SECTIONS = ['$schema', 'diagnostics', 'companies'];

export interface WorkspaceFileContents {
  diagnostics: Partial<LintConfig>;
  /** Problems of the file and of its linter settings (the company records' problems are in `companies`). */
  problems: ConfigProblem[];
  /**
   * The "companies" section, only when the file has one: the valid records, and a problem for each
   * bad value naming the file and the field ("companies[2].email"). Kept apart from `problems` so
   * the company directory, which uses the records, is the one to report them.
   */
  companies?: UserRecords;
}

/** Larger files are not read at all: a configuration this big is an attack, not a setting (#19). */
export const MAX_WORKSPACE_FILE_CHARS = 2 * 1024 * 1024;

export function parseWorkspaceFile(text: string, fileName = WORKSPACE_FILE_NAME): WorkspaceFileContents {
  if (text.length > MAX_WORKSPACE_FILE_CHARS) {
    return { diagnostics: {}, problems: [{ setting: fileName, message: `is larger than ${MAX_WORKSPACE_FILE_CHARS / 1024 / 1024} MB; its settings are ignored` }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(withoutByteOrderMark(text));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { diagnostics: {}, problems: [{ setting: fileName, message: `is not valid JSON (${reason}); its settings are ignored` }] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { diagnostics: {}, problems: [{ setting: fileName, message: 'must contain a JSON object; its settings are ignored' }] };
  }
  const problems: ConfigProblem[] = Object.keys(raw)
    .filter((key) => !KNOWN_SECTIONS.includes(key))
    .map((key) => ({ setting: `${fileName}: ${key}`, message: `is not a known section (known: ${KNOWN_SECTIONS.join(', ')})` }));
  const parsed = parseLintConfig((raw as Record<string, unknown>).diagnostics, `${fileName}: diagnostics.`);
  const contents: WorkspaceFileContents = { diagnostics: parsed.config, problems: [...problems, ...parsed.problems] };
  if (Object.hasOwn(raw, 'companies')) contents.companies = parseCompanies((raw as Record<string, unknown>).companies, fileName);
  return contents;
}

/** The "companies" list, checked as the directory checks a records file; paths say "companies[i]", not "records[i]". */
function parseCompanies(value: unknown, fileName: string): UserRecords {
  if (!Array.isArray(value)) {
    return { records: [], problems: [{ file: fileName, path: 'companies', message: 'expected a list of company records: "companies": [{"slug": ..., "name": ..., ...}]; none read' }] };
  }
  const { records, problems } = parseUserRecords(JSON.stringify({ records: value }), fileName);
  const renamed = (text: string) => text.replace(/\brecords\[/g, 'companies[');
  return { records, problems: problems.map((problem) => ({ ...problem, path: renamed(problem.path), message: renamed(problem.message) })) };
}

/** Adds a phrase to the allow-list of a workspace file's text, returning the new text. */
export function addToAllowList(text: string | undefined, phrase: string): string {
  let raw: Record<string, unknown> = {};
  if (text !== undefined && text.trim() !== '') {
    const parsed: unknown = JSON.parse(withoutByteOrderMark(text));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${WORKSPACE_FILE_NAME} does not contain a JSON object`);
    raw = parsed as Record<string, unknown>;
  }
  const diagnostics = (typeof raw.diagnostics === 'object' && raw.diagnostics !== null ? raw.diagnostics : {}) as Record<string, unknown>;
  const allowList = Array.isArray(diagnostics.allowList) ? diagnostics.allowList.filter((entry) => typeof entry === 'string') : [];
  if (!allowList.some((entry) => entry.toLowerCase() === phrase.toLowerCase())) allowList.push(phrase);
  return `${JSON.stringify({ ...raw, diagnostics: { ...diagnostics, allowList } }, null, 2)}\n`;
}
