// The workspace file .right-to-object.json, read the same way by the extension and the CLI:
//   { "diagnostics": { "scope": "quotes", "allowList": ["partners"], ... } }
// A syntax error or a bad value is a problem naming the file and the key, never an exception.
import { parseLintConfig, type ConfigProblem, type LintConfig } from './lintConfig';

export { WORKSPACE_FILE_NAME } from './workspaceFileName';
import { WORKSPACE_FILE_NAME } from './workspaceFileName';
const KNOWN_SECTIONS = ['$schema', 'diagnostics'];

export interface WorkspaceFileContents {
  diagnostics: Partial<LintConfig>;
  problems: ConfigProblem[];
}

export function parseWorkspaceFile(text: string, fileName = WORKSPACE_FILE_NAME): WorkspaceFileContents {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
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
  return { diagnostics: parsed.config, problems: [...problems, ...parsed.problems] };
}

/** Adds a phrase to the allow-list of a workspace file's text, returning the new text. */
export function addToAllowList(text: string | undefined, phrase: string): string {
  let raw: Record<string, unknown> = {};
  if (text !== undefined && text.trim() !== '') {
    const parsed: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${WORKSPACE_FILE_NAME} does not contain a JSON object`);
    raw = parsed as Record<string, unknown>;
  }
  const diagnostics = (typeof raw.diagnostics === 'object' && raw.diagnostics !== null ? raw.diagnostics : {}) as Record<string, unknown>;
  const allowList = Array.isArray(diagnostics.allowList) ? diagnostics.allowList.filter((entry) => typeof entry === 'string') : [];
  if (!allowList.some((entry) => entry.toLowerCase() === phrase.toLowerCase())) allowList.push(phrase);
  return `${JSON.stringify({ ...raw, diagnostics: { ...diagnostics, allowList } }, null, 2)}\n`;
}
