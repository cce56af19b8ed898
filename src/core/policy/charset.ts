// Decodes a saved or fetched HTML page to text. The charset comes, in this order, from a byte-order
// mark, the HTTP Content-Type header, a <meta charset> / <meta http-equiv="Content-Type"> tag in
// the first 1,024 bytes (where the HTML standard's prescan looks), and otherwise UTF-8. Labels
// TextDecoder does not know fall back to windows-1252, as browsers decode unlabelled legacy pages.

const PRESCAN_BYTES = 1024;

/** The charset label a Content-Type value names ("text/html; charset=ISO-8859-1" → "iso-8859-1"). */
export function charsetOfContentType(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([\w.:-]{1,40})/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

/** The charset a <meta> tag declares near the start of the page, if any. */
export function charsetOfMeta(bytes: Uint8Array): string | undefined {
  // The labels are ASCII, so reading the prescan window as Latin-1 is exact for them.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const direct = /<meta\s[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{1,40})/i.exec(head);
  return direct?.[1]?.toLowerCase();
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function decoderFor(label: string): InstanceType<typeof TextDecoder> | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

/** windows-1252's characters for bytes 0x80-0x9F (the five it leaves undefined stay as they are). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** The page as text, with the charset it was decoded with. */
export function decodeHtml(bytes: Uint8Array, contentType?: string): { text: string; charset: string } {
  let declared = bomCharset(bytes) ?? charsetOfContentType(contentType) ?? charsetOfMeta(bytes) ?? 'utf-8';
  // A page that could declare its charset in ASCII is not UTF-16 (the HTML standard's rule).
  if (/^utf-16/.test(declared) && !bomCharset(bytes)) declared = 'utf-8';
  const decoder = decoderFor(declared) ?? new TextDecoder('windows-1252');
  let text = decoder.decode(bytes);
  // Node 20's decoder reads windows-1252 as ISO-8859-1 (C1 controls for “ ” – €); browsers do not.
  if (decoder.encoding === 'windows-1252') text = text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
  return { text, charset: decoder.encoding };
}
