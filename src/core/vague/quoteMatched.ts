// A finding's message quotes the words as the document wrote them ("develop and improve AI"),
// not the rule's canonical phrase ("training our models"): every rule message quotes its phrase
// once in “…”, and that quotation is replaced. The canonical wording stays in the hover.

export function quoteMatched(message: string, matched: string): string {
  const written = matched.replace(/\s+/g, ' ').trim();
  const open = message.indexOf('“');
  const close = open === -1 ? -1 : message.indexOf('”', open + 1);
  if (written === '' || close === -1) return message;
  return `${message.slice(0, open)}“${written}”${message.slice(close + 1)}`;
}
