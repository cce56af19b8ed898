// Builds snippets/letters.code-snippets from the catalogue. The committed file must equal
// renderLetterSnippetsFile(); a unit test compares them, so the file cannot drift from the data.
import { listLetters, type Letter } from './registry';
import { toSnippetBody } from './snippet';

export interface SnippetEntry {
  scope: string;
  prefix: string;
  description: string;
  body: string[];
}

/** Languages the snippets are offered in. */
export const SNIPPET_SCOPE = 'markdown,plaintext';

/**
 * "object-" + the letter id without a leading "eu-" and without an "-en" ending:
 * eu-gdpr-21-1-en → object-gdpr-21-1, eu-gdpr-21-1-de → object-gdpr-21-1-de,
 * us-ca-1798-120-en → object-us-ca-1798-120.
 */
export function snippetPrefix(letter: Pick<Letter, 'id'>): string {
  return `object-${letter.id.replace(/^eu-/, '').replace(/-en$/, '')}`;
}

function describe(letter: Letter): string {
  const rule = letter.deadlineRule;
  const deadline = rule ? ` Deadline: ${rule.description} (${rule.citation}).` : ' No verified response deadline.';
  return `${letter.title} (${letter.jurisdictionName}, ${letter.languageName}). Cites ${letter.citations.map((c) => c.citation).join(', ')}.${deadline}`;
}

/** The whole snippets object, keyed by a readable name. The date uses VS Code's date variables. */
export function buildLetterSnippets(): Record<string, SnippetEntry> {
  const snippets: Record<string, SnippetEntry> = {};
  for (const letter of listLetters()) {
    snippets[`Right to Object: ${letter.id}`] = {
      scope: SNIPPET_SCOPE,
      prefix: snippetPrefix(letter),
      description: describe(letter),
      body: toSnippetBody(letter).split('\n'),
    };
  }
  return snippets;
}

/** The exact text of snippets/letters.code-snippets. */
export function renderLetterSnippetsFile(): string {
  return `${JSON.stringify(buildLetterSnippets(), null, 2)}\n`;
}
