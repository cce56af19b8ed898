// A finding's message quotes the words as the document wrote them ("develop and improve AI"),
// not the rule's canonical phrase ("training our models"): every rule message quotes its phrase
// once in “…”, and that quotation is replaced. The canonical wording stays in the hover.

const QUOTED = /“[^”]*”/;

export function quoteMatched(message: string, matched: string): string {
  const written = matched.replace(/\s+/g, ' ').trim();
  if (written === '') return message;
  return message.replace(QUOTED, () => `“${written}”`);
}
