// A fresh nonce for each webview page, from the platform's cryptographic random source.
// globalThis.crypto exists in both extension hosts (Node 20+ and the web worker), so no Node
// built-in is imported and the web bundle stays free of them.
const NONCE_BYTES = 16;

/** 32 hexadecimal characters (128 random bits). */
export function createNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
