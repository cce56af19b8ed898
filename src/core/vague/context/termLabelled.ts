// "a job site like LinkedIn or similar online service provider (referred to below as a “Partner”)",
// "… offered by us on our Sites or through any other means (collectively, "Services")": the open list
// ends the description of a term the policy names right after it and uses from then on. Judged on
// real policies the list defines the term's reach (definedInPlace.ts does the same for data and
// recipients named "(hereinafter …)" or by an abbreviation); what the company does with data is said
// where the term is used.

/** The label in a parenthesis later in the phrase's own clause, introduced as a term, starting with a capital. */
const TERM_LABEL_AFTER =
  /^[^.;:!?()\n]{0,50}?\(\s*(?:collectively|together|jointly|each|individually|hereinafter|hereafter|referred\s+to(?:\s+(?:below|hereinafter|herein|hereafter))?\s+as)\b[^()\n]{0,20}?["“‘']\p{Lu}/iu;

/** Whether the open list ends the description of a term labelled right after it. `after`: the rest of the sentence. */
export function isListLabelledAsTerm(after: string): boolean {
  const head = after.slice(0, 100);
  return head.includes('(') && TERM_LABEL_AFTER.test(head);
}
