// The messages between the walkthrough preview and its webview. Everything the webview sends is
// untrusted input (the webview shows other people's documents): it is checked here, shape and
// types, before the panel acts on it. Plain type guards, so no schema library loads at activation;
// editor-free, so the unit tests run it in plain Node.

/** Step keys as made by the walkthrough core (src/core/walkthrough/stepKey.ts). */
export const STEP_KEY_PATTERN = /^s-[0-9a-f]{16}(?:-\d{1,6})?$/;
const MAX_URI_LENGTH = 4096;
const MAX_HREF_LENGTH = 4096;
const MAX_LINE = 10_000_000;
const MAX_COUNT = 100_000;

export type WebviewMessage =
  /** The webview script has loaded and wants the current content and progress. */
  | { type: 'ready' }
  /** A step's checkbox was ticked or cleared. */
  | { type: 'setStep'; uri: string; key: string; done: boolean }
  /** The "Reset progress" button. */
  | { type: 'resetProgress'; uri: string }
  /** A click on an external link; the host decides whether to open it. */
  | { type: 'openLink'; href: string }
  /** A click on a problem: show that place in the editor. */
  | { type: 'revealLine'; uri: string; line: number; character: number }
  /** Sent after the webview applied an update: what it now shows. */
  | { type: 'rendered'; uri: string; version: number; done: number; total: number };

type Fields = Record<string, unknown>;

const isUri = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_URI_LENGTH;
const isCount = (value: unknown, max: number): value is number => Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= max;
const isStepKey = (value: unknown): value is string => typeof value === 'string' && STEP_KEY_PATTERN.test(value);

/** The message if it is one the preview understands (extra fields dropped), otherwise undefined. */
export function parseWebviewMessage(message: unknown): WebviewMessage | undefined {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return undefined;
  const m = message as Fields;
  switch (m['type']) {
    case 'ready':
      return { type: 'ready' };
    case 'setStep':
      return isUri(m['uri']) && isStepKey(m['key']) && typeof m['done'] === 'boolean' ? { type: 'setStep', uri: m['uri'], key: m['key'], done: m['done'] } : undefined;
    case 'resetProgress':
      return isUri(m['uri']) ? { type: 'resetProgress', uri: m['uri'] } : undefined;
    case 'openLink':
      return typeof m['href'] === 'string' && m['href'].length <= MAX_HREF_LENGTH ? { type: 'openLink', href: m['href'] } : undefined;
    case 'revealLine':
      return isUri(m['uri']) && isCount(m['line'], MAX_LINE) && isCount(m['character'], MAX_LINE) ? { type: 'revealLine', uri: m['uri'], line: m['line'], character: m['character'] } : undefined;
    case 'rendered':
      return isUri(m['uri']) && isCount(m['version'], Number.MAX_SAFE_INTEGER) && isCount(m['done'], MAX_COUNT) && isCount(m['total'], MAX_COUNT)
        ? { type: 'rendered', uri: m['uri'], version: m['version'], done: m['done'], total: m['total'] }
        : undefined;
    default:
      return undefined;
  }
}

/** Saved progress as read back from storage: only well-formed step keys count. */
export function parseStoredStepKeys(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter(isStepKey))].slice(0, MAX_COUNT);
}

/** Messages the host sends to the webview. */
export interface UpdateMessage {
  type: 'update';
  /** Increases with every render; the webview ignores an update older than what it shows. */
  version: number;
  uri: string;
  /** The body from renderWalkthroughBody (preview mode). */
  html: string;
  /** Keys of the steps marked done. */
  checked: readonly string[];
}

export interface ProgressMessage {
  type: 'progress';
  uri: string;
  checked: readonly string[];
}

export type HostMessage = UpdateMessage | ProgressMessage;
