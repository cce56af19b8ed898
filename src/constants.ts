// Identifiers shared by the manifest (package.json) and the code. A unit test checks that every
// command declared here is contributed in package.json and the other way round.
export const EXTENSION_ID = 'right-to-object.right-to-object';
export const CONFIG_SECTION = 'rightToObject';
export const DIAGNOSTIC_SOURCE = 'Right to Object';

export const COMMANDS = {
  lintActiveDocument: 'rightToObject.lintActiveDocument',
  lintWorkspace: 'rightToObject.lintWorkspace',
  /** Internal: behind quick fixes (hidden from the palette). */
  applyTextEdits: 'rightToObject.applyTextEdits',
  allowPhrase: 'rightToObject.allowPhrase',
} as const;

/** Languages whose documents are checked for vague language. */
export const LINTED_LANGUAGES: readonly string[] = ['markdown', 'plaintext'];
/** A document selector (vscode.DocumentFilter[]) for those languages. */
export const LINTED_SELECTOR = LINTED_LANGUAGES.map((language) => ({ language }));
