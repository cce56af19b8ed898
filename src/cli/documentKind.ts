/** How `lint` reads a file: Markdown by its extension, anything else as plain text. */
export function documentKind(path: string): 'markdown' | 'plaintext' {
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'plaintext';
}
