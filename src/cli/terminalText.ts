// Text from documents, file names and records reaches the terminal: an escape sequence in it
// could set the window title, clear the screen, fake a "no findings" line or plant an OSC 8 link
// (#19). Every control character except newline and tab, and the bidirectional overrides, are
// written as a visible \uXXXX escape. Inside a JSON string that is the same character, so JSON
// and SARIF output stay valid and mean the same.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
