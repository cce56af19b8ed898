import { asciiTwinned } from '../../text/asciiTwinned';
// Recipients named as what a setting switches off: "Enabling your browser's DNT settings ensures that
// Gratipay will disable any use of third-party analytics services". Judged on real policies the
// sentence limits the use of those recipients (like a negation) and leaves nothing open about them.

/** Right before the recipients: "disable any use of", "block all", "stops the use of", and at most one more word. */
const DISABLED_BEFORE = asciiTwinned(() => /\b(?:disabl|block|stop|deactivat)\w*\s+(?:all\s+|any\s+)?(?:(?:the\s+)?use\s+of\s+)?(?:[\p{L}-]+\s+)?$/iu);

/** `before`: the sentence up to the recipient phrase. */
export function isUseDisabled(before: string): boolean {
  return DISABLED_BEFORE.test(before.slice(-60));
}
